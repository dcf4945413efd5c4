// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/alert_table_query.h"

#include <algorithm>
#include <unordered_map>
#include <variant>

#include "core/store/statement.h"

namespace hitome::core {
namespace {

using Param = std::variant<std::int64_t, std::string>;

struct WhereClause {
    std::string sql;            // " WHERE ..." or empty
    std::vector<Param> params;
};

std::string likePattern(const std::string& text) {
    std::string out = "%";
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\') out += '\\';
        out += c;
    }
    return out + "%";
}

void addCondition(WhereClause& w, const std::string& condition) {
    w.sql += w.sql.empty() ? " WHERE " : " AND ";
    w.sql += condition;
}

WhereClause buildWhere(const AlertFilter& f, bool withTactic) {
    WhereClause w;
    if (withTactic && !f.tacticId.empty()) {
        addCondition(w, "a.id IN (SELECT alert_id FROM alert_tactics WHERE tactic_id = ?)");
        w.params.emplace_back(f.tacticId);
    }
    if (f.minSeverity) {
        addCondition(w, "a.severity >= ?");
        w.params.emplace_back(static_cast<std::int64_t>(*f.minSeverity));
    }
    if (!f.host.empty()) {
        addCondition(w, "a.host_id IN (SELECT id FROM hosts WHERE name = ?)");
        w.params.emplace_back(f.host);
    }
    if (!f.status.empty()) {
        addCondition(w, "a.status = ?");
        w.params.emplace_back(f.status);
    }
    if (!f.source.empty()) {
        addCondition(w, "a.provider = ?");
        w.params.emplace_back(f.source);
    }
    if (!f.text.empty()) {
        addCondition(w, "(a.title LIKE ? ESCAPE '\\' OR a.description LIKE ? ESCAPE '\\' OR a.category LIKE ? ESCAPE '\\')");
        for (int i = 0; i < 3; ++i) w.params.emplace_back(likePattern(f.text));
    }
    if (f.from) {
        addCondition(w, "a.first_event >= ?");
        w.params.emplace_back(*f.from);
    }
    if (f.to) {
        addCondition(w, "a.first_event < ?");
        w.params.emplace_back(*f.to);
    }
    return w;
}

void bindAll(Statement& st, const std::vector<Param>& params) {
    int i = 1;
    for (const auto& p : params) {
        if (const auto* n = std::get_if<std::int64_t>(&p)) st.bind(i++, *n);
        else st.bind(i++, std::get<std::string>(p));
    }
}

const char* sortExpression(AlertSortColumn c) {
    switch (c) {
    case AlertSortColumn::Time: return "a.first_event";
    case AlertSortColumn::Severity: return "a.severity";
    case AlertSortColumn::Title: return "a.title COLLATE NOCASE";
    case AlertSortColumn::Tactics: return "(SELECT min(tactic_id) FROM alert_tactics t WHERE t.alert_id = a.id)";
    case AlertSortColumn::Host: return "(SELECT name FROM hosts h WHERE h.id = a.host_id) COLLATE NOCASE";
    case AlertSortColumn::User: return "(SELECT name FROM users u WHERE u.id = a.user_id) COLLATE NOCASE";
    case AlertSortColumn::Status: return "a.status";
    case AlertSortColumn::Source: return "a.provider";
    }
    return "a.first_event";
}

}  // namespace

Result<std::vector<std::int64_t>> queryAlertIds(Connection& conn, const AlertFilter& filter, const AlertSort& sort) {
    WhereClause w = buildWhere(filter, true);
    const std::string dir = sort.isDescending ? " DESC" : " ASC";
    std::string sql = "SELECT a.id FROM alerts a" + w.sql + " ORDER BY " + sortExpression(sort.column) + dir +
                      ", a.id" + dir;
    Statement st(conn, sql);
    if (!st.valid()) return st.prepareError();
    bindAll(st, w.params);
    std::vector<std::int64_t> ids;
    for (;;) {
        auto r = st.step();
        if (!r) return r.error();
        if (*r == Statement::Step::Done) break;
        ids.push_back(st.columnInt(0));
    }
    return ids;
}

