// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/event_writer.h"

#include <sqlite3.h>

#include "core/store/connection.h"
#include "core/store/entity_ids.h"
#include "core/store/event_columns.h"
#include "core/store/event_post_processor.h"

namespace hitome::core {
namespace {

constexpr const char* kInsertSql =
    "INSERT INTO events(source_id, time, host_id, computer, channel, provider, event_id, record_id, level, task, "
    "opcode, keywords, user_sid, recovered, image, command_line, parent_image, parent_command_line, user, "
    "target_object, details, task_name, service_name, script_block_text, destination_ip, destination_port, "
    "query_name, target_filename, process_guid, parent_process_guid, pid, parent_pid, data) "
    "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

// Inside an enclosing transaction (an import job) that transaction already
// makes the rows all-or-nothing; a nested savepoint would only add a
// sub-journal copy of every page the batch touches.
bool isInsideTransaction(Connection& conn) { return sqlite3_get_autocommit(conn.handle()) == 0; }

std::optional<std::int64_t> maxEventId(Connection& conn) {
    Statement st(conn, "SELECT COALESCE(MAX(id), 0) FROM events");
    auto r = st.step();
    if (!r || *r != Statement::Step::Row) return std::nullopt;
    return st.columnInt(0);
}

// Every value outlives the row's run(), and the next row binds every
// parameter again: no copies needed.
void bindColumns(Statement& st, const EventColumns& c) {
    st.bindTextInPlaceOrNull(15, c.image).bindTextInPlaceOrNull(16, c.commandLine);
    st.bindTextInPlaceOrNull(17, c.parentImage).bindTextInPlaceOrNull(18, c.parentCommandLine);
    st.bindTextInPlaceOrNull(19, c.user).bindTextInPlaceOrNull(20, c.targetObject);
    st.bindTextInPlaceOrNull(21, c.details).bindTextInPlaceOrNull(22, c.taskName);
    st.bindTextInPlaceOrNull(23, c.serviceName).bindTextInPlaceOrNull(24, c.scriptBlockText);
    st.bindTextInPlaceOrNull(25, c.destinationIp).bindOptional(26, c.destinationPort);
    st.bindTextInPlaceOrNull(27, c.queryName).bindTextInPlaceOrNull(28, c.targetFilename);
    st.bindTextInPlaceOrNull(29, c.processGuid).bindTextInPlaceOrNull(30, c.parentProcessGuid);
    st.bindOptional(31, c.pid).bindOptional(32, c.parentPid);
}

}  // namespace

EventWriter::EventWriter(Connection& conn, EntityIds& ids) : m_conn(conn), m_ids(ids), m_insert(conn, kInsertSql) {}

EventWriter::~EventWriter() {
    // An unflushed batch is rolled back by its savepoint: nothing half-written stays.
}

Status EventWriter::beginBatchIfNeeded() {
    if (m_hasBatch) return {};
    if (!m_insert.valid()) return m_insert.prepareError();
    if (!m_firstUnflushedAfter) {
        m_firstUnflushedAfter = maxEventId(m_conn);
        if (!m_firstUnflushedAfter) return m_conn.databaseError("cannot read events");
    }
    m_batchRows = 0;
    m_hasBatch = true;
    if (isInsideTransaction(m_conn)) return {};
    m_batch.emplace(m_conn, "event_batch");
    if (!m_batch->beginStatus()) {
        m_hasBatch = false;
        Status st = m_batch->beginStatus();
        m_batch.reset();
        return st;
    }
    return {};
}

void EventWriter::discard() {
    m_batch.reset();
    m_hasBatch = false;
    m_firstUnflushedAfter.reset();
    m_lastHostId.reset();
}

Status EventWriter::commitBatch() {
    if (!m_hasBatch) return {};
    m_hasBatch = false;
    if (!m_batch) return {};
    Status st = m_batch->commit();
    m_batch.reset();
    return st;
}

Status EventWriter::add(const WinEvent& e, std::int64_t sourceId) {
    return insertRow(e, extractColumns(e), fieldsToJson(e), sourceId);
}

Status EventWriter::add(const PreparedEvent& p, std::int64_t sourceId) {
    return insertRow(p.event, p.columns, p.dataJson, sourceId);
}

Status EventWriter::insertRow(const WinEvent& e, const EventColumns& columns, const std::string& dataJson,
                              std::int64_t sourceId) {
    if (auto st = beginBatchIfNeeded(); !st) return st;
    std::optional<std::int64_t> hostId;
    if (!e.computer.empty()) {
        if (e.computer != m_lastComputer || !m_lastHostId) {
            auto id = m_ids.hostId(e.computer);
            if (!id) return id.error();
            m_lastComputer = e.computer;
            m_lastHostId = *id;
        }
        hostId = m_lastHostId;
    }
    Statement& st = m_insert;
    st.bind(1, sourceId).bind(2, e.time).bindOptional(3, hostId).bindTextInPlaceOrNull(4, e.computer);
    st.bindTextInPlaceOrNull(5, e.channel).bindTextInPlaceOrNull(6, e.provider);
    st.bind(7, static_cast<std::int64_t>(e.eventId));
    st.bind(8, static_cast<std::int64_t>(e.recordId)).bind(9, static_cast<std::int64_t>(e.level));
    st.bind(10, static_cast<std::int64_t>(e.task)).bind(11, static_cast<std::int64_t>(e.opcode));
    st.bind(12, static_cast<std::int64_t>(e.keywords)).bindTextInPlaceOrNull(13, e.userSid);
    st.bind(14, e.isRecovered ? 1 : 0);
    bindColumns(st, columns);
    st.bindTextInPlaceOrNull(33, dataJson.empty() ? std::string_view("{}") : std::string_view(dataJson));
    Status run = st.run();
    st.reset();
    if (!run) return run;
    ++(e.isRecovered ? m_recovered : m_live);
    if (++m_batchRows >= kBatchRows) return commitBatch();
    return {};
}

Status EventWriter::commitRows() { return commitBatch(); }

Status EventWriter::flush(std::stop_token stop) {
    m_bySource.clear();
    if (auto st = commitBatch(); !st) return st;
    if (!m_firstUnflushedAfter) return {};
    const std::int64_t after = *m_firstUnflushedAfter;
    std::optional<Savepoint> sp;
    if (!isInsideTransaction(m_conn)) {
        sp.emplace(m_conn, "event_post");
        if (!sp->beginStatus()) return sp->beginStatus();
    }
    auto derived = postProcessEvents(m_conn, after, stop);
    if (!derived) return derived.error();
    if (sp)
        if (auto st = sp->commit(); !st) return st;
    m_firstUnflushedAfter.reset();
    m_lastHostId.reset();
    for (const auto& [source, count] : derived->processesBySource) m_processes += count;
    m_bySource = std::move(derived->processesBySource);
    return {};
}

}  // namespace hitome::core
