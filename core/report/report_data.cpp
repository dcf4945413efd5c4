// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/report_data.h"

#include <algorithm>
#include <filesystem>
#include <unordered_map>

#include "core/report/report_indicators.h"
#include "core/store/connection.h"
#include "core/store/statement.h"

namespace hitome::core {
namespace {

constexpr const char* kAlertsSql = R"SQL(
SELECT a.id, a.title, coalesce(a.description, ''), a.severity, a.status, coalesce(a.classification, ''),
       coalesce(a.category, ''), a.provider, coalesce(a.rule_id, ''), coalesce(h.name, ''),
       coalesce(CASE WHEN u.domain = '' THEN u.name ELSE u.domain || '\' || u.name END, ''), a.first_event,
       coalesce(p.command_line, '')
FROM alerts a
LEFT JOIN hosts h ON h.id = a.host_id
LEFT JOIN users u ON u.id = a.user_id
LEFT JOIN processes p ON p.id = a.process_id
WHERE (?1 IS NULL OR a.first_event >= ?1) AND (?2 IS NULL OR a.first_event <= ?2)
ORDER BY a.first_event, a.id
)SQL";

Status loadAlerts(Connection& conn, const ReportOptions& options, ReportData& data) {
    Statement st(conn, kAlertsSql);
    st.bindOptional(1, options.since).bindOptional(2, options.until);
    for (;;) {
        auto r = st.step();
        if (!r) return r.error();
        if (*r == Statement::Step::Done) break;
        ReportAlert a;
        a.id = st.columnInt(0);
        a.title = st.columnText(1);
        a.description = st.columnText(2);
        a.severity = static_cast<Severity>(std::clamp<std::int64_t>(st.columnInt(3), 0, 3));
        a.status = st.columnText(4);
        a.classification = st.columnText(5);
        a.category = st.columnText(6);
        a.provider = st.columnText(7);
        a.ruleId = st.columnText(8);
        a.host = st.columnText(9);
        a.user = st.columnText(10);
        a.firstSeen = st.columnOptionalInt(11);
        if (auto cmd = st.columnText(12); !cmd.empty()) a.commandLines.push_back(std::move(cmd));
        data.alerts.push_back(std::move(a));
    }
    return {};
}

// Runs `sql` (alert_id, text) and hands each row to `apply` for its alert.
template <typename Apply>
Status forEachAlertRow(Connection& conn, const char* sql, std::unordered_map<std::int64_t, ReportAlert*>& byId,
                       Apply apply) {
    Statement st(conn, sql);
    for (;;) {
        auto r = st.step();
        if (!r) return r.error();
        if (*r == Statement::Step::Done) return {};
        const auto it = byId.find(st.columnInt(0));
        if (it != byId.end()) apply(*it->second, st);
    }
}

Status loadAlertDetails(Connection& conn, ReportData& data) {
    std::unordered_map<std::int64_t, ReportAlert*> byId;
    for (auto& a : data.alerts) byId[a.id] = &a;
    auto st = forEachAlertRow(conn, "SELECT alert_id, tactic_id FROM alert_tactics ORDER BY alert_id, tactic_id", byId,
                              [](ReportAlert& a, Statement& s) { a.tacticIds.push_back(s.columnText(1)); });
    if (!st) return st;
    st = forEachAlertRow(conn, "SELECT alert_id, technique_id FROM alert_techniques ORDER BY alert_id, technique_id",
                         byId, [](ReportAlert& a, Statement& s) { a.techniqueIds.push_back(s.columnText(1)); });
    if (!st) return st;
    st = forEachAlertRow(conn,
                         "SELECT alert_id, command_line FROM evidence WHERE command_line IS NOT NULL AND "
                         "command_line <> '' ORDER BY id",
                         byId, [](ReportAlert& a, Statement& s) {
                             auto cmd = s.columnText(1);
                             if (std::find(a.commandLines.begin(), a.commandLines.end(), cmd) == a.commandLines.end())
                                 a.commandLines.push_back(std::move(cmd));
                         });
    if (!st) return st;
    return forEachAlertRow(conn,
                           "SELECT alert_id, text, author, created FROM notes WHERE alert_id IS NOT NULL ORDER BY "
                           "created, id",
                           byId, [](ReportAlert& a, Statement& s) {
                               a.notes.push_back({s.columnInt(3), s.columnText(2), s.columnText(1)});
                           });
}

Status loadCaseNotes(Connection& conn, ReportData& data) {
    Statement st(conn, "SELECT created, author, text FROM notes WHERE alert_id IS NULL ORDER BY created, id");
    for (;;) {
        auto r = st.step();
        if (!r) return r.error();
        if (*r == Statement::Step::Done) return {};
        data.caseNotes.push_back({st.columnInt(0), st.columnText(1), st.columnText(2)});
    }
}

std::string caseInfo(Connection& conn, const char* key) {
    Statement st(conn, "SELECT value FROM case_info WHERE key = ?");
    st.bind(1, key);
    auto r = st.step();
    return r && *r == Statement::Step::Row ? st.columnText(0) : std::string();
}

void summarise(ReportData& data) {
    std::map<std::string, int> perHost;
    std::map<std::string, int> perUser;
    for (const auto& a : data.alerts) {
        for (const auto& t : a.tacticIds) {
            ++data.alertsPerTactic[t];
            auto [it, isNew] = data.worstPerTactic.emplace(t, a.severity);
            if (!isNew && a.severity > it->second) it->second = a.severity;
        }
        if (!a.host.empty()) ++perHost[a.host];
        if (!a.user.empty()) ++perUser[a.user];
        if (a.status != "resolved") ++data.openAlerts;
        if (a.severity == Severity::High) ++data.highAlerts;
        if (a.firstSeen) {
            if (!data.periodStart || *a.firstSeen < *data.periodStart) data.periodStart = a.firstSeen;
            if (!data.periodEnd || *a.firstSeen > *data.periodEnd) data.periodEnd = a.firstSeen;
        }
    }
    data.hostsBySeverityCount = perHost;
    for (const auto& [h, n] : perHost) data.hosts.push_back(h);
    std::stable_sort(data.hosts.begin(), data.hosts.end(),
                     [&](const std::string& x, const std::string& y) { return perHost[x] > perHost[y]; });
    for (const auto& [u, n] : perUser) data.users.push_back(u);
}

}  // namespace

Result<ReportData> collectReportData(Connection& conn, const ReportOptions& options) {
    ReportData data;
    data.caseName = conn.path().filename().string();
    data.caseTitle = caseInfo(conn, "title");
    data.author = caseInfo(conn, "author");
    data.generatedAt = nowTicks();
    if (auto st = loadAlerts(conn, options, data); !st) return st.error();
    if (auto st = loadAlertDetails(conn, data); !st) return st.error();
    if (auto st = loadCaseNotes(conn, data); !st) return st.error();
    summarise(data);
    if (auto st = loadIndicators(conn, options, data); !st) return st.error();
    return data;
}

}  // namespace hitome::core
