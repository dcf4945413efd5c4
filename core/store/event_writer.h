// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Stores events in batches: one prepared INSERT reused for every row, a
// savepoint per ~20,000 rows when no transaction encloses the writer (inside
// an import job its savepoint already makes the rows all-or-nothing). commitRows() ends a file's rows;
// flush() derives processes, scheduled tasks and services from them, once
// for the whole import (set-based SQL over all new rows, not per file).
// Single-threaded: the import's one writer thread owns it.

#include <cstdint>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <utility>
#include <vector>

#include "core/model/win_event.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"
#include "core/util/result.h"
#include "core/store/prepared_event.h"

namespace hitome::core {

class Connection;
class EntityIds;

class EventWriter {
public:
    static constexpr std::size_t kBatchRows = 20000;

    EventWriter(Connection& conn, EntityIds& ids);
    ~EventWriter();
    EventWriter(const EventWriter&) = delete;
    EventWriter& operator=(const EventWriter&) = delete;

    Status add(const WinEvent& event, std::int64_t sourceId);
    // Same, with the columns and JSON already computed (on a reader's worker thread).
    Status add(const PreparedEvent& event, std::int64_t sourceId);
    // Commits the open batch; derived entities wait for flush().
    Status commitRows();
    // Commits the open batch and post-processes every event added since the
    // last flush (FTS, process trees, tasks, services). Cancelled between
    // steps when `stop` is requested.
    Status flush(std::stop_token stop = {});

    // Forgets unflushed rows and cached ids; call after the caller rolled back.
    void discard();

    std::uint64_t liveCount() const { return m_live; }
    std::uint64_t recoveredCount() const { return m_recovered; }
    std::uint64_t processCount() const { return m_processes; }
    // Processes the last flush() created, per source id.
    const std::vector<std::pair<std::int64_t, std::uint64_t>>& processesBySource() const { return m_bySource; }

private:
    Status insertRow(const WinEvent& e, const EventColumns& columns, const std::string& dataJson, std::int64_t sourceId);
    Status beginBatchIfNeeded();
    Status commitBatch();

    Connection& m_conn;
    EntityIds& m_ids;
    Statement m_insert;
    std::optional<Savepoint> m_batch;   // only when no transaction encloses the writer
    bool m_hasBatch = false;
    std::size_t m_batchRows = 0;
    std::optional<std::int64_t> m_firstUnflushedAfter;   // events.id before this writer's unflushed rows
    std::string m_lastComputer;
    std::optional<std::int64_t> m_lastHostId;
    std::uint64_t m_live = 0, m_recovered = 0, m_processes = 0;
    std::vector<std::pair<std::int64_t, std::uint64_t>> m_bySource;
};

}  // namespace hitome::core
