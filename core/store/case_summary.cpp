// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/case_summary.h"

#include "core/store/statement.h"

namespace hitome::core {
namespace {

Result<std::int64_t> scalar(Connection& conn, const char* sql) {
    Statement st(conn, sql);
    if (!st.valid()) return st.prepareError();
    auto step = st.step();
    if (!step) return step.error();
    return *step == Statement::Step::Row ? st.columnInt(0) : 0;
}

Result<std::vector<std::pair<std::string, std::int64_t>>> pairs(Connection& conn, const char* sql) {
    Statement st(conn, sql);
    if (!st.valid()) return st.prepareError();
    std::vector<std::pair<std::string, std::int64_t>> out;
    for (;;) {
        auto step = st.step();
        if (!step) return step.error();
        if (*step == Statement::Step::Done) return out;
        out.emplace_back(st.columnText(0), st.columnInt(1));
    }
}

}  // namespace

Result<CaseSummary> summarizeCase(Connection& conn) {
    CaseSummary s;
    struct Count {
        std::int64_t* target;
        const char* sql;
    };
    const Count counts[] = {
        {&s.alerts, "SELECT count(*) FROM alerts"},
        {&s.events, "SELECT count(*) FROM events WHERE recovered = 0"},
        {&s.recoveredEvents, "SELECT count(*) FROM events WHERE recovered <> 0"},
        {&s.processes, "SELECT count(*) FROM processes"},
        {&s.hosts, "SELECT count(*) FROM hosts"},
        {&s.users, "SELECT count(*) FROM users"},
        {&s.sources, "SELECT count(*) FROM sources"},
    };
    for (const auto& c : counts) {
        auto v = scalar(conn, c.sql);
        if (!v) return v.error();
        *c.target = *v;
    }
    auto tactics = pairs(conn, "SELECT tactic_id, count(DISTINCT alert_id) FROM alert_tactics GROUP BY tactic_id");
    if (!tactics) return tactics.error();
    for (auto& [id, n] : *tactics) s.alertsPerTactic[id] = n;
    auto hosts = pairs(conn,
                       "SELECT h.name, count(*) FROM alerts a JOIN hosts h ON h.id = a.host_id GROUP BY h.id "
                       "ORDER BY count(*) DESC, h.name");
    if (!hosts) return hosts.error();
    s.hostAlerts = std::move(*hosts);
    auto users = pairs(conn,
                       "SELECT CASE WHEN u.domain = '' THEN u.name ELSE u.domain || '\\' || u.name END, count(*) "
                       "FROM alerts a JOIN users u ON u.id = a.user_id GROUP BY u.id ORDER BY count(*) DESC, 1");
    if (!users) return users.error();
    s.userAlerts = std::move(*users);
    Statement range(conn,
                    "SELECT min(t), max(t) FROM (SELECT min(first_event) AS t FROM alerts UNION ALL "
                    "SELECT max(coalesce(last_event, first_event)) FROM alerts UNION ALL SELECT min(time) FROM events "
                    "UNION ALL SELECT max(time) FROM events)");
    if (!range.valid()) return range.prepareError();
    auto step = range.step();
    if (!step) return step.error();
    if (*step == Statement::Step::Row) {
        s.firstTime = range.columnOptionalInt(0);
        s.lastTime = range.columnOptionalInt(1);
    }
    return s;
}

}  // namespace hitome::core
