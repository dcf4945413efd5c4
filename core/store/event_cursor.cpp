// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/event_cursor.h"

#include "core/store/event_sql_filter.h"

namespace hitome::core {
namespace {

std::string cursorSql(const EventFilter& filter, const SqlWhere& where) {
    std::string sql = std::string("SELECT ") + kStoredEventColumns + " FROM events e" + where.clause + " ORDER BY e.id";
    if (filter.limit > 0) sql += " LIMIT " + std::to_string(filter.limit);
    return sql;
}

}  // namespace

EventCursor::EventCursor(Connection& conn, const EventFilter& filter) : EventCursor(conn, filter, buildEventWhere(conn, filter)) {}

// The clause is built once: its parameters depend on how far the search
// index is built, which another connection may change meanwhile.
EventCursor::EventCursor(Connection& conn, const EventFilter& filter, const SqlWhere& where)
    : m_stmt(conn, cursorSql(filter, where)) {
    if (!m_stmt.valid()) {
        m_status = m_stmt.prepareError();
        m_done = true;
        return;
    }
    where.bindTo(m_stmt);
}

bool EventCursor::next(StoredEvent& out) {
    if (m_done) return false;
    auto r = m_stmt.step();
    if (!r) {
        m_status = r.error();
        m_done = true;
        return false;
    }
    if (*r == Statement::Step::Done) {
        m_done = true;
        return false;
    }
    readStoredEvent(m_stmt, out);
    ++m_rows;
    return true;
}

}  // namespace hitome::core
