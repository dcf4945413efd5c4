// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Undoes simple PowerShell/cmd string obfuscation by rewriting the text, never
// by running it: [char]72+[char]105 and 72,105 char-code lists, 'a'+'b'
// concatenation, "{1}{0}" -f 'b','a' format strings. Each function returns
// nullopt when it changed nothing. All are linear or bounded.

#include <optional>
#include <string>
#include <string_view>

namespace hitome::core {

std::optional<std::string> foldCharCodes(std::string_view script);
std::optional<std::string> foldConcatenation(std::string_view script);
std::optional<std::string> foldFormatStrings(std::string_view script);

// A quoted literal at `pos` ('…' with '' escapes, "…" with ` escapes):
// returns its value and sets `end` past the closing quote.
std::optional<std::string> readQuotedLiteral(std::string_view s, size_t pos, size_t& end);

// Quotes `value` as a PowerShell single-quoted literal.
std::string singleQuoted(std::string_view value);

}  // namespace hitome::core
