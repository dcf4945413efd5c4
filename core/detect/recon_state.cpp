// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/recon_state.h"

#include <string>
#include <unordered_map>
#include <vector>

#include "core/detect/detection_collector.h"
#include "core/store/statement.h"

namespace hitome::core {
namespace {

// In event order, as a run over every event observes them.
constexpr const char* kObservations =
    "SELECT r.event_id, r.host_id, e.computer, r.parent_key, r.parent_image, r.user, r.time, r.process_id,"
    " r.phase, r.command, r.technique FROM recon_commands r JOIN events e ON e.id = r.event_id"
    " ORDER BY r.event_id";

Result<std::vector<ReconObservation>> loadObservations(Connection& conn) {
    Statement st(conn, kObservations);
    if (!st.valid()) return st.prepareError();
    std::vector<ReconObservation> out;
    while (true) {
        auto step = st.step();
        if (!step) return step.error();
        if (*step == Statement::Step::Done) return out;
        if (st.isNull(3)) return Error::make(ErrorCode::Corrupt, "phase command stored without its parent");
        const auto phase = parseReconPhase(st.columnText(8));
        if (!phase) return Error::make(ErrorCode::Corrupt, "unknown phase stored: " + st.columnText(8));
        ReconObservation& o = out.emplace_back();
        o.eventId = st.columnInt(0);
        o.hostId = st.columnOptionalInt(1);
        o.host = st.columnText(2);
        o.parentKey = st.columnText(3);
        o.parentImage = st.columnText(4);
        o.user = st.columnText(5);
        o.time = st.columnInt(6);
        o.processId = st.columnOptionalInt(7);
        o.command = {*phase, st.columnText(9), st.columnText(10)};
    }
}

Result<std::unordered_map<std::string, std::string>> loadShells(Connection& conn) {
    Statement st(conn, "SELECT shell, parent_key FROM detection_shells");
    if (!st.valid()) return st.prepareError();
    std::unordered_map<std::string, std::string> out;
    while (true) {
        auto step = st.step();
        if (!step) return step.error();
        if (*step == Statement::Step::Done) return out;
        out.emplace(st.columnText(0), st.columnText(1));
    }
}

}  // namespace

Status loadReconState(Connection& conn, DetectionCollector& collector) {
    auto observations = loadObservations(conn);
    if (!observations) return observations.error();
    auto shells = loadShells(conn);
    if (!shells) return shells.error();
    collector.restore(std::move(*observations), std::move(*shells));
    return {};
}

}  // namespace hitome::core
