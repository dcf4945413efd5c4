// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/alerts/json_record_splitter.h"

#include <array>
#include <cstdio>
#include <memory>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/ingest/alerts/json_syntax_error.h"
#include "core/ingest/alerts/kept_byte_reader.h"

namespace hitome::core {
namespace {

// What a byte means to the splitter outside strings.
enum ByteClass : std::uint8_t { kPlain, kQuote, kOpen, kClose, kSeparator };

constexpr std::array<ByteClass, 256> makeByteClasses() {
    std::array<ByteClass, 256> classes{};
    classes['"'] = kQuote;
    classes['{'] = classes['['] = kOpen;
    classes['}'] = classes[']'] = kClose;
    classes[','] = classes[':'] = kSeparator;
    return classes;
}
constexpr std::array<ByteClass, 256> kByteClasses = makeByteClasses();

bool isSpace(int c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
bool startsScalar(int c) {
    return c == '"' || c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n';
}
bool endsScalar(int c) { return isSpace(c) || c == ',' || c == '}' || c == ']'; }

std::string describeByte(int c) {
    if (c == 0) return "a zero byte";
    if (c >= 0x20 && c < 0x7f) return std::string("'") + static_cast<char>(c) + "'";
    char hex[16];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(c));
    return std::string("byte ") + hex;
}

// A member name as written ("value", or the same with escapes) equals `name`.
bool memberNameIs(std::string_view quoted, std::string_view name) {
    if (quoted.find('\\') == std::string_view::npos) return quoted.substr(1, quoted.size() - 2) == name;
    const auto decoded = nlohmann::json::parse(quoted, nullptr, false);
    return decoded.is_string() && decoded.get_ref<const std::string&>() == name;
}

class Splitter {
public:
    Splitter(const ReadContext& ctx, KeptByteReader& in, const JsonRecordSplitter::RecordFunction& onRecord)
        : m_ctx(ctx), m_in(in), m_onRecord(onRecord) {}

    Status run();

private:
    Status recordArray(int enclosing);
    Status topObject();
    Status wrapperIsValid(const std::string& text, std::uint64_t at);
    Status emit(std::string&& text, std::uint64_t offset);
    Status scan(int enclosing, std::uint64_t& nodes, const std::string* partial, std::uint64_t partialAt);
    Status scanScalar();
    void skipSpace() {
        while (isSpace(m_in.peek())) m_in.take();
    }
    // Inside the top-level object, whose bytes are kept: a run of spaces
    // stops at the record limit.
    Status skipKeptSpace(std::uint64_t nodes) {
        for (std::size_t n = 1; isSpace(m_in.peek()); ++n) {
            m_in.take();
            if (n % 4096 == 0)
                if (Status st = topObjectWithinLimits(nodes); !st) return st;
        }
        return topObjectWithinLimits(nodes);
    }
    // The top-level object is kept while it is read: it stays within the
    // record limits like any record, whitespace and members included.
    Status topObjectWithinLimits(std::uint64_t nodes) const {
        if (m_in.capturedBytes() > JsonRecordSplitter::kMaxRecordBytes)
            return fail(ErrorCode::TooLarge,
                        "record larger than " + std::to_string(JsonRecordSplitter::kMaxRecordBytes >> 20) + " MiB",
                        m_in.offset());
        if (nodes > JsonRecordSplitter::kMaxRecordNodes)
            return fail(ErrorCode::TooLarge, "record has too many JSON values", m_in.offset());
        return {};
    }
    Error endOfInput(const std::string* partial, std::uint64_t partialAt) const;
    Error fail(ErrorCode code, std::string detail, std::uint64_t at) const {
        return Error::make(code, std::move(detail)).atOffset(at);
    }
    Error tokenTooLong(std::uint64_t at) const {
        return fail(ErrorCode::TooLarge,
                    "a single JSON value is longer than " + std::to_string(JsonRecordSplitter::kMaxTokenBytes >> 20) + " MiB",
                    at);
    }
    Error unexpected(int c, const char* expected) const {
        if (c < 0) return endOfInput(nullptr, 0);
        return fail(ErrorCode::Format, "invalid JSON: " + describeByte(c) + " where " + expected + " was expected",
                    m_in.offset());
    }

