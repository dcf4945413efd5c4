// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Stores events in batches: one prepared INSERT, a savepoint per ~5,000 rows
// (nested inside the import job's savepoint, so a failed import still rolls
// back whole). flush() writes the rest, fills the full-text index for the new
// rows, and derives processes, scheduled tasks and services from them.
// Single-threaded: the import's one writer thread owns it.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "core/model/win_event.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"
#include "core/util/result.h"

namespace hitome::core {

class Connection;
class EntityIds;

class EventWriter {
public:
    static constexpr std::size_t kBatchRows = 5000;

    EventWriter(Connection& conn, EntityIds& ids);
    ~EventWriter();
    EventWriter(const EventWriter&) = delete;
    EventWriter& operator=(const EventWriter&) = delete;

    Status add(const WinEvent& event, std::int64_t sourceId);
    // Commits the open batch and post-processes every event added since the
    // last flush (FTS, process trees, tasks, services).
    Status flush();

    // Forgets unflushed rows and cached ids; call after the caller rolled back.
    void discard();

    std::uint64_t liveCount() const { return m_live; }
    std::uint64_t recoveredCount() const { return m_recovered; }
    std::uint64_t processCount() const { return m_processes; }

private:
    Status beginBatchIfNeeded();
    Status commitBatch();
    Status postProcess(std::int64_t afterId);

    Connection& m_conn;
    EntityIds& m_ids;
    Statement m_insert;
    std::optional<Savepoint> m_batch;
    std::size_t m_batchRows = 0;
    std::optional<std::int64_t> m_firstUnflushedAfter;   // events.id before this writer's unflushed rows
    std::string m_lastComputer;
    std::optional<std::int64_t> m_lastHostId;
    std::uint64_t m_live = 0, m_recovered = 0, m_processes = 0;
};

}  // namespace hitome::core
