// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns what a detection pass collected into stored rows: one alert per
// (rule, process) with its hit count and linked events, the phase command
// rows, and one "recon" alert per burst of phase commands.

#include "core/detect/detection_collector.h"
#include "core/detect/detection_runner.h"
#include "core/detect/rule_alert_writer.h"
#include "core/store/entity_ids.h"
#include "core/util/result.h"

namespace hitome::core {

class AttackCatalog;
class Connection;
class RuleSet;
struct SigmaRule;

class DetectionAlerts {
public:
    DetectionAlerts(Connection& conn, const RuleSet& rules, const AttackCatalog* catalog);

    // `isNewEventsOnly`: the collector saw only events added since the last
    // run, so existing alerts add its hits rather than take them.
    Status writeRuleAlerts(const DetectionCollector& collector, DetectionSummary& summary, bool isNewEventsOnly);
    // The phase commands and shells first seen by this run, then one alert per burst.
    Status writeRecon(const DetectionCollector& collector, bool isNewEventsOnly, DetectionSummary& summary);

private:
    RuleAlert ruleAlert(const SigmaRule& rule, const RuleHitGroup& group);
    void resolveAttack(const std::vector<std::string>& techniques, const std::vector<std::string>& tactics,
                       RuleAlert& alert) const;
    Status writeOne(const RuleAlert& alert, DetectionSummary& summary, bool isMerge = false);
    Status writeReconState(const DetectionCollector& collector, bool isNewEventsOnly, DetectionSummary& summary);

    Connection& m_conn;
    const RuleSet& m_rules;
    const AttackCatalog* m_catalog;
    RuleAlertWriter m_writer;
    EntityIds m_entities;
};

}  // namespace hitome::core
