// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/explain/script_deobfuscator.h"

#include <vector>

#include "core/util/text.h"

namespace hitome::core {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool isBlank(char c) { return c == ' ' || c == '\t'; }
size_t skipBlanks(std::string_view s, size_t i) {
    while (i < s.size() && isBlank(s[i])) ++i;
    return i;
}

// Reads a decimal or 0x hex number at i; nullopt when absent or > 0x10FFFF.
std::optional<unsigned> readNumber(std::string_view s, size_t& i) {
    size_t j = i;
    unsigned value = 0;
    const bool isHex = j + 2 < s.size() && s[j] == '0' && (s[j + 1] == 'x' || s[j + 1] == 'X');
    if (isHex) j += 2;
    const size_t start = j;
    while (j < s.size() && j - start < 8) {
        const char c = asciiLower(s[j]);
        int d = isDigit(c) ? c - '0' : (isHex && c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
        if (d < 0) break;
        value = value * (isHex ? 16 : 10) + static_cast<unsigned>(d);
        ++j;
    }
    if (j == start || value > 0x10FFFF) return std::nullopt;
    i = j;
    return value;
}

bool isTextCode(unsigned v) { return (v >= 32 && v != 127) || v == 9 || v == 10 || v == 13; }

// "[char]72+[char]105" (also [char](72), [char]0x48) at i.
std::optional<std::string> readCharSum(std::string_view s, size_t i, size_t& end) {
    std::string out;
    size_t j = i;
    while (startsWithNoCase(s.substr(j), "[char]")) {
        size_t k = skipBlanks(s, j + 6);
        const bool paren = k < s.size() && s[k] == '(';
        if (paren) k = skipBlanks(s, k + 1);
        auto v = readNumber(s, k);
        if (!v || !isTextCode(*v)) break;
        if (paren) {
            k = skipBlanks(s, k);
            if (k >= s.size() || s[k] != ')') break;
            ++k;
        }
        appendUtf8(out, static_cast<char32_t>(*v));
        end = k;
        k = skipBlanks(s, k);
        if (k >= s.size() || s[k] != '+') break;
        j = skipBlanks(s, k + 1);
    }
    if (out.size() < 2) return std::nullopt;
    return out;
}

// "72,105,33" (at least 4 text codes) at i.
std::optional<std::string> readCodeList(std::string_view s, size_t i, size_t& end) {
    std::string out;
    size_t j = i, count = 0;
    while (true) {
        auto v = readNumber(s, j);
        if (!v || !isTextCode(*v)) break;   // the list ends here; at most 4 numbers are re-read later
        appendUtf8(out, static_cast<char32_t>(*v));
        ++count;
        end = j;
        size_t k = skipBlanks(s, j);
        if (k >= s.size() || s[k] != ',') break;
        j = skipBlanks(s, k + 1);
    }
    if (count < 4) return std::nullopt;
    return out;
}

}  // namespace

std::string singleQuoted(std::string_view value) {
    std::string out = "'";
    for (char c : value) {
        if (c == '\'') out += '\'';
        out += c;
    }
    return out + "'";
}

std::optional<std::string> readQuotedLiteral(std::string_view s, size_t pos, size_t& end) {
    if (pos >= s.size() || (s[pos] != '\'' && s[pos] != '"')) return std::nullopt;
    const char q = s[pos];
    std::string out;
    for (size_t i = pos + 1; i < s.size(); ++i) {
        if (q == '"' && s[i] == '`' && i + 1 < s.size()) {
            out += s[++i];
        } else if (s[i] == q) {
            if (q == '\'' && i + 1 < s.size() && s[i + 1] == '\'') {
                out += '\'';
                ++i;
                continue;
            }
            end = i + 1;
            return out;
        } else {
            out += s[i];
        }
    }
    return std::nullopt;
}

std::optional<std::string> foldCharCodes(std::string_view s) {
    const bool mentionsChar = containsNoCase(s, "[char");
    std::string out;
    bool changed = false;
    for (size_t i = 0; i < s.size();) {
        size_t end = i;
        if (s[i] == '[' && mentionsChar) {
            if (auto text = readCharSum(s, i, end)) {
                out += singleQuoted(*text);
                i = end;
                changed = true;
                continue;
            }
        }
        const bool atNumberStart = isDigit(s[i]) && (i == 0 || !(isDigit(s[i - 1]) || isAsciiAlpha(s[i - 1])));
        if (mentionsChar && atNumberStart) {
            if (auto text = readCodeList(s, i, end)) {
                out += singleQuoted(*text);
                i = end;
                changed = true;
                continue;
            }
        }
        out += s[i++];
    }
    if (!changed) return std::nullopt;
    return out;
}

std::optional<std::string> foldConcatenation(std::string_view s) {
    std::string out;
    bool changed = false;
    for (size_t i = 0; i < s.size();) {
        size_t end = i;
        if (s[i] != '\'' && s[i] != '"') {
            out += s[i++];
            continue;
        }
        auto first = readQuotedLiteral(s, i, end);
        if (!first) {   // unterminated: nothing after it can be folded safely
            out.append(s.substr(i));
            break;
        }
        std::string joined = *first;
        size_t parts = 1;
        for (size_t k = skipBlanks(s, end); k < s.size() && s[k] == '+';) {
            size_t next = skipBlanks(s, k + 1), nextEnd = next;
            auto more = readQuotedLiteral(s, next, nextEnd);
            if (!more) break;
            joined += *more;
            ++parts;
            end = nextEnd;
            k = skipBlanks(s, end);
        }
        if (parts > 1) {
            out += singleQuoted(joined);
            changed = true;
        } else {
            out.append(s.substr(i, end - i));
        }
        i = end;
    }
    if (!changed) return std::nullopt;
    return out;
}

namespace {

// Applies "{0}{1}"-style placeholders; nullopt when an index is out of range.
std::optional<std::string> applyFormat(std::string_view format, const std::vector<std::string>& args) {
    std::string out;
    for (size_t i = 0; i < format.size(); ++i) {
        if (format[i] != '{') {
            out += format[i];
            continue;
        }
        size_t j = i + 1;
        auto index = readNumber(format, j);
        if (!index || j >= format.size() || format[j] != '}' || *index >= args.size()) return std::nullopt;
        out += args[*index];
        i = j;
    }
    return out;
}

}  // namespace

std::optional<std::string> foldFormatStrings(std::string_view s) {
    std::string out;
    bool changed = false;
    for (size_t i = 0; i < s.size();) {
        size_t end = i;
        if (s[i] != '\'' && s[i] != '"') {
            out += s[i++];
            continue;
        }
        auto format = readQuotedLiteral(s, i, end);
        if (!format) {   // unterminated: nothing after it can be folded safely
            out.append(s.substr(i));
            break;
        }
        size_t k = skipBlanks(s, end);
        std::vector<std::string> args;
        size_t argsEnd = end;
        if (k + 2 < s.size() && s[k] == '-' && asciiLower(s[k + 1]) == 'f' && isBlank(s[k + 2])) {
            k = skipBlanks(s, k + 2);
            while (auto arg = readQuotedLiteral(s, k, argsEnd)) {
                args.push_back(*arg);
                k = skipBlanks(s, argsEnd);
                if (k >= s.size() || s[k] != ',') break;
                k = skipBlanks(s, k + 1);
            }
        }
        auto formatted = args.empty() ? std::nullopt : applyFormat(*format, args);
        if (formatted) {
            out += singleQuoted(*formatted);
            changed = true;
            i = argsEnd;
        } else {
            out.append(s.substr(i, end - i));
            i = end;
        }
    }
    if (!changed) return std::nullopt;
    return out;
}

}  // namespace hitome::core
