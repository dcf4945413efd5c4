// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/events/json_flat_parser.h"

#include "core/util/text.h"

namespace hitome::core {
namespace {

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

bool JsonFlatParser::fail(const char* detail) {
    m_errorOffset = m_pos;
    m_errorDetail = detail;
    return false;
}

void JsonFlatParser::skipSpace() {
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') break;
        ++m_pos;
    }
}

bool JsonFlatParser::parse(std::string_view text, std::vector<FlatField>& out) {
    m_text = text;
    m_pos = 0;
    m_out = &out;
    m_used = 0;
    m_errorDetail.clear();
    // Skip a UTF-8 byte order mark.
    if (m_text.size() >= 3 && m_text.compare(0, 3, "\xEF\xBB\xBF") == 0) m_pos = 3;
    skipSpace();
    if (m_pos >= m_text.size() || m_text[m_pos] != '{') {
        out.clear();
        return fail("expected a JSON object");
    }
    std::string path;
    const bool ok = parseObject(path, 0);
    if (ok) {
        skipSpace();
        if (m_pos != m_text.size()) {
            out.resize(m_used);
            return fail("unexpected text after the JSON object");
        }
    }
    out.resize(m_used);
    return ok;
}

bool JsonFlatParser::parseString(std::string& out) {
    // m_text[m_pos] == '"'
    ++m_pos;
    out.clear();
    while (true) {
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != '"' && m_text[m_pos] != '\\' &&
               static_cast<unsigned char>(m_text[m_pos]) >= 0x20)
            ++m_pos;
        out.append(m_text.data() + start, m_pos - start);
        if (m_pos >= m_text.size()) return fail("unterminated string");
        const char c = m_text[m_pos];
        if (c == '"') {
            ++m_pos;
            return true;
        }
        if (c != '\\') return fail("control character in string");
        if (m_pos + 1 >= m_text.size()) return fail("unterminated escape");
        const char e = m_text[m_pos + 1];
        m_pos += 2;
        switch (e) {
            case '"': out.push_back('"'); break;
            case '\\': out.push_back('\\'); break;
            case '/': out.push_back('/'); break;
            case 'b': out.push_back('\b'); break;
            case 'f': out.push_back('\f'); break;
            case 'n': out.push_back('\n'); break;
            case 'r': out.push_back('\r'); break;
            case 't': out.push_back('\t'); break;
            case 'u': {
                auto read4 = [&](char32_t& cp) {
                    if (m_pos + 4 > m_text.size()) return false;
                    cp = 0;
                    for (int i = 0; i < 4; ++i) {
                        const int h = hexValue(m_text[m_pos + static_cast<std::size_t>(i)]);
                        if (h < 0) return false;
                        cp = (cp << 4) | static_cast<char32_t>(h);
                    }
                    m_pos += 4;
                    return true;
                };
                char32_t cp = 0;
                if (!read4(cp)) return fail("bad \\u escape");
                if (cp >= 0xD800 && cp <= 0xDBFF && m_pos + 1 < m_text.size() && m_text[m_pos] == '\\' &&
                    m_text[m_pos + 1] == 'u') {
                    m_pos += 2;
                    char32_t low = 0;
                    if (!read4(low)) return fail("bad \\u escape");
                    cp = (low >= 0xDC00 && low <= 0xDFFF) ? 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD;
                }
                appendUtf8(out, cp);
                break;
            }
            default: return fail("bad escape");
        }
    }
}

bool JsonFlatParser::skipValueRaw(std::size_t& begin, int depth) {
    // Arrays are kept as their JSON text; validate structure while skipping.
    begin = m_pos;
    std::string scratch;
    if (depth > kMaxDepth) return fail("JSON nested too deep");
    skipSpace();
    if (m_pos >= m_text.size()) return fail("unexpected end");
    const char c = m_text[m_pos];
    if (c == '"') return parseString(scratch);
    if (c == '[' || c == '{') {
        const char close = c == '[' ? ']' : '}';
        ++m_pos;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == close) {
            ++m_pos;
            return true;
        }
        while (true) {
            std::size_t inner = 0;
            if (c == '{') {
                skipSpace();
                if (m_pos >= m_text.size() || m_text[m_pos] != '"') return fail("expected a key");
                if (!parseString(scratch)) return false;
                skipSpace();
                if (m_pos >= m_text.size() || m_text[m_pos] != ':') return fail("expected ':'");
                ++m_pos;
            }
            if (!skipValueRaw(inner, depth + 1)) return false;
            skipSpace();
            if (m_pos >= m_text.size()) return fail("unexpected end");
            if (m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_text[m_pos] == close) {
                ++m_pos;
                return true;
            }
            return fail("expected ',' or a closing bracket");
        }
    }
    const std::size_t start = m_pos;
    while (m_pos < m_text.size() && m_text[m_pos] != ',' && m_text[m_pos] != '}' && m_text[m_pos] != ']' &&
           m_text[m_pos] != ' ' && m_text[m_pos] != '\r' && m_text[m_pos] != '\n' && m_text[m_pos] != '\t')
        ++m_pos;
    const std::string_view lit = m_text.substr(start, m_pos - start);
    if (lit == "true" || lit == "false" || lit == "null") return true;
    if (lit.empty()) return fail("expected a value");
    for (char d : lit)
        if (!((d >= '0' && d <= '9') || d == '-' || d == '+' || d == '.' || d == 'e' || d == 'E'))
            return fail("bad literal");
    return true;
}

bool JsonFlatParser::parseObject(std::string& path, int depth) {
    if (depth > kMaxDepth) return fail("JSON nested too deep");
    ++m_pos;   // '{'
    skipSpace();
    if (m_pos < m_text.size() && m_text[m_pos] == '}') {
        ++m_pos;
        return true;
    }
    const std::size_t base = path.size();
    std::string key;
    while (true) {
        skipSpace();
        if (m_pos >= m_text.size() || m_text[m_pos] != '"') return fail("expected a key");
        if (!parseString(key)) return false;
        skipSpace();
        if (m_pos >= m_text.size() || m_text[m_pos] != ':') return fail("expected ':'");
        ++m_pos;
        path.resize(base);
        if (base) path.push_back('.');
        path += key;
        if (!parseValue(path, depth + 1)) return false;
        skipSpace();
        if (m_pos >= m_text.size()) return fail("unexpected end of line inside an object");
        if (m_text[m_pos] == ',') {
            ++m_pos;
            continue;
        }
        if (m_text[m_pos] == '}') {
            ++m_pos;
            path.resize(base);
            return true;
        }
        return fail("expected ',' or '}'");
    }
}

bool JsonFlatParser::parseValue(std::string& path, int depth) {
    skipSpace();
    if (m_pos >= m_text.size()) return fail("unexpected end");
    const char c = m_text[m_pos];
    if (c == '{') return parseObject(path, depth);
    if (m_used == m_out->size()) m_out->emplace_back();
    FlatField& f = (*m_out)[m_used];
    f.path = path;
    f.isString = c == '"';
    if (c == '"') {
        if (!parseString(f.value)) return false;
    } else {
        std::size_t begin = 0;
        if (!skipValueRaw(begin, depth)) return false;
        const std::string_view raw = m_text.substr(begin, m_pos - begin);
        if (raw == "null") f.value.clear();
        else f.value.assign(raw);
    }
    ++m_used;
    return true;
}

}  // namespace hitome::core
