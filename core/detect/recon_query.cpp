// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/recon_query.h"

#include "core/store/statement.h"

namespace hitome::core {

namespace {

// COALESCE: a host row when linked, else the computer the event named.
constexpr const char* kQuery =
    "SELECT COALESCE(h.name, e.computer, '') AS host, r.phase, r.command, COALESCE(r.technique, ''),"
    " COUNT(*), MIN(r.time), MAX(r.time)"
    " FROM recon_commands r JOIN events e ON e.id = r.event_id LEFT JOIN hosts h ON h.id = r.host_id"
    " GROUP BY host, r.phase, r.command"
    " ORDER BY host COLLATE NOCASE,"
    " CASE r.phase WHEN 'initial-recon' THEN 0 WHEN 'exploration' THEN 1 ELSE 2 END, COUNT(*) DESC, r.command";

}  // namespace

Result<std::vector<ReconHostSummary>> reconByHost(Connection& conn) {
    Statement st(conn, kQuery);
    if (!st.valid()) return st.prepareError();
    std::vector<ReconHostSummary> out;
    while (true) {
        auto step = st.step();
        if (!step) return step.error();
        if (*step == Statement::Step::Done) break;
        const std::string host = st.columnText(0), phase = st.columnText(1);
        if (out.empty() || out.back().host != host) out.push_back({host, {}});
        auto& phases = out.back().phases;
        if (phases.empty() || phases.back().phase != phase) phases.push_back({phase, {}});
        phases.back().commands.push_back(
            {st.columnText(2), st.columnText(3), st.columnInt(4), st.columnInt(5), st.columnInt(6)});
    }
    return out;
}

}  // namespace hitome::core
