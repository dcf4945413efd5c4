// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/explain/visible_text.h"

#include <cstdio>


namespace hitome::core {
namespace {

// Decodes one UTF-8 sequence at `i`; returns its length, or 0 when invalid.
size_t decodeUtf8(std::string_view s, size_t i, char32_t& cp) {
    const auto c = static_cast<unsigned char>(s[i]);
    const size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size()) return 0;
    cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (size_t k = 1; k < len; ++k) {
        const auto cc = static_cast<unsigned char>(s[i + k]);
        if ((cc & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (cc & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

bool isHidden(char32_t cp, const VisibleTextOptions& options) {
    if (options.keepNewlines && (cp == '\n' || cp == '\t')) return false;
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) return true;
    if (cp == 0x061C || cp == 0x200E || cp == 0x200F) return true;              // bidi marks
    if (cp >= 0x202A && cp <= 0x202E) return true;                               // embeddings/overrides
    if (cp >= 0x2066 && cp <= 0x2069) return true;                               // isolates
    if ((cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF) return true;  // zero width
    if (cp == 0x2028 || cp == 0x2029 || cp == 0x00AD) return true;
    return false;
}

void appendMarker(std::string& out, const char* format, unsigned value) {
    char buf[24];
    std::snprintf(buf, sizeof buf, format, value);
    out += "\xE2\x9F\xA8";  // ⟨
    out += buf;
    out += "\xE2\x9F\xA9";  // ⟩
}

}  // namespace

std::string visibleText(std::string_view text, VisibleTextOptions options) {
    std::string out;
    out.reserve(text.size());
    size_t i = 0;
    while (i < text.size()) {
        char32_t cp = 0;
        const size_t len = decodeUtf8(text, i, cp);
        if (len == 0) {
            appendMarker(out, "0x%02X", static_cast<unsigned char>(text[i]));
            ++i;
            continue;
        }
        if (isHidden(cp, options))
            appendMarker(out, "U+%04X", static_cast<unsigned>(cp));
        else
            out.append(text.substr(i, len));
        i += len;
    }
    return out;
}

bool needsVisibleEscaping(std::string_view text) {
    size_t i = 0;
    const VisibleTextOptions options;
    while (i < text.size()) {
        char32_t cp = 0;
        const size_t len = decodeUtf8(text, i, cp);
        if (len == 0 || isHidden(cp, options)) return true;
        i += len;
    }
    return false;
}

}  // namespace hitome::core
