// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/analyst_work.h"

#include <array>

#include "core/store/statement.h"

namespace hitome::core {
namespace {

Status runUpdate(Connection& conn, const char* sql, std::string_view value, std::int64_t id, const char* what) {
    Statement st(conn, sql);
    if (!st.valid()) return st.prepareError();
    if (value.empty()) st.bindNull(1);
    else st.bind(1, value);
    st.bind(2, id);
    if (auto s = st.run(); !s) return s;
    if (conn.changes() == 0) return Error::make(ErrorCode::NotFound, std::string("no ") + what + " " + std::to_string(id));
    return {};
}

Note readNote(const Statement& st) {
    Note n;
    n.id = st.columnInt(0);
    n.alertId = st.columnOptionalInt(1);
    n.author = st.columnText(2);
    n.created = st.columnInt(3);
    n.modified = st.columnInt(4);
    n.text = st.columnText(5);
    return n;
}

}  // namespace

bool isValidAlertStatus(std::string_view status) {
    constexpr std::array<std::string_view, 3> kStatuses{"new", "inProgress", "resolved"};
    for (auto s : kStatuses)
        if (s == status) return true;
    return false;
}

bool isValidClassification(std::string_view classification) {
    constexpr std::array<std::string_view, 4> kValues{"", "truePositive", "falsePositive", "benign"};
    for (auto s : kValues)
        if (s == classification) return true;
    return false;
}

Status setAlertStatus(Connection& conn, std::int64_t alertId, std::string_view status) {
    if (!isValidAlertStatus(status)) return Error::make(ErrorCode::Usage, "unknown alert status '" + std::string(status) + "'");
    return runUpdate(conn, "UPDATE alerts SET status = ? WHERE id = ?", status, alertId, "alert");
}

Status setAlertClassification(Connection& conn, std::int64_t alertId, std::string_view classification) {
    if (!isValidClassification(classification))
        return Error::make(ErrorCode::Usage, "unknown classification '" + std::string(classification) + "'");
    return runUpdate(conn, "UPDATE alerts SET classification = ? WHERE id = ?", classification, alertId, "alert");
}

Result<std::int64_t> addNote(Connection& conn, std::optional<std::int64_t> alertId, std::string_view text,
                             std::string_view author) {
    Statement st(conn, "INSERT INTO notes(alert_id, author, created, modified, text) VALUES(?, ?, ?, ?, ?)");
    if (!st.valid()) return st.prepareError();
    const Ticks now = nowTicks();
    st.bindOptional(1, alertId).bind(2, author).bind(3, now).bind(4, now).bind(5, text);
    if (auto s = st.run(); !s) {
        if (alertId) return Error::make(ErrorCode::NotFound, "no alert " + std::to_string(*alertId));
        return s.error();
    }
    return conn.lastInsertRowId();
}

Status editNote(Connection& conn, std::int64_t noteId, std::string_view text) {
    Statement st(conn, "UPDATE notes SET text = ?, modified = ? WHERE id = ?");
    if (!st.valid()) return st.prepareError();
    st.bind(1, text).bind(2, nowTicks()).bind(3, noteId);
    if (auto s = st.run(); !s) return s;
    if (conn.changes() == 0) return Error::make(ErrorCode::NotFound, "no note " + std::to_string(noteId));
    return {};
}

Status deleteNote(Connection& conn, std::int64_t noteId) {
    Statement st(conn, "DELETE FROM notes WHERE id = ?");
    if (!st.valid()) return st.prepareError();
    st.bind(1, noteId);
    if (auto s = st.run(); !s) return s;
    if (conn.changes() == 0) return Error::make(ErrorCode::NotFound, "no note " + std::to_string(noteId));
    return {};
}

Result<std::vector<Note>> notesFor(Connection& conn, std::optional<std::int64_t> alertId) {
    const char* sql = alertId ? "SELECT id, alert_id, author, created, modified, text FROM notes WHERE alert_id = ? ORDER BY created, id"
                              : "SELECT id, alert_id, author, created, modified, text FROM notes WHERE alert_id IS NULL ORDER BY created, id";
    Statement st(conn, sql);
    if (!st.valid()) return st.prepareError();
    if (alertId) st.bind(1, *alertId);
    std::vector<Note> out;
    for (;;) {
        auto r = st.step();
        if (!r) return r.error();
        if (*r == Statement::Step::Done) break;
        out.push_back(readNote(st));
    }
    return out;
}

}  // namespace hitome::core
