// SPDX-License-Identifier: GPL-3.0-or-later
// `hitome alerts CASE [--tactic T] [--severity S] [--host H] [--json]`: list
// the alerts of a case. T may be a tactic ID, English name, shortname or
// Japanese name.

#include <nlohmann/json.hpp>

#include "app/cli/arg_parser.h"
#include "app/cli/cli_support.h"
#include "app/cli/command_registry.h"
#include "core/model/severity.h"
#include "core/store/alert_queries.h"
#include "core/util/time.h"

namespace hitome::app {
namespace {

nlohmann::ordered_json alertJson(const core::AlertListItem& a) {
    nlohmann::ordered_json j;
    j["id"] = a.id;
    j["external_id"] = a.externalId;
    j["provider"] = a.provider;
    j["title"] = a.title;
    j["severity"] = std::string(core::severityName(static_cast<core::Severity>(a.severity)));
    j["category"] = a.category;
    j["status"] = a.status;
    j["host"] = a.host;
    j["user"] = a.user;
    j["tactics"] = a.tactics;
    j["techniques"] = a.techniques;
    j["first_seen"] = a.firstSeen ? nlohmann::ordered_json(core::formatIsoTime(*a.firstSeen)) : nullptr;
    j["last_seen"] = a.lastSeen ? nlohmann::ordered_json(core::formatIsoTime(*a.lastSeen)) : nullptr;
    j["rule_id"] = a.ruleId.empty() ? nullptr : nlohmann::ordered_json(a.ruleId);
    j["hit_count"] = a.hitCount;
    j["incident_id"] = a.incidentId.empty() ? nullptr : nlohmann::ordered_json(a.incidentId);
    j["has_process_tree"] = a.processId.has_value();
    return j;
}

std::string joined(const std::vector<std::string>& list) {
    std::string out;
    for (const auto& s : list) out += (out.empty() ? "" : ",") + s;
    return out.empty() ? "-" : out;
}

int runAlerts(CliContext& ctx) {
    ArgParser p("hitome alerts CASE [--tactic T] [--severity S] [--host H] [--json]",
                "List the alerts of a case, oldest first.");
    p.addPositional("CASE", "the case file (.hitome)");
    p.addOption("tactic", "T", "only this ATT&CK tactic: ID (TA0003), name, shortname (persistence), Japanese name, or 'other'");
    p.addOption("severity", "S", "only this severity: informational, low, medium, high");
    p.addOption("host", "H", "only alerts on this host");
    p.addFlag("json", "print a JSON array");
    if (auto code = p.parse(ctx); code) return *code;
    core::AlertListFilter filter;
    if (p.has("tactic")) {
        filter.tacticId = resolveTacticId(p.value("tactic"));
        if (filter.tacticId.empty()) {
            ctx.err << "hitome alerts: unknown tactic '" << p.value("tactic") << "'\n";
            return kExitUsage;
        }
    }
    if (p.has("severity")) {
        filter.severity = parseSeverityArgument(p.value("severity"));
        if (!filter.severity) {
            ctx.err << "hitome alerts: unknown severity '" << p.value("severity") << "'\n";
            return kExitUsage;
        }
    }
    filter.host = p.value("host");
    auto caseFile = openCaseOrReport(p.positional(0), false, ctx.err);
    if (!caseFile) return kExitBadInput;
    auto alerts = core::listAlerts(caseFile->connection(), filter);
    if (!alerts) {
        printError(ctx.err, alerts.error().message());
        return kExitBadInput;
    }
    if (p.has("json")) {
        nlohmann::ordered_json out = nlohmann::ordered_json::array();
        for (const auto& a : *alerts) out.push_back(alertJson(a));
        ctx.out << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return kExitOk;
    }
    for (const auto& a : *alerts)
        ctx.out << a.id << "  " << (a.firstSeen ? core::formatShortTime(*a.firstSeen) : std::string("-")) << "  "
                << core::severityName(static_cast<core::Severity>(a.severity)) << "  "
                << terminalText(a.host.empty() ? "-" : a.host) << "  " << joined(a.tactics) << "  " << terminalText(a.title)
                << "\n";
    ctx.out << alerts->size() << " alert(s)\n";
    return kExitOk;
}

const CommandRegistration kRegistration({"alerts", "list the alerts of a case (filter by tactic, severity, host)",
                                         runAlerts});

}  // namespace
}  // namespace hitome::app
