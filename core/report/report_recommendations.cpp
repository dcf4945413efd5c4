// SPDX-License-Identifier: GPL-3.0-or-later
// Recommendations and management decisions derived from the findings: what
// to remove, reset, isolate, block and restrict.
#include <algorithm>
#include <set>

#include "core/report/report_builder.h"
#include "core/util/text.h"

namespace hitome::core {
namespace {

bool hasTactic(const ReportAlert& a, const char* id) {
    return std::find(a.tacticIds.begin(), a.tacticIds.end(), id) != a.tacticIds.end();
}

std::vector<std::string> hostsWithHighAlerts(const ReportData& data) {
    std::set<std::string> hosts;
    for (const auto& a : data.alerts)
        if (a.severity == Severity::High && a.status != "resolved" && !a.host.empty()) hosts.insert(a.host);
    return {hosts.begin(), hosts.end()};
}

// Accounts on alerts about credentials or lateral movement, plus accounts
// named as evidence: the ones whose passwords may be known.
std::vector<std::string> accountsToReset(const ReportData& data) {
    std::set<std::string> accounts;
    for (const auto& a : data.alerts)
        if (!a.user.empty() && (hasTactic(a, "TA0006") || hasTactic(a, "TA0008") || hasTactic(a, "TA0004")))
            accounts.insert(a.user);
    for (const auto& i : data.indicators)
        if (i.kind == "account") accounts.insert(i.value);
    return {accounts.begin(), accounts.end()};
}

// Attacker-phase binaries: from the recon table when detection ran, else
// from the explainer's view of the alerts' command lines.
std::vector<std::string> attackerCommands(const ReportData& data, const ReportVocabulary& v) {
    std::set<std::string> binaries(data.reconCommands.begin(), data.reconCommands.end());
    if (v.explain)
        for (const auto& a : data.alerts)
            for (const auto& cmd : a.commandLines) {
                const auto e = v.explain(cmd);
                if (!e.phase.empty() && !e.binary.empty()) binaries.insert(toLowerAscii(e.binary));
            }
    return {binaries.begin(), binaries.end()};
}

std::vector<std::string> indicatorValues(const ReportData& data, std::initializer_list<const char*> kinds) {
    std::vector<std::string> values;
    for (const auto& i : data.indicators)
        for (const char* k : kinds)
            if (i.kind == k) values.push_back(i.value);
    return values;
}

std::vector<std::string> taskNames(const ReportData& data) {
    std::vector<std::string> names;
    for (const auto& t : data.tasks) names.push_back(t.name);
    return names;
}

}  // namespace

std::vector<std::string> managementDecisions(const ReportData& data, const ReportVocabulary& v, ReportLanguage lang) {
    std::vector<std::string> out;
    if (const auto hosts = hostsWithHighAlerts(data); !hosts.empty())
        out.push_back(phrase(Phrase::DecisionIsolate, lang, {joinList(hosts, lang)}));
    if (const auto accounts = accountsToReset(data); !accounts.empty())
        out.push_back(phrase(Phrase::DecisionResetAccounts, lang, {joinList(accounts, lang)}));
    if (const auto tasks = taskNames(data); !tasks.empty())
        out.push_back(phrase(Phrase::DecisionRemovePersistence, lang, {joinList(tasks, lang)}));
    if (const auto commands = attackerCommands(data, v); !commands.empty())
        out.push_back(phrase(Phrase::DecisionAppLocker, lang, {joinList(commands, lang, 12)}));
    if (out.empty() && data.openAlerts == 0) out.push_back(phrase(Phrase::DecisionNothingOpen, lang));
    return out;
}

ReportSection buildRecommendationsSection(const ReportData& data, const ReportVocabulary& v, ReportLanguage lang) {
    ReportSection s{phrase(Phrase::Recommendations, lang), 2, {}};
    ReportBlock items{ReportBlock::Kind::Bullets};
    for (const auto& t : data.tasks)
        items.items.push_back(phrase(Phrase::RecRemoveTask, lang,
                                     {t.name, joinList(t.hosts, lang, 10), t.action.empty() ? "?" : t.action,
                                      t.runAs.empty() ? "?" : t.runAs}));
    if (const auto accounts = accountsToReset(data); !accounts.empty())
        items.items.push_back(phrase(Phrase::RecResetAccounts, lang, {joinList(accounts, lang, 20)}));
    if (const auto hosts = hostsWithHighAlerts(data); !hosts.empty())
        items.items.push_back(phrase(Phrase::RecIsolateHosts, lang, {joinList(hosts, lang, 20)}));
    if (const auto registry = indicatorValues(data, {"registry"}); !registry.empty())
        items.items.push_back(phrase(Phrase::RecRemoveRegistry, lang, {joinList(registry, lang, 10)}));
    if (const auto network = indicatorValues(data, {"ip", "url"}); !network.empty())
        items.items.push_back(phrase(Phrase::RecBlockNetwork, lang, {joinList(network, lang, 20)}));
    if (const auto commands = attackerCommands(data, v); !commands.empty())
        items.items.push_back(phrase(Phrase::RecAppLocker, lang, {joinList(commands, lang, 20)}));
    if (items.items.empty()) items.items.push_back(phrase(Phrase::RecNone, lang));
    s.blocks.push_back(items);
    return s;
}

}  // namespace hitome::core
