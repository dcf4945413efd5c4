// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Base64 decoding for encoded command lines: standard and URL-safe alphabets,
// missing padding accepted, whitespace ignored. Text helpers for decoded bytes.

#include <optional>
#include <string>
#include <string_view>

namespace hitome::core {

// nullopt when `text` holds a character outside both alphabets, padding in
// the middle, or a length that cannot be base64. Never reads past `text`.
std::optional<std::string> decodeBase64(std::string_view text);

// True when `bytes` look like UTF-16LE text: a FF FE BOM, or an even length
// with at least 40% zero high bytes and no unpaired surrogates.
bool looksLikeUtf16le(std::string_view bytes);

// True when `bytes` are mostly printable text (UTF-8), so worth showing as text.
bool looksLikeText(std::string_view bytes);

// Decoded bytes as UTF-8 text: UTF-16LE converted, a BOM dropped, invalid
// UTF-8 replaced. `kind` receives "utf16le" or "utf8".
std::string bytesToText(std::string_view bytes, std::string* kind = nullptr);

}  // namespace hitome::core
