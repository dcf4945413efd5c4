// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Parses one JSON object into flat (dotted path, text) pairs in document
// order, fast: {"winlog":{"event_id":1}} → ("winlog.event_id", "1").
// Strings are unescaped to UTF-8, numbers/booleans keep their text, null
// becomes an empty value, arrays keep their JSON text. Nesting depth is capped.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace hitome::core {

struct FlatField {
    std::string path;
    std::string value;
    bool isString = false;
};

class JsonFlatParser {
public:
    static constexpr int kMaxDepth = 64;

    // Parses `text` (one JSON object, surrounding whitespace allowed) into
    // `out` (cleared first). On failure returns false and errorOffset() says
    // where (byte offset in `text`) and errorDetail() why.
    bool parse(std::string_view text, std::vector<FlatField>& out);
    std::size_t errorOffset() const { return m_errorOffset; }
    const std::string& errorDetail() const { return m_errorDetail; }

private:
    bool parseValue(std::string& path, int depth);
    bool parseObject(std::string& path, int depth);
    bool parseString(std::string& out);
    bool skipValueRaw(std::size_t& begin, int depth);
    bool fail(const char* detail);
    void skipSpace();

    std::string_view m_text;
    std::size_t m_pos = 0;
    std::vector<FlatField>* m_out = nullptr;
    std::size_t m_used = 0;   // fields of m_out in use (reused between lines)
    std::size_t m_errorOffset = 0;
    std::string m_errorDetail;
};

}  // namespace hitome::core
