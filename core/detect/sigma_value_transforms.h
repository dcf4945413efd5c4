// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Sigma modifiers that rewrite a value before matching: base64, base64offset,
// the UTF-16 encodings (wide/utf16le/utf16be/utf16) and windash.

#include <string>
#include <string_view>
#include <vector>

namespace hitome::core {

std::string base64Encode(std::string_view bytes);
// The three encodings of `bytes` at byte offsets 0, 1 and 2 within a longer
// base64 text, with the edge characters that depend on neighbours trimmed.
std::vector<std::string> base64OffsetVariants(std::string_view bytes);
std::string utf8ToUtf16le(std::string_view text);
std::string utf8ToUtf16be(std::string_view text);
// Every dash-or-slash that starts a word in `value`, written as -, /, en
// dash, em dash and horizontal bar (all five variants, each used throughout).
std::vector<std::string> windashVariants(std::string_view value);

}  // namespace hitome::core
