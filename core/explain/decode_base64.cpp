// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/explain/decode_base64.h"

#include "core/util/text.h"

namespace hitome::core {
namespace {

int base64Value(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+' || c == '-') return 62;
    if (c == '/' || c == '_') return 63;
    return -1;
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

}  // namespace

std::optional<std::string> decodeBase64(std::string_view text) {
    std::string out;
    out.reserve(text.size() * 3 / 4);
    std::uint32_t acc = 0;
    size_t count = 0;
    size_t padding = 0;
    for (char c : text) {
        if (isSpace(c)) continue;
        if (c == '=') {
            ++padding;
            continue;
        }
        const int v = base64Value(c);
        if (v < 0 || padding > 0) return std::nullopt;   // bad character or data after padding
        acc = (acc << 6) | static_cast<std::uint32_t>(v);
        if (++count % 4 == 0) {
            out += static_cast<char>((acc >> 16) & 0xFF);
            out += static_cast<char>((acc >> 8) & 0xFF);
            out += static_cast<char>(acc & 0xFF);
            acc = 0;
        }
    }
    const size_t rest = count % 4;
    if (rest == 1 || padding > 2 || count == 0) return std::nullopt;
    if (rest == 2) out += static_cast<char>((acc >> 4) & 0xFF);
    if (rest == 3) {
        out += static_cast<char>((acc >> 10) & 0xFF);
        out += static_cast<char>((acc >> 2) & 0xFF);
    }
    return out;
}

bool looksLikeUtf16le(std::string_view b) {
    if (b.size() >= 2 && static_cast<unsigned char>(b[0]) == 0xFF && static_cast<unsigned char>(b[1]) == 0xFE)
        return true;
    // A trailing odd byte (a cut-off encoding) and a few unpaired surrogates
    // (malformed on purpose) do not stop text from being read as UTF-16LE;
    // bytesToText shows them as U+FFFD.
    const size_t units = b.size() / 2;
    if (units == 0) return false;
    size_t zeroHigh = 0, badSurrogates = 0;
    for (size_t k = 0; k < units; ++k) {
        const auto lo = static_cast<unsigned char>(b[2 * k]);
        const auto hi = static_cast<unsigned char>(b[2 * k + 1]);
        if (hi == 0 && lo != 0) ++zeroHigh;
        const unsigned u = lo | (hi << 8);
        if (u >= 0xD800 && u <= 0xDBFF) {
            const bool isPaired = k + 1 < units && (static_cast<unsigned char>(b[2 * k + 3]) & 0xFC) == 0xDC;
            if (isPaired) ++k;
            else ++badSurrogates;
        } else if (u >= 0xDC00 && u <= 0xDFFF) {
            ++badSurrogates;
        }
    }
    return badSurrogates * 20 <= units && zeroHigh * 10 >= units * 4;
}

bool looksLikeText(std::string_view bytes) {
    if (bytes.empty()) return false;
    size_t printable = 0;
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') ++printable;
    }
    return printable * 100 >= bytes.size() * 95 && sanitizeUtf8(bytes).size() <= bytes.size() + bytes.size() / 20;
}

std::string bytesToText(std::string_view bytes, std::string* kind) {
    if (looksLikeUtf16le(bytes)) {
        if (kind) *kind = "utf16le";
        if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF &&
            static_cast<unsigned char>(bytes[1]) == 0xFE)
            bytes.remove_prefix(2);
        std::string text = utf16leToUtf8(bytes.substr(0, bytes.size() & ~size_t{1}));
        if (bytes.size() % 2 != 0) text += "\xEF\xBF\xBD";   // the cut-off last unit
        return text;
    }
    if (kind) *kind = "utf8";
    if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    return sanitizeUtf8(bytes);
}

}  // namespace hitome::core
