// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads what the ATT&CK catalog needs from an official ATT&CK STIX 2.1 bundle
// (enterprise-attack.json): tactics, the enterprise matrix's tactic order,
// techniques with their kill-chain phases and descriptions, revocations and
// the release version. Objects are consumed one at a time while parsing, so
// memory stays near the size of the kept data even for the ~40 MB bundle.

#include <string>
#include <string_view>
#include <vector>

#include "core/util/result.h"

namespace hitome::core {

struct StixTactic {
    std::string stixId;        // "x-mitre-tactic--…"
    std::string attackId;      // "TA0005"
    std::string shortname;     // x_mitre_shortname
    std::string name, description, url;
    bool isEnterprise = true;  // x_mitre_domains includes enterprise-attack (or is absent)
};

struct StixTechnique {
    std::string stixId;        // "attack-pattern--…"
    std::string attackId;      // "T1053.005"
    std::string name, description, url;
    std::vector<std::string> phaseNames;   // enterprise kill-chain phases (tactic shortnames)
    bool isRevoked = false;
    bool isDeprecated = false;
};

struct StixAttackData {
    std::string version;                            // x-mitre-collection x_mitre_version, may be empty
    std::vector<StixTactic> tactics;
    std::vector<std::string> matrixTacticRefs;      // enterprise matrix order (STIX ids)
    std::vector<StixTechnique> techniques;
    std::vector<std::pair<std::string, std::string>> revokedBy;   // (old STIX id, new STIX id)
};

// Fails with ErrorCode::Format (and the byte offset for JSON syntax errors)
// when the text is not a STIX bundle holding Enterprise ATT&CK tactics and
// techniques.
Result<StixAttackData> readStixBundle(std::string_view stixJson);

// "Uses [PowerShell](https://…) (Citation: X)" → "Uses PowerShell".
std::string cleanStixDescription(std::string_view text);

}  // namespace hitome::core
