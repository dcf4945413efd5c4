// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Plain data of the ATT&CK catalog: a tactic (a column of the matrix) and a
// technique or sub-technique.

#include <string>
#include <string_view>
#include <vector>

namespace hitome::core {

// The tactic bucket for alerts whose category names no ATT&CK tactic
// (Malware, SuspiciousActivity, ...) and that carry no known technique.
inline constexpr std::string_view kOtherTactic = "other";

struct Tactic {
    std::string id;                          // "TA0005"
    std::string shortname;                   // "stealth"
    std::string name;                        // "Stealth"
    std::string nameJa;                      // "ステルス"
    std::string defenderLabelJa;             // Defender portal's Japanese label when it differs, else empty
    std::string url;                         // https://attack.mitre.org/tactics/TA0005/
    std::vector<std::string> formerNames;    // "Defense Evasion" and former shortnames "defense-evasion"
    std::vector<std::string> otherNamesJa;   // former / alternative Japanese names ("防御回避")
    std::string description;                 // empty unless an official STIX bundle was applied
};

struct Technique {
    std::string id;                          // "T1053.005"
    std::string name;                        // "Scheduled Task"
    std::string url;                         // https://attack.mitre.org/techniques/T1053/005/
    std::vector<std::string> tacticIds;      // in matrix order
    std::string description;                 // empty unless an official STIX bundle was applied
    bool isSubtechnique = false;
    std::string parentId;                    // "T1053" for a sub-technique, else empty
};

}  // namespace hitome::core
