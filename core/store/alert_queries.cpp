// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/alert_queries.h"

#include <algorithm>

#include "core/store/statement.h"
#include "core/util/text.h"

namespace hitome::core {
namespace {

constexpr const char* kListSql =
    "SELECT a.id, a.provider, a.external_id, a.title, a.category, a.status, a.rule_id, a.incident_id, h.name, "
    "CASE WHEN u.id IS NULL THEN NULL WHEN u.domain = '' THEN u.name ELSE u.domain || '\\' || u.name END, "
    "a.severity, a.first_event, a.last_event, a.process_id, "
    "(SELECT group_concat(tactic_id, ',') FROM alert_tactics t WHERE t.alert_id = a.id), "
    "(SELECT group_concat(technique_id, ',') FROM alert_techniques q WHERE q.alert_id = a.id), a.hit_count "
    "FROM alerts a LEFT JOIN hosts h ON h.id = a.host_id LEFT JOIN users u ON u.id = a.user_id "
    "WHERE (?1 = '' OR EXISTS (SELECT 1 FROM alert_tactics t WHERE t.alert_id = a.id AND t.tactic_id = ?1)) "
    "AND (?2 IS NULL OR a.severity = ?2) AND (?3 = '' OR h.name = ?3 COLLATE NOCASE) "
    "ORDER BY a.first_event IS NULL, a.first_event, a.id";

std::vector<std::string> sortedList(const std::string& csv) {
    std::vector<std::string> out;
    for (auto part : split(csv, ','))
        if (!part.empty()) out.emplace_back(part);
    std::sort(out.begin(), out.end(), [](const std::string& a, const std::string& b) {
        if ((a == "other") != (b == "other")) return b == "other";
        return a < b;
    });
    return out;
}

}  // namespace

Result<std::vector<AlertListItem>> listAlerts(Connection& conn, const AlertListFilter& filter) {
    Statement st(conn, kListSql);
    if (!st.valid()) return st.prepareError();
    st.bind(1, filter.tacticId).bind(3, filter.host);
    if (filter.severity) st.bind(2, *filter.severity);
    else st.bindNull(2);
    std::vector<AlertListItem> out;
    for (;;) {
        auto step = st.step();
        if (!step) return step.error();
        if (*step == Statement::Step::Done) break;
        AlertListItem a;
        a.id = st.columnInt(0);
        a.provider = st.columnText(1);
        a.externalId = st.columnText(2);
        a.title = st.columnText(3);
        a.category = st.columnText(4);
        a.status = st.columnText(5);
        a.ruleId = st.columnText(6);
        a.incidentId = st.columnText(7);
        a.host = st.columnText(8);
        a.user = st.columnText(9);
        a.severity = static_cast<int>(st.columnInt(10));
        a.firstSeen = st.columnOptionalInt(11);
        a.lastSeen = st.columnOptionalInt(12);
        a.processId = st.columnOptionalInt(13);
        a.tactics = sortedList(st.columnText(14));
        a.techniques = sortedList(st.columnText(15));
        a.hitCount = st.columnInt(16);
        out.push_back(std::move(a));
    }
    return out;
}

}  // namespace hitome::core
