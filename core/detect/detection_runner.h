// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the rules and the attacker-command detector over every event of a
// case and stores the alerts. All writes happen in one transaction at the
// end: a cancelled or failed run leaves the case as it was; a second run
// updates the same alerts instead of adding new ones.

#include <cstdint>
#include <functional>
#include <stop_token>

#include "core/util/result.h"

namespace hitome::core {

class AttackCatalog;
class CaseFile;
class RuleSet;

struct DetectionProgress {
    std::uint64_t eventsScanned = 0;
    std::uint64_t ruleHits = 0;
};

struct DetectionSummary {
    std::uint64_t eventsScanned = 0;
    std::uint64_t ruleHits = 0;          // (event, rule) matches
    int rulesFired = 0;                  // distinct rules with a hit
    int alertsCreated = 0;
    int alertsUpdated = 0;
    int reconCommands = 0;
    int reconAlerts = 0;
    double seconds = 0;
};

using DetectionProgressFn = std::function<void(const DetectionProgress&)>;

// `catalog` (may be null) resolves revoked technique IDs and tactic names.
// Matching uses two threads. Progress is reported from the calling thread.
Result<DetectionSummary> runDetection(CaseFile& caseFile, const RuleSet& rules, const AttackCatalog* catalog,
                                      std::stop_token stop, const DetectionProgressFn& progress = {});

}  // namespace hitome::core
