// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/event_post_processor.h"

#include "core/store/connection.h"
#include "core/store/process_builder.h"
#include "core/store/service_extractor.h"
#include "core/store/statement.h"
#include "core/store/task_extractor.h"

namespace hitome::core {
namespace {

Status indexFullText(Connection& conn, std::int64_t afterId) {
    Statement st(conn,
                 "INSERT INTO events_fts(rowid, command_line, parent_command_line, image, target_object, details, "
                 "task_name, service_name, script_block_text, query_name, target_filename) "
                 "SELECT id, command_line, parent_command_line, image, target_object, details, task_name, "
                 "service_name, script_block_text, query_name, target_filename FROM events WHERE id > ?");
    st.bind(1, afterId);
    return st.run();
}

Status updateHostsSeen(Connection& conn, std::int64_t afterId) {
    Statement st(conn,
                 "UPDATE hosts SET first_seen = MIN(COALESCE(first_seen, s.lo), s.lo), "
                 "last_seen = MAX(COALESCE(last_seen, s.hi), s.hi) "
                 "FROM (SELECT host_id, MIN(time) AS lo, MAX(time) AS hi FROM events WHERE id > ? AND time > 0 "
                 "GROUP BY host_id) AS s WHERE hosts.id = s.host_id");
    st.bind(1, afterId);
    return st.run();
}

}  // namespace

Result<std::uint64_t> postProcessEvents(Connection& conn, std::int64_t afterId) {
    if (auto st = indexFullText(conn, afterId); !st) return st.error();
    if (auto st = updateHostsSeen(conn, afterId); !st) return st.error();
    ProcessBuilder builder(conn);
    auto processes = builder.build(afterId);
    if (!processes) return processes.error();
    if (auto st = extractTasks(conn, afterId); !st) return st.error();
    if (auto st = extractServices(conn, afterId); !st) return st.error();
    return *processes;
}

}  // namespace hitome::core