namespace {

constexpr std::size_t kMaxIdsPerStatement = 500;

constexpr const char* kRowColumns =
    "SELECT a.id, a.first_event, a.severity, a.title,"
    " (SELECT group_concat(tactic_id, ',') FROM alert_tactics t WHERE t.alert_id = a.id),"
    " h.name, CASE WHEN coalesce(u.domain, '') <> '' THEN u.domain || '\\' || u.name ELSE u.name END,"
    " a.status, a.classification, a.provider"
    " FROM alerts a LEFT JOIN hosts h ON h.id = a.host_id LEFT JOIN users u ON u.id = a.user_id";

AlertRow readRow(const Statement& st) {
    AlertRow r;
    r.id = st.columnInt(0);
    r.time = st.columnOptionalInt(1);
    r.severity = static_cast<int>(st.columnInt(2));
    r.title = st.columnText(3);
    r.tactics = st.columnText(4);
    r.host = st.columnText(5);
    r.user = st.columnText(6);
    r.status = st.columnText(7);
    r.classification = st.columnText(8);
    r.source = st.columnText(9);
    return r;
}

Status fetchRowBatch(Connection& conn, const std::int64_t* ids, std::size_t count,
                     std::unordered_map<std::int64_t, AlertRow>& out) {
    std::string sql = std::string(kRowColumns) + " WHERE a.id IN (";
    for (std::size_t i = 0; i < count; ++i) sql += i == 0 ? "?" : ",?";
    sql += ")";
    Statement st(conn, sql);
    if (!st.valid()) return st.prepareError();
    for (std::size_t i = 0; i < count; ++i) st.bind(static_cast<int>(i + 1), ids[i]);
    for (;;) {
        auto r = st.step();
        if (!r) return r.error();
        if (*r == Statement::Step::Done) return {};
        AlertRow row = readRow(st);
        out.emplace(row.id, std::move(row));
    }
}

template <typename F>
Status forEachRow(Statement& st, F&& onRow) {
    for (;;) {
        auto r = st.step();
        if (!r) return r.error();
        if (*r == Statement::Step::Done) return {};
        onRow(st);
    }
}

Result<std::vector<std::string>> distinctTexts(Connection& conn, const char* sql) {
    Statement st(conn, sql);
    if (!st.valid()) return st.prepareError();
    std::vector<std::string> out;
    if (auto s = forEachRow(st, [&](const Statement& s2) { out.push_back(s2.columnText(0)); }); !s) return s.error();
    return out;
}

}  // namespace

Result<std::vector<AlertRow>> queryAlertRows(Connection& conn, const std::vector<std::int64_t>& ids) {
    std::unordered_map<std::int64_t, AlertRow> byId;
    for (std::size_t i = 0; i < ids.size(); i += kMaxIdsPerStatement) {
        const std::size_t n = std::min(kMaxIdsPerStatement, ids.size() - i);
        if (auto s = fetchRowBatch(conn, ids.data() + i, n, byId); !s) return s.error();
    }
    std::vector<AlertRow> rows;
    rows.reserve(ids.size());
    for (std::int64_t id : ids) {
        auto it = byId.find(id);
        if (it != byId.end()) rows.push_back(it->second);
    }
    return rows;
}

Result<std::vector<TacticCount>> queryTacticCounts(Connection& conn, const AlertFilter& filter, int topN) {
    WhereClause w = buildWhere(filter, false);
    const std::string base = " FROM alert_tactics t JOIN alerts a ON a.id = t.alert_id" + w.sql;
    Statement st(conn, "SELECT t.tactic_id, count(*), max(a.severity)" + base + " GROUP BY t.tactic_id ORDER BY t.tactic_id");
    if (!st.valid()) return st.prepareError();
    bindAll(st, w.params);
    std::vector<TacticCount> counts;
    auto s = forEachRow(st, [&](const Statement& r) {
        counts.push_back({r.columnText(0), r.columnInt(1), static_cast<int>(r.columnInt(2)), {}});
    });
    if (!s) return s.error();
    Statement techniques(conn, "SELECT k.technique_id, count(*) FROM alert_tactics t JOIN alerts a ON a.id = t.alert_id"
                               " JOIN alert_techniques k ON k.alert_id = a.id" +
                                   (w.sql.empty() ? std::string(" WHERE ") : w.sql + " AND ") +
                                   "t.tactic_id = ? GROUP BY k.technique_id ORDER BY count(*) DESC, k.technique_id LIMIT ?");
    if (!techniques.valid()) return techniques.prepareError();
    for (auto& c : counts) {
        techniques.reset();
        bindAll(techniques, w.params);
        const int n = static_cast<int>(w.params.size());
        techniques.bind(n + 1, c.tacticId).bind(n + 2, static_cast<std::int64_t>(topN));
        s = forEachRow(techniques, [&](const Statement& r) { c.topTechniques.emplace_back(r.columnText(0), r.columnInt(1)); });
        if (!s) return s.error();
    }
    return counts;
}

Result<std::vector<std::string>> queryAlertHosts(Connection& conn) {
    return distinctTexts(conn, "SELECT DISTINCT h.name FROM alerts a JOIN hosts h ON h.id = a.host_id ORDER BY h.name COLLATE NOCASE");
}

Result<std::vector<std::string>> queryAlertSources(Connection& conn) {
    return distinctTexts(conn, "SELECT DISTINCT provider FROM alerts ORDER BY provider");
}

}  // namespace hitome::core
