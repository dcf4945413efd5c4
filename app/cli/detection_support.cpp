// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/detection_support.h"

#include <nlohmann/json.hpp>

#include "app/cli/cli_support.h"
#include "app/cli/command_registry.h"
#include "core/detect/detection_runner.h"
#include "ui/util/builtin_rules.h"

namespace hitome::app {

core::RuleSet loadDetectionRules(const std::vector<std::string>& extraDirs, core::RuleLoadReport& report) {
    core::RuleSet rules;
    ui::addBuiltinRules(rules, report);
    for (const auto& dir : extraDirs) rules.addDirectory(dir, report);
    rules.finalize();
    return rules;
}

int runDetectionCommand(core::CaseFile& caseFile, const std::vector<std::string>& extraDirs, bool isJson,
                        std::ostream& out, std::ostream& err) {
    core::RuleLoadReport report;
    const core::RuleSet rules = loadDetectionRules(extraDirs, report);
    for (const auto& e : report.errors) err << "rule skipped: " << e.source << ": " << e.reason << "\n";
    auto result = core::runDetection(caseFile, rules, &cliAttackCatalog(), std::stop_token{});
    if (!result) {
        err << "detection failed: " << terminalText(result.error().message()) << "\n";
        return kExitBadInput;
    }
    const auto& s = *result;
    if (isJson) {
        nlohmann::json j = {{"rules_loaded", report.loaded},
                            {"rules_unsupported", report.unsupported.size()},
                            {"rules_errors", report.errors.size()},
                            {"events_scanned", s.eventsScanned},
                            {"new_events_only", s.isNewEventsOnly},
                            {"rule_hits", s.ruleHits},
                            {"rules_fired", s.rulesFired},
                            {"alerts_created", s.alertsCreated},
                            {"alerts_updated", s.alertsUpdated},
                            {"recon_commands", s.reconCommands},
                            {"recon_alerts", s.reconAlerts},
                            {"seconds", s.seconds}};
        out << j.dump(2) << "\n";
    } else {
        out << "rules: " << report.loaded << " loaded, " << report.unsupported.size() << " unsupported, "
            << report.errors.size() << " errors\n"
            << "events scanned: " << s.eventsScanned << (s.isNewEventsOnly ? " (added since the last run)" : "") << "\n"
            << "rule hits: " << s.ruleHits << " (" << s.rulesFired << " rules)\n"
            << "alerts: " << s.alertsCreated << " new, " << s.alertsUpdated << " updated\n"
            << "attacker-phase commands: " << s.reconCommands << (s.isNewEventsOnly ? " new" : "")
            << ", command-sequence alerts: " << s.reconAlerts << "\n";
    }
    return kExitOk;
}

}  // namespace hitome::app
