// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which binaries to put in an AppLocker policy for this case: the programs
// behind attacker-phase commands (JPCERT/CC tables) that the case shows,
// restricted to real executables (cmd built-ins such as dir cannot be
// blocked by AppLocker).

#include <string>
#include <vector>

#include "core/report/applocker_policy.h"
#include "core/util/result.h"

namespace hitome::core {

class CommandExplainer;
class Connection;
class KnowledgeBase;

Result<std::vector<AppLockerTarget>> attackerCommandTargets(Connection& conn, const KnowledgeBase& kb,
                                                            const CommandExplainer& explainer);

// Targets for binaries the analyst named ("net", "wmic.exe"), with paths
// from the knowledge base when it knows them.
std::vector<AppLockerTarget> namedTargets(const std::vector<std::string>& names, const KnowledgeBase& kb);

}  // namespace hitome::core
