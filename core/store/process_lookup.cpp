// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/process_lookup.h"

#include <string>

#include "core/store/connection.h"
#include "core/store/statement.h"
#include "core/util/text.h"

namespace hitome::core {

Result<std::int64_t> findProcessByGuid(Connection& conn, std::string_view raw) {
    std::string guid(trim(raw));
    if (!guid.empty() && guid.front() != '{' && guid.rfind("mde:", 0) != 0) guid = "{" + guid + "}";
    // Prefer a row with a start time (a real creation) over a parent-only row.
    Statement st(conn, "SELECT id FROM processes WHERE guid = ? COLLATE NOCASE ORDER BY start_time IS NULL, id LIMIT 1");
    st.bind(1, guid);
    auto r = st.step();
    if (!r) return r.error();
    if (*r != Statement::Step::Row) return Error::make(ErrorCode::NotFound, "no process with GUID " + guid);
    return st.columnInt(0);
}

Result<std::int64_t> findProcessByHostPid(Connection& conn, std::string_view host, std::int64_t pid,
                                          std::optional<Ticks> at) {
    Statement st(conn,
                 "SELECT p.id FROM processes p JOIN hosts h ON h.id = p.host_id "
                 "WHERE h.name = ?1 COLLATE NOCASE AND p.pid = ?2 AND (?3 IS NULL OR p.start_time IS NULL OR p.start_time <= ?3) "
                 "ORDER BY p.start_time IS NULL, p.start_time DESC, p.id DESC LIMIT 1");
    st.bind(1, host).bind(2, pid).bindOptional(3, at);
    auto r = st.step();
    if (!r) return r.error();
    if (*r != Statement::Step::Row)
        return Error::make(ErrorCode::NotFound, "no process with pid " + std::to_string(pid) + " on host " + std::string(host));
    return st.columnInt(0);
}

}  // namespace hitome::core
