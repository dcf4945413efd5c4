// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/case_import_sink.h"

#include "core/store/event_writer.h"

namespace hitome::core {

CaseImportSink::CaseImportSink(Connection& conn, EntityIds& ids, const AttackCatalog* catalog)
    : m_conn(conn), m_ids(ids), m_alerts(conn, ids, catalog) {}

CaseImportSink::~CaseImportSink() = default;

void CaseImportSink::beginFile(std::int64_t sourceId) {
    m_sourceId = sourceId;
    m_counts = FileCounts{};
    m_warnings.clear();
    m_processesBefore = m_alerts.processCount();
    m_liveBefore = m_events ? m_events->liveCount() : 0;
    m_recoveredBefore = m_events ? m_events->recoveredCount() : 0;
}

Status CaseImportSink::addAlert(const Alert& alert) {
    auto outcome = m_alerts.add(alert, m_sourceId);
    if (!outcome) return outcome.error();
    ++(outcome->isNew ? m_counts.alertsAdded : m_counts.alertsMerged);
    m_counts.evidenceAdded += outcome->evidenceAdded;
    return {};
}

EventWriter& CaseImportSink::events() {
    if (!m_events) {
        m_events = std::make_unique<EventWriter>(m_conn, m_ids);
        m_liveBefore = m_recoveredBefore = 0;
    }
    return *m_events;
}

Status CaseImportSink::addEvent(WinEvent event) { return events().add(event, m_sourceId); }

Status CaseImportSink::addPreparedEvent(PreparedEvent& event) { return events().add(event, m_sourceId); }

void CaseImportSink::addWarning(Error warning) {
    ++m_counts.warnings;
    if (m_warnings.size() < kMaxKeptWarnings) m_warnings.push_back(std::move(warning));
}

std::uint64_t CaseImportSink::totalEvents() const {
    return m_events ? m_events->liveCount() + m_events->recoveredCount() : 0;
}

Result<FileCounts> CaseImportSink::finishFile() {
    if (m_events) {
        if (auto st = m_events->commitRows(); !st) return st.error();
        m_counts.events = m_events->liveCount() - m_liveBefore;
        m_counts.recoveredEvents = m_events->recoveredCount() - m_recoveredBefore;
    }
    m_counts.processes = m_alerts.processCount() - m_processesBefore;
    m_totalAlerts += m_counts.alertsAdded;
    FileCounts done = m_counts;
    m_counts = FileCounts{};
    return done;
}

Result<std::vector<std::pair<std::int64_t, std::uint64_t>>> CaseImportSink::finishImport(std::stop_token stop) {
    if (!m_events) return std::vector<std::pair<std::int64_t, std::uint64_t>>{};
    if (auto st = m_events->flush(std::move(stop)); !st) return st.error();
    return m_events->processesBySource();
}

}  // namespace hitome::core
