// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small ASCII/UTF-8 string helpers shared across core.

#include <string>
#include <string_view>
#include <vector>

namespace hitome::core {

char asciiLower(char c);
std::string toLowerAscii(std::string_view s);
bool equalsNoCase(std::string_view a, std::string_view b);
bool startsWithNoCase(std::string_view s, std::string_view prefix);
bool endsWithNoCase(std::string_view s, std::string_view suffix);
bool containsNoCase(std::string_view haystack, std::string_view needle);
std::string_view trim(std::string_view s);
std::vector<std::string_view> split(std::string_view s, char sep);
// Replaces invalid UTF-8 sequences with U+FFFD so text is always valid UTF-8.
std::string sanitizeUtf8(std::string_view s);
// Appends code point `cp` as UTF-8 (invalid code points become U+FFFD).
void appendUtf8(std::string& out, char32_t cp);
// UTF-16LE bytes (no BOM) to UTF-8; unpaired surrogates become U+FFFD.
std::string utf16leToUtf8(std::string_view bytes);

}  // namespace hitome::core