    const ReadContext& m_ctx;
    KeptByteReader& m_in;
    const JsonRecordSplitter::RecordFunction& m_onRecord;
    std::uint64_t m_records = 0;
};

Status Splitter::run() {
    if (m_in.peek() == 0xEF) {   // a UTF-8 byte-order mark, only at the very start
        for (const int bom : {0xEF, 0xBB, 0xBF}) {
            if (m_in.peek() != bom) return unexpected(m_in.peek(), "JSON text");
            m_in.take();
        }
    }
    bool sawValue = false;
    for (skipSpace(); m_in.peek() >= 0; skipSpace()) {
        sawValue = true;
        const int c = m_in.peek();
        Status st;
        if (c == '[') {
            m_in.take();
            st = recordArray(1);
        } else if (c == '{') {
            st = topObject();
        } else if (startsScalar(c)) {
            return fail(ErrorCode::Format, "the top-level JSON value is not an object or an array", m_in.offset());
        } else {
            return unexpected(c, "JSON text");
        }
        if (!st) return st;
    }
    if (m_in.hasReadError()) return fail(ErrorCode::Io, "read error", m_in.offset());
    if (!sawValue) return Error::make(ErrorCode::Format, "the file is empty");
    return {};
}

// After the '[' of an array whose elements are records, through its ']'.
Status Splitter::recordArray(int enclosing) {
    skipSpace();
    if (m_in.peek() == ']') {
        m_in.take();
        return {};
    }
    while (true) {
        const int c = m_in.peek();
        if (c == '{') {
            const std::uint64_t start = m_in.offset();
            std::string text;
            m_in.captureInto(&text);
            std::uint64_t nodes = 0;
            Status st = scan(enclosing, nodes, &text, start);
            m_in.captureInto(nullptr);
            if (!st) return st;
            if (st = emit(std::move(text), start); !st) return st;
        } else if (c == '[') {
            return fail(ErrorCode::Format, "expected an alert or incident object, found an array", m_in.offset());
        } else if (startsScalar(c)) {
            return fail(ErrorCode::Format, "expected an alert or incident object, found a scalar", m_in.offset());
        } else {
            return unexpected(c, "an alert or incident object");
        }
        skipSpace();
        const int next = m_in.peek();
        if (next == ']') {
            m_in.take();
            return {};
        }
        if (next != ',') return unexpected(next, "',' or ']' after a record");
        m_in.take();
        skipSpace();
    }
}

// A top-level object: a record itself, or an OData page whose "value" array
// holds the records. Which one is known only when "value" is reached, so the
// object is kept until then.
Status Splitter::topObject() {
    const std::uint64_t start = m_in.offset();
    std::string text;
    m_in.captureInto(&text);
    m_in.take();   // '{'
    std::uint64_t nodes = 1;
    bool isPage = false;
    // While the object may be a record its text matches the file from
    // `start`; a page's wrapper text does not, so a cut-off page is not
    // parsed to find where it broke.
    auto partial = [&] { return isPage ? nullptr : &text; };
    if (Status st = skipKeptSpace(nodes); !st) return st;
    int c = m_in.peek();
    while (c != '}') {
        nodes += 2;
        if (Status st = topObjectWithinLimits(nodes); !st) return st;
        if (c != '"') return unexpected(c, "a member name");
        const std::size_t nameFrom = text.size();
        if (Status st = scan(1, nodes, partial(), start); !st) return st;
        const bool isValueMember = memberNameIs(std::string_view(text).substr(nameFrom), "value");
        if (Status st = skipKeptSpace(nodes); !st) return st;
        if (c = m_in.peek(); c != ':') return c < 0 ? endOfInput(partial(), start) : unexpected(c, "':'");
        m_in.take();
        if (Status st = skipKeptSpace(nodes); !st) return st;
        c = m_in.peek();
        if (!isPage && isValueMember && c == '[') {
            // {"@odata.context": ..., "value": [records]}: an OData page.
            if (Status st = wrapperIsValid(text + "null}", start); !st) return st;
            m_in.captureInto(nullptr);
            m_in.take();
            isPage = true;
            if (Status st = recordArray(2); !st) return st;
            text = "{\"value\":null";
            m_in.captureInto(&text);
        } else if (c == '{' || c == '[' || c == '"') {
            if (Status st = scan(1, nodes, partial(), start); !st) return st;
        } else if (c >= 0 && !isSpace(c) && !endsScalar(c)) {
            if (Status st = scanScalar(); !st) return st;
        } else {
            return c < 0 ? endOfInput(partial(), start) : unexpected(c, "a value");
        }
        if (Status st = skipKeptSpace(nodes); !st) return st;
        c = m_in.peek();
        if (c == ',') {
            m_in.take();
            if (Status st = skipKeptSpace(nodes); !st) return st;
            c = m_in.peek();
        } else if (c != '}') {
            return c < 0 ? endOfInput(partial(), start) : unexpected(c, "',' or '}'");
        }
    }
    m_in.take();
    if (Status st = topObjectWithinLimits(nodes); !st) return st;
    m_in.captureInto(nullptr);
    if (isPage) return wrapperIsValid(text, m_in.offset() - 1);
    return emit(std::move(text), start);
}

// The fields around an OData page's records are not records, but they are
// still JSON: a file broken there is refused like one broken anywhere else.
Status Splitter::wrapperIsValid(const std::string& text, std::uint64_t at) {
    if (nlohmann::json::accept(text)) return {};
    return fail(ErrorCode::Format, "invalid JSON in the object around the records", at);
}

Status Splitter::emit(std::string&& text, std::uint64_t offset) {
    if (m_ctx.stop.stop_requested()) return Error::make(ErrorCode::Cancelled, "import cancelled");
    ++m_records;
    Status st = m_onRecord(RecordText{std::move(text), offset, m_records});
    if (!st && st.error().code != ErrorCode::Cancelled && !st.error().offset && !st.error().record) {
        Error err = st.error();
        err.atRecord(m_records).atOffset(offset);
        return err;
    }
    return st;
}

// Consumes one object, array or string (the reader is at its first byte),
// following strings and brackets only. `enclosing` is how many containers
// hold it in the document; `nodes` counts its values (roughly: brackets,
// commas and colons), for the record limit.
Status Splitter::scan(int enclosing, std::uint64_t& nodes, const std::string* partial, std::uint64_t partialAt) {
    int depth = 0;
    bool inString = false;
    bool isEscapePending = false;   // a backslash ended the previous span
    std::uint64_t stringStart = 0;
    while (true) {
        const std::string_view span = m_in.span();
        if (span.empty()) return endOfInput(partial, partialAt);
        const char* const begin = span.data();
        const char* const end = begin + span.size();
        const char* p = begin;
        if (isEscapePending) {
            ++p;
            isEscapePending = false;
        }
        bool isDone = false;
        while (p < end && !isDone) {
            if (inString) {
                while (p < end && *p != '"' && *p != '\\') ++p;
                if (p == end) break;
                if (*p == '\\') {
                    isEscapePending = p + 1 == end;
                    p += isEscapePending ? 1 : 2;
                    continue;
                }
                ++p;
                inString = false;
                const std::uint64_t at = m_in.offset() + static_cast<std::uint64_t>(p - begin);
                if (at - stringStart > JsonRecordSplitter::kMaxTokenBytes) {
                    m_in.consume(static_cast<std::size_t>(p - begin));
                    return tokenTooLong(at);
                }
                isDone = depth == 0;
                continue;
            }
            switch (kByteClasses[static_cast<unsigned char>(*p)]) {
            case kQuote:
                inString = true;
                stringStart = m_in.offset() + static_cast<std::uint64_t>(p - begin);
                break;
            case kOpen:
                ++nodes;
                if (++depth + enclosing > JsonRecordSplitter::kMaxDepth) {
                    m_in.consume(static_cast<std::size_t>(p - begin));
                    return fail(ErrorCode::TooLarge,
                                "JSON nested deeper than " + std::to_string(JsonRecordSplitter::kMaxDepth) + " levels",
                                m_in.offset());
                }
                break;
            case kClose:
                isDone = --depth == 0;
                break;
            case kSeparator:
                ++nodes;
                break;
            case kPlain:
                break;
            }
            ++p;
        }
        m_in.consume(static_cast<std::size_t>(p - begin));
        const std::uint64_t at = m_in.offset();
        if (inString && at - stringStart > JsonRecordSplitter::kMaxTokenBytes) return tokenTooLong(at);
        if (m_in.capturedBytes() > JsonRecordSplitter::kMaxRecordBytes)
            return fail(ErrorCode::TooLarge,
                        "record larger than " + std::to_string(JsonRecordSplitter::kMaxRecordBytes >> 20) + " MiB", at);
        if (nodes > JsonRecordSplitter::kMaxRecordNodes)
            return fail(ErrorCode::TooLarge, "record has too many JSON values", at);
        if (isDone) return {};
    }
}

// A number or literal (validated when its record is parsed).
Status Splitter::scanScalar() {
    const std::uint64_t start = m_in.offset();
    for (int c = m_in.peek(); c >= 0 && !endsScalar(c); c = m_in.peek()) {
        m_in.take();
        if (m_in.offset() - start > JsonRecordSplitter::kMaxTokenBytes) return tokenTooLong(m_in.offset());
    }
    return {};
}

// The input ended inside a value. A syntax error earlier in the record's
// text is what broke it; otherwise the file was cut short.
Error Splitter::endOfInput(const std::string* partial, std::uint64_t partialAt) const {
    if (m_in.hasReadError()) return fail(ErrorCode::Io, "read error", m_in.offset());
    if (partial) {
        if (auto syntax = jsonSyntaxError(*partial, partialAt); syntax && syntax->offset &&
                                                                *syntax->offset + 1 < partialAt + partial->size())
            return *syntax;
    }
    return fail(ErrorCode::Truncated, "the file ends inside a JSON value", m_in.offset());
}

}  // namespace

Status JsonRecordSplitter::split(const ReadContext& ctx, const RecordFunction& onRecord) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(ctx.path.c_str(), "rb"), &std::fclose);
    if (!file) return Error::make(ErrorCode::Io, "cannot open file").inFile(ctx.displayName);
    KeptByteReader in(file.get(), ctx.onBytes);
    return Splitter(ctx, in, onRecord).run();
}

}  // namespace hitome::core
