// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/event_search_index.h"

#include <sqlite3.h>

#include <algorithm>

#include "core/store/connection.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"

namespace hitome::core {
namespace {

constexpr const char* kMarkKey = "search_indexed_through";

Result<std::int64_t> readInt(Connection& conn, const char* sql) {
    Statement st(conn, sql);
    if (!st.valid()) return st.prepareError();
    auto r = st.step();
    if (!r) return r.error();
    return *r == Statement::Step::Row ? st.columnInt(0) : 0;
}

Status writeMark(Connection& conn, std::int64_t indexedThrough) {
    Statement st(conn,
                 "INSERT INTO case_info(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, std::string(kMarkKey)).bind(2, std::to_string(indexedThrough));
    return st.run();
}

Status indexRange(Connection& conn, std::int64_t after, std::int64_t through) {
    Statement st(conn,
                 "INSERT INTO events_fts(rowid, command_line, parent_command_line, image, target_object, details, "
                 "task_name, service_name, script_block_text, query_name, target_filename) "
                 "SELECT id, command_line, parent_command_line, image, target_object, details, task_name, "
                 "service_name, script_block_text, query_name, target_filename FROM events WHERE id > ? AND id <= ?");
    st.bind(1, after).bind(2, through);
    if (auto run = st.run(); !run) return run;
    return writeMark(conn, through);
}

}  // namespace

Result<SearchIndexState> readSearchIndexState(Connection& conn) {
    Statement st(conn, "SELECT CAST(value AS INTEGER) FROM case_info WHERE key = ?");
    st.bind(1, std::string(kMarkKey));
    auto r = st.step();
    if (!r) return r.error();
    const std::int64_t mark = *r == Statement::Step::Row ? st.columnInt(0) : 0;
    auto last = readInt(conn, "SELECT COALESCE(MAX(id), 0) FROM events");
    if (!last) return last.error();
    return SearchIndexState{mark, *last};
}

Status indexPendingEvents(Connection& conn, std::stop_token stop, const SearchIndexProgress& progress,
                          std::int64_t batchRows) {
    auto state = readSearchIndexState(conn);
    if (!state) return state.error();
    const std::int64_t total = state->pendingRows();
    std::int64_t mark = state->indexedThrough;
    const bool isEnclosed = sqlite3_get_autocommit(conn.handle()) == 0;
    while (mark < state->lastEventId) {
        if (stop.stop_requested()) return Error::make(ErrorCode::Cancelled, "search indexing stopped");
        const std::int64_t through = std::min(state->lastEventId, mark + std::max<std::int64_t>(1, batchRows));
        if (isEnclosed) {
            if (auto st = indexRange(conn, mark, through); !st) return st;
        } else {
            Transaction tx(conn);
            if (!tx.beginStatus()) return tx.beginStatus();
            if (auto st = indexRange(conn, mark, through); !st) return st;
            if (auto st = tx.commit(); !st) return st;
        }
        mark = through;
        if (progress) progress(total - (state->lastEventId - mark), total);
    }
    return {};
}

Status markAllEventsIndexed(Connection& conn) {
    auto last = readInt(conn, "SELECT COALESCE(MAX(id), 0) FROM events");
    if (!last) return last.error();
    return writeMark(conn, *last);
}

}  // namespace hitome::core
