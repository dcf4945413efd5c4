// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the rules and the attacker-command detector over the events of a case
// and stores the alerts. All writes happen in one transaction at the end: a
// cancelled or failed run leaves the case as it was; a second run updates the
// same alerts instead of adding new ones. The case remembers which rules
// scanned it up to which event: with the same rules, a later run matches only
// the events added since, and its alerts equal those of a run over all.

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
    int reconCommands = 0;               // phase commands first seen by this run
    int reconAlerts = 0;
    double seconds = 0;
    // Only events added since the last run with the same rules were read.
    bool isNewEventsOnly = false;
};

using DetectionProgressFn = std::function<void(const DetectionProgress&)>;

// `catalog` (may be null) resolves revoked technique IDs and tactic names.
// Matching uses two threads. Progress is reported from the calling thread.
Result<DetectionSummary> runDetection(CaseFile& caseFile, const RuleSet& rules, const AttackCatalog* catalog,
                                      std::stop_token stop, const DetectionProgressFn& progress = {});

// Makes the next run match every event again (`hitome detect --full`).
Status forgetDetectionScan(CaseFile& caseFile);

}  // namespace hitome::core
