// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/sigma_value_transforms.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace hitome::core {

namespace {

// Decodes UTF-8 to code points; invalid bytes are taken as Latin-1.
std::vector<char32_t> codePoints(std::string_view s) {
    std::vector<char32_t> out;
    for (size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (len == 0 || i + static_cast<size_t>(len) > s.size()) { out.push_back(c); ++i; continue; }
        char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1f) : len == 3 ? (c & 0x0f) : (c & 0x07);
        for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<size_t>(k)]) & 0x3f);
        out.push_back(cp);
        i += static_cast<size_t>(len);
    }
    return out;
}

std::string utf16(std::string_view text, bool isBigEndian) {
    std::string out;
    auto put = [&](std::uint16_t unit) {
        const char lo = static_cast<char>(unit & 0xff), hi = static_cast<char>(unit >> 8);
        if (isBigEndian) { out.push_back(hi); out.push_back(lo); }
        else { out.push_back(lo); out.push_back(hi); }
    };
    for (char32_t cp : codePoints(text)) {
        if (cp >= 0x10000) {
            cp -= 0x10000;
            put(static_cast<std::uint16_t>(0xd800 + (cp >> 10)));
            put(static_cast<std::uint16_t>(0xdc00 + (cp & 0x3ff)));
        } else {
            put(static_cast<std::uint16_t>(cp));
        }
    }
    return out;
}

}  // namespace

std::string base64Encode(std::string_view bytes) {
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        const std::uint32_t v = (static_cast<unsigned char>(bytes[i]) << 16) |
                                (static_cast<unsigned char>(bytes[i + 1]) << 8) | static_cast<unsigned char>(bytes[i + 2]);
        for (int shift : {18, 12, 6, 0}) out.push_back(kAlphabet[(v >> shift) & 0x3f]);
    }
    const size_t rest = bytes.size() - i;
    if (rest > 0) {
        std::uint32_t v = static_cast<unsigned char>(bytes[i]) << 16;
        if (rest == 2) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
        out.push_back(kAlphabet[(v >> 18) & 0x3f]);
        out.push_back(kAlphabet[(v >> 12) & 0x3f]);
        out.push_back(rest == 2 ? kAlphabet[(v >> 6) & 0x3f] : '=');
        out.push_back('=');
    }
    return out;
}

std::vector<std::string> base64OffsetVariants(std::string_view bytes) {
    static constexpr std::array<size_t, 3> kStart = {0, 2, 3};
    static constexpr std::array<size_t, 3> kTrimEnd = {0, 3, 2};
    std::vector<std::string> out;
    for (size_t shift = 0; shift < 3; ++shift) {
        std::string padded(shift, ' ');
        padded.append(bytes);
        std::string encoded = base64Encode(padded);
        const size_t trimEnd = kTrimEnd[(bytes.size() + shift) % 3];
        const size_t start = kStart[shift];
        if (encoded.size() < start + trimEnd) continue;
        out.push_back(encoded.substr(start, encoded.size() - start - trimEnd));
    }
    return out;
}

std::string utf8ToUtf16le(std::string_view text) { return utf16(text, false); }
std::string utf8ToUtf16be(std::string_view text) { return utf16(text, true); }

std::vector<std::string> windashVariants(std::string_view value) {
    static constexpr std::array<std::string_view, 5> kDashes = {"-", "/", "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\x95"};
    std::vector<std::string> out;
    for (auto dash : kDashes) {
        std::string v;
        for (size_t i = 0; i < value.size(); ++i) {
            const bool isWordStart = i == 0 || value[i - 1] == ' ' || value[i - 1] == '*';
            if ((value[i] == '-' || value[i] == '/') && isWordStart) v.append(dash);
            else v.push_back(value[i]);
        }
        if (std::find(out.begin(), out.end(), v) == out.end()) out.push_back(std::move(v));
    }
    return out;
}

}  // namespace hitome::core
