// SPDX-License-Identifier: GPL-3.0-or-later
// `hitome summary CASE [--json]`: what the case holds at a glance — alerts
// per ATT&CK tactic in matrix order, hosts, users, time range, counts.

#include <nlohmann/json.hpp>

#include <iomanip>

#include "app/cli/arg_parser.h"
#include "app/cli/cli_support.h"
#include "app/cli/command_registry.h"
#include "core/attack/attack_catalog.h"
#include "core/store/case_summary.h"
#include "core/util/time.h"

namespace hitome::app {
namespace {

using OrderedJson = nlohmann::ordered_json;

std::int64_t countFor(const core::CaseSummary& s, const std::string& tactic) {
    const auto it = s.alertsPerTactic.find(tactic);
    return it == s.alertsPerTactic.end() ? 0 : it->second;
}

OrderedJson summaryJson(const core::CaseSummary& s) {
    OrderedJson j;
    j["alerts"] = s.alerts;
    j["events"] = s.events;
    j["recovered_events"] = s.recoveredEvents;
    j["processes"] = s.processes;
    j["hosts"] = s.hosts;
    j["users"] = s.users;
    j["sources"] = s.sources;
    OrderedJson tactics = OrderedJson::object();
    for (const auto& t : cliAttackCatalog().tacticsInMatrixOrder()) tactics[t.id] = countFor(s, t.id);
    tactics["other"] = countFor(s, "other");
    j["tactics"] = tactics;
    OrderedJson range = OrderedJson::object();
    if (s.firstTime) range["first"] = core::formatIsoTime(*s.firstTime);
    if (s.lastTime) range["last"] = core::formatIsoTime(*s.lastTime);
    j["time_range"] = range;
    OrderedJson hosts = OrderedJson::array();
    for (const auto& [name, n] : s.hostAlerts) hosts.push_back({{"name", name}, {"alerts", n}});
    j["alert_hosts"] = hosts;
    OrderedJson users = OrderedJson::array();
    for (const auto& [name, n] : s.userAlerts) users.push_back({{"name", name}, {"alerts", n}});
    j["alert_users"] = users;
    return j;
}

void printText(std::ostream& out, const std::string& path, const core::CaseSummary& s) {
    out << "Case " << path << "\n"
        << "  alerts " << s.alerts << ", events " << s.events << " (+" << s.recoveredEvents << " recovered), processes "
        << s.processes << ", hosts " << s.hosts << ", users " << s.users << ", sources " << s.sources << "\n";
    if (s.firstTime && s.lastTime)
        out << "  time range " << core::formatShortTime(*s.firstTime) << " .. " << core::formatShortTime(*s.lastTime)
            << " UTC\n";
    out << "\nAlerts per ATT&CK tactic (matrix order):\n";
    for (const auto& t : cliAttackCatalog().tacticsInMatrixOrder()) {
        const auto n = countFor(s, t.id);
        out << "  " << std::left << std::setw(7) << t.id << " " << std::setw(22) << t.name << std::right << std::setw(6)
            << n << "  " << std::string(static_cast<std::size_t>(std::min<std::int64_t>(n, 50)), '#') << "\n";
    }
    out << "  " << std::left << std::setw(7) << "other" << " " << std::setw(22) << "Other (no tactic)" << std::right
        << std::setw(6) << countFor(s, "other") << "\n";
    out << "\nHosts with alerts:\n";
    for (const auto& [name, n] : s.hostAlerts) out << "  " << terminalText(name) << " (" << n << ")\n";
    out << "\nUsers with alerts:\n";
    for (const auto& [name, n] : s.userAlerts) out << "  " << terminalText(name) << " (" << n << ")\n";
}

int runSummary(CliContext& ctx) {
    ArgParser p("hitome summary CASE [--json]",
                "Summarise a case: alerts per ATT&CK tactic in matrix order, hosts, users, time range and counts.");
    p.addPositional("CASE", "the case file (.hitome)");
    p.addFlag("json", "print one JSON object");
    if (auto code = p.parse(ctx); code) return *code;
    auto caseFile = openCaseOrReport(p.positional(0), false, ctx.err);
    if (!caseFile) return kExitBadInput;
    auto summary = core::summarizeCase(caseFile->connection());
    if (!summary) {
        printError(ctx.err, summary.error().message());
        return kExitBadInput;
    }
    if (p.has("json"))
        ctx.out << summaryJson(*summary).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    else
        printText(ctx.out, p.positional(0), *summary);
    return kExitOk;
}

const CommandRegistration kRegistration({"summary", "alerts per tactic, hosts, users and time range of a case",
                                         runSummary});

}  // namespace
}  // namespace hitome::app
