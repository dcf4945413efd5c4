// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns process evidence into process rows with parent links. A process is
// the same instance when host + pid match and the start times are within a
// second (sources round differently), or, when a start time is missing on
// either side, host + pid + image file name. Parents become rows too, so a
// grandparent seen as another evidence's parent joins the chain, and
// children named in other evidence hang under the process.
//
// Speed: most evidence names processes the case has never seen. The pids each
// host already has are loaded once per host and file (EvidenceProcessIndex);
// a pid not among them is looked up in memory, any other in SQLite. Found
// rows say which fields are still empty, so nothing is updated in vain.

#include <cstdint>
#include <optional>
#include "core/model/alert.h"
#include "core/store/evidence_process_index.h"
#include "core/store/statement.h"
#include "core/util/result.h"

namespace hitome::core {

class Connection;

class AlertProcessLinker {
public:
    explicit AlertProcessLinker(Connection& conn);

    // Finds or creates the process (and its parent when given); returns the
    // process row id. `sourceId` is recorded on rows it creates.
    Result<std::int64_t> link(std::int64_t hostId, const ProcessInfo& process, const ProcessInfo* parent,
                              std::optional<std::int64_t> sourceId);
    std::uint64_t createdCount() const { return m_created; }
    // Forgets the pids kept in memory: other writers (event import) may have
    // added processes since. Call at the start of each file.
    void forgetKnownPids();

private:
    // A row found for a ProcessInfo and which of its fields are still empty.
    struct FoundRow {
        std::int64_t id = 0;
        bool needsFill = false;
        bool hasParentId = false, hasParentPid = false;
    };

    Status loadHostPids(std::int64_t hostId);
    Result<std::optional<FoundRow>> find(std::int64_t hostId, const ProcessInfo& p);
    Result<std::optional<FoundRow>> findInCase(std::int64_t hostId, const ProcessInfo& p);
    Result<std::optional<FoundRow>> firstRow(Statement& st, const ProcessInfo& p);
    Result<std::int64_t> upsert(std::int64_t hostId, const ProcessInfo& p, std::optional<std::int64_t> sourceId);
    Result<std::int64_t> insert(std::int64_t hostId, const ProcessInfo& p, std::optional<std::int64_t> parentId,
                                std::optional<std::int64_t> parentPid, std::optional<std::int64_t> sourceId);
    Status fill(std::int64_t hostId, std::int64_t id, const ProcessInfo& p);
    Status setParent(std::int64_t hostId, std::int64_t childId, const ProcessInfo& child, std::int64_t parentId,
                     const ProcessInfo& parent);

    Connection& m_conn;
    Statement m_findByTime, m_findByImage, m_findByImageUntimed, m_insert, m_fill, m_setParent, m_hostPids;
    EvidenceProcessIndex m_index;
    std::uint64_t m_created = 0;
};

}  // namespace hitome::core
