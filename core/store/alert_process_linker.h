// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns process evidence into process rows with parent links. A process is
// the same instance when host + pid match and the start times are within a
// second (sources round differently), or, when a start time is missing on
// either side, host + pid + image file name. Parents become rows too, so a
// grandparent seen as another evidence's parent joins the chain, and
// children named in other evidence hang under the process.

#include <cstdint>
#include <optional>

#include "core/model/alert.h"
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

private:
    Result<std::optional<std::int64_t>> find(std::int64_t hostId, const ProcessInfo& p);
    Result<std::int64_t> upsert(std::int64_t hostId, const ProcessInfo& p, std::optional<std::int64_t> sourceId);
    Status setParent(std::int64_t childId, std::int64_t parentId, const ProcessInfo& parent);

    Connection& m_conn;
    Statement m_findByTime, m_findByImage, m_findByImageUntimed, m_insert, m_fill, m_setParent;
    std::uint64_t m_created = 0;
};

}  // namespace hitome::core
