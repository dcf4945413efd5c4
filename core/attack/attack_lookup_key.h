// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Spelling-tolerant keys for ATT&CK names and IDs, so that "Defense Evasion",
// "defense-evasion", "DefenseEvasion" and "DEFENSE_EVASION" all meet.

#include <string>
#include <string_view>

namespace hitome::core {

// ASCII letters lower-cased; spaces (also U+3000), '-', '_', '.', '/' and tabs
// dropped; '&' (also U+FF06) spelled "and". Other bytes (Japanese) unchanged.
std::string attackLookupKey(std::string_view text);

// "t1053/005 " → "T1053.005". Returns an empty string unless the text is a
// technique ID (T + 4 digits, optionally . or / + 3 digits).
std::string normalizeTechniqueId(std::string_view text);

}  // namespace hitome::core
