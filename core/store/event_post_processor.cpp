// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/event_post_processor.h"

#include "core/store/connection.h"
#include "core/store/process_builder.h"
#include "core/store/service_extractor.h"
#include "core/store/statement.h"
#include "core/store/task_extractor.h"

namespace hitome::core {
namespace {

Status updateHostsSeen(Connection& conn, std::int64_t afterId) {
    Statement st(conn,
                 "UPDATE hosts SET first_seen = MIN(COALESCE(first_seen, s.lo), s.lo), "
                 "last_seen = MAX(COALESCE(last_seen, s.hi), s.hi) "
                 "FROM (SELECT host_id, MIN(time) AS lo, MAX(time) AS hi FROM events WHERE id > ? AND time > 0 "
                 "GROUP BY host_id) AS s WHERE hosts.id = s.host_id");
    st.bind(1, afterId);
    return st.run();
}

std::int64_t maxProcessId(Connection& conn) {
    Statement st(conn, "SELECT COALESCE(MAX(id), 0) FROM processes");
    auto r = st.step();
    return (r && *r == Statement::Step::Row) ? st.columnInt(0) : 0;
}

Result<DerivedCounts> processesCreatedAfter(Connection& conn, std::int64_t afterProcessId) {
    Statement st(conn, "SELECT source_id, COUNT(*) FROM processes WHERE id > ? GROUP BY source_id");
    st.bind(1, afterProcessId);
    DerivedCounts out;
    while (true) {
        auto r = st.step();
        if (!r) return r.error();
        if (*r == Statement::Step::Done) return out;
        out.processesBySource.emplace_back(st.columnInt(0), static_cast<std::uint64_t>(st.columnInt(1)));
    }
}

}  // namespace

Result<DerivedCounts> postProcessEvents(Connection& conn, std::int64_t afterId, std::stop_token stop) {
    const std::int64_t processesBefore = maxProcessId(conn);
    auto cancelled = [&] { return Error::make(ErrorCode::Cancelled, "import cancelled"); };
    if (auto st = updateHostsSeen(conn, afterId); !st) return st.error();
    ProcessBuilder builder(conn);
    if (auto processes = builder.build(afterId); !processes) return processes.error();
    if (stop.stop_requested()) return cancelled();
    if (auto st = extractTasks(conn, afterId); !st) return st.error();
    if (auto st = extractServices(conn, afterId); !st) return st.error();
    if (stop.stop_requested()) return cancelled();
    return processesCreatedAfter(conn, processesBefore);
}

}  // namespace hitome::core
