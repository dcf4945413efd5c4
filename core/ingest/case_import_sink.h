// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The ImportSink over a case: alerts go to AlertWriter, events to
// EventWriter, warnings are collected per file. The import job points it at
// each file's source row in turn and calls finishFile() after each file, then
// finishImport() once: events' derived entities (full-text index, process
// trees, tasks, services) are built once for the whole import.
// Single-threaded (the import's writer thread).

#include <cstdint>
#include <memory>
#include <optional>
#include <stop_token>
#include <utility>
#include <vector>

#include "core/ingest/import_sink.h"
#include "core/store/alert_writer.h"

namespace hitome::core {

class Connection;
class EntityIds;
class EventWriter;

struct FileCounts {
    std::uint64_t alertsAdded = 0;
    std::uint64_t alertsMerged = 0;     // already in the case: new evidence merged, nothing else
    std::uint64_t evidenceAdded = 0;
    std::uint64_t events = 0;           // live records
    std::uint64_t recoveredEvents = 0;  // carved from slack space
    std::uint64_t processes = 0;
    std::uint64_t warnings = 0;
};

class CaseImportSink : public ImportSink {
public:
    static constexpr std::size_t kMaxKeptWarnings = 100;

    CaseImportSink(Connection& conn, EntityIds& ids, const AttackCatalog* catalog);
    ~CaseImportSink() override;

    void beginFile(std::int64_t sourceId);
    // Flushes buffered writes; returns what this file added (event-derived
    // processes are counted by finishImport()).
    Result<FileCounts> finishFile();
    // Derives entities from every event of the import; returns the process
    // rows created per source id.
    Result<std::vector<std::pair<std::int64_t, std::uint64_t>>> finishImport(std::stop_token stop);

    Status addAlert(const Alert& alert) override;
    Status addEvent(WinEvent event) override;
    Status addPreparedEvent(PreparedEvent& event) override;
    void addWarning(Error warning) override;

    // Warnings of the current file (at most kMaxKeptWarnings are kept).
    const std::vector<Error>& warnings() const { return m_warnings; }
    // Running totals over every file, for progress.
    std::uint64_t totalAlerts() const { return m_totalAlerts + m_counts.alertsAdded; }
    std::uint64_t totalEvents() const;

private:
    EventWriter& events();

    Connection& m_conn;
    EntityIds& m_ids;
    AlertWriter m_alerts;
    std::unique_ptr<EventWriter> m_events;
    std::int64_t m_sourceId = 0;
    FileCounts m_counts;
    std::vector<Error> m_warnings;
    std::uint64_t m_totalAlerts = 0, m_totalEventsBefore = 0;
    std::uint64_t m_processesBefore = 0, m_liveBefore = 0, m_recoveredBefore = 0;
};

}  // namespace hitome::core
