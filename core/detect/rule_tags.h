// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads ATT&CK references out of Sigma tags: "attack.t1053.005" is a
// technique, "attack.persistence" / "attack.defense-evasion" a tactic.

#include <string>
#include <string_view>
#include <vector>

namespace hitome::core {

struct AttackTags {
    std::vector<std::string> techniques;   // "T1053.005", as written (may be revoked)
    std::vector<std::string> tactics;      // tactic shortnames, "persistence"
};

AttackTags parseAttackTags(const std::vector<std::string>& tags);

// ATT&CK v19 tactic ID for a shortname or name ("defense-evasion" and
// "stealth" both give TA0005); "" when unknown. Used when no catalog is loaded.
std::string_view builtinTacticId(std::string_view shortname);

}  // namespace hitome::core
