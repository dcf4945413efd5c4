// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/alert_writer.h"

#include <algorithm>

#include "core/store/connection.h"
#include "core/store/entity_ids.h"
#include "core/store/evidence_raw_json.h"
#include "core/util/text.h"

namespace hitome::core {
namespace {

constexpr const char* kInsertAlert =
    "INSERT INTO alerts(source_id, provider, external_id, title, description, category, severity, status, "
    "classification, determination, detection_source, first_event, last_event, created, host_id, user_id, rule_id, "
    "incident_id, raw_json, process_id) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(provider, external_id) DO NOTHING";

constexpr const char* kInsertEvidence =
    "INSERT INTO evidence(alert_id, kind, verdict, remediation, file_name, file_path, sha1, sha256, command_line, pid, "
    "registry_key, registry_value_name, registry_value, ip, url, account, domain, host, process_id, raw_json, raw_path) "
    "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

Status runOnce(Statement& st) {
    if (!st.valid()) return st.prepareError();
    Status s = st.run();
    st.reset();
    return s;
}

bool isDetectedVerdict(std::string_view verdict) {
    return equalsNoCase(verdict, "detected") || equalsNoCase(verdict, "malicious") ||
           equalsNoCase(verdict, "suspicious") || equalsNoCase(verdict, "blocked") ||
           equalsNoCase(verdict, "prevented");
}

}  // namespace

AlertWriter::AlertWriter(Connection& conn, EntityIds& ids, const AttackCatalog* catalog)
    : m_conn(conn),
      m_ids(ids),
      m_tactics(catalog),
      m_linker(conn),
      m_insertAlert(conn, kInsertAlert),
      m_findAlert(conn, "SELECT id FROM alerts WHERE provider = ? AND external_id = ?"),
      m_insertTechnique(conn, "INSERT OR IGNORE INTO alert_techniques(alert_id, technique_id, original_id) VALUES(?,?,?)"),
      m_insertTactic(conn, "INSERT OR IGNORE INTO alert_tactics(alert_id, tactic_id) VALUES(?,?)"),
      m_insertEvidence(conn, kInsertEvidence),
      m_setAlertProcess(conn, "UPDATE alerts SET process_id = ? WHERE id = ? AND process_id IS NULL") {}

Result<std::pair<std::int64_t, bool>> AlertWriter::insertOrFind(const Alert& a, std::optional<std::int64_t> sourceId,
                                                                std::optional<std::int64_t> processId) {
    Statement& st = m_insertAlert;
    if (!st.valid()) return st.prepareError();
    st.bindOptional(1, sourceId).bind(2, a.provider).bind(3, a.externalId).bind(4, a.title);
    st.bindTextInPlaceOrNull(5, a.description).bindTextInPlaceOrNull(6, a.category).bind(7, static_cast<int>(a.severity));
    st.bind(8, a.status.empty() ? std::string_view("new") : std::string_view(a.status));
    st.bindTextInPlaceOrNull(9, a.classification).bindTextInPlaceOrNull(10, a.determination).bindTextInPlaceOrNull(11, a.detectionSource);
    st.bindOptional(12, a.firstEvent).bindOptional(13, a.lastEvent).bindOptional(14, a.created);
    st.bindOptional(15, m_hostId).bindOptional(16, m_userId).bindTextInPlaceOrNull(17, a.ruleId);
    st.bindTextInPlaceOrNull(18, a.incidentId).bindTextInPlaceOrNull(19, a.rawJson).bindOptional(20, processId);
    if (auto s = runOnce(st); !s) return s.error();
    if (m_conn.changes() > 0) return std::pair<std::int64_t, bool>(m_conn.lastInsertRowId(), true);
    m_findAlert.bind(1, a.provider).bind(2, a.externalId);
    auto step = m_findAlert.step();
    std::int64_t id = 0;
    if (step && *step == Statement::Step::Row) id = m_findAlert.columnInt(0);
    m_findAlert.reset();
    if (!step) return step.error();
    if (id == 0) return m_conn.databaseError("alert vanished while merging");
    return std::pair<std::int64_t, bool>(id, false);
}

Status AlertWriter::writeTechniques(std::int64_t alertId, const Alert& a) {
    const auto techniques = m_tactics.techniques(a.techniques);
    for (const auto& t : techniques) {
        m_insertTechnique.bind(1, alertId).bind(2, t.id).bind(3, t.originalId);
        if (auto s = runOnce(m_insertTechnique); !s) return s;
    }
    for (const auto& tactic : m_tactics.tactics(techniques, a.category)) {
        m_insertTactic.bind(1, alertId).bind(2, tactic);
        if (auto s = runOnce(m_insertTactic); !s) return s;
    }
    return {};
}

Result<std::optional<std::int64_t>> AlertWriter::linkProcess(const Evidence& e, std::optional<std::int64_t> hostId,
                                                             std::optional<std::int64_t> sourceId) {
    if (!e.process) return std::optional<std::int64_t>();
    std::optional<std::int64_t> host = hostId;
    if (!e.host.empty()) {
        auto id = m_ids.hostId(e.host);
        if (!id) return id.error();
        host = *id;
    }
    if (!host) return std::optional<std::int64_t>();   // a process tree needs a host
    auto id = m_linker.link(*host, *e.process, e.parent ? &*e.parent : nullptr, sourceId);
    if (!id) return id.error();
    return std::optional<std::int64_t>(*id);
}

Result<std::vector<std::optional<std::int64_t>>> AlertWriter::linkProcesses(const Alert& a,
                                                                            std::optional<std::int64_t> sourceId) {
    std::vector<std::optional<std::int64_t>> ids;
    ids.reserve(a.evidence.size());
    for (const Evidence& e : a.evidence) {
        auto id = linkProcess(e, m_hostId, sourceId);
        if (!id) return id.error();
        ids.push_back(*id);
    }
    return ids;
}

std::optional<std::int64_t> AlertWriter::alertingProcess(const Alert& a,
                                                         const std::vector<std::optional<std::int64_t>>& processIds) {
    // The detected one, else the last process evidence (Defender lists the
    // chain parent-first), else nothing.
    std::optional<std::int64_t> last;
    for (std::size_t i = 0; i < processIds.size(); ++i) {
        if (!processIds[i]) continue;
        if (isDetectedVerdict(a.evidence[i].verdict)) return processIds[i];
        last = processIds[i];
    }
    return last;
}

Status AlertWriter::insertEvidence(std::int64_t alertId, const Evidence& e, std::optional<std::int64_t> processId,
                                   std::string_view rawJson, std::string_view rawPath) {
    Statement& st = m_insertEvidence;
    const ProcessInfo* p = e.process ? &*e.process : nullptr;
    st.bind(1, alertId).bind(2, e.kind).bindTextInPlaceOrNull(3, e.verdict).bindTextInPlaceOrNull(4, e.remediation);
    st.bindTextInPlaceOrNull(5, e.fileName).bindTextInPlaceOrNull(6, e.filePath).bindTextInPlaceOrNull(7, e.sha1);
    st.bindTextInPlaceOrNull(8, e.sha256).bindTextInPlaceOrNull(9, p ? std::string_view(p->commandLine) : std::string_view());
    st.bindOptional(10, p ? p->pid : std::nullopt).bindTextInPlaceOrNull(11, e.registryKey);
    st.bindTextInPlaceOrNull(12, e.registryValueName).bindTextInPlaceOrNull(13, e.registryValue).bindTextInPlaceOrNull(14, e.ip);
    st.bindTextInPlaceOrNull(15, e.url).bindTextInPlaceOrNull(16, e.account).bindTextInPlaceOrNull(17, e.domain);
    st.bindTextInPlaceOrNull(18, e.host).bindOptional(19, processId).bindTextInPlaceOrNull(20, rawJson).bindTextInPlaceOrNull(21, rawPath);
    return runOnce(st);
}

Status AlertWriter::writeNewEvidence(std::int64_t alertId, const Alert& a,
                                     const std::vector<std::optional<std::int64_t>>& processIds) {
    // Items of the alert's own raw JSON (just stored with the alert) keep only their place in it.
    const bool isInAlertJson = !a.rawJson.empty();
    for (std::size_t i = 0; i < a.evidence.size(); ++i) {
        const Evidence& e = a.evidence[i];
        const bool isByPath = isInAlertJson && !e.rawPath.empty();
        if (auto s = insertEvidence(alertId, e, processIds[i], isByPath ? std::string_view() : e.rawJson,
                                    isByPath ? std::string_view(e.rawPath) : std::string_view());
            !s)
            return s;
    }
    return {};
}

Result<std::uint64_t> AlertWriter::mergeEvidence(std::int64_t alertId, const Alert& a,
                                                 const std::vector<std::optional<std::int64_t>>& processIds) {
    if (alertId != m_mergedAlertId) {   // exports that repeat an alert per evidence item merge it again and again
        auto known = alertEvidenceRawJson(m_conn, alertId);
        if (!known) return known.error();
        m_mergedTexts = std::unordered_set<std::string>(known->begin(), known->end());
        m_mergedAlertId = alertId;
    }
    // The new record is not what the alert row keeps: merged items keep their own text.
    std::vector<std::string_view> paths;
    for (const Evidence& e : a.evidence) paths.push_back(e.rawJson.empty() ? std::string_view(e.rawPath) : "");
    std::vector<std::string> texts = evidenceTextsAt(a.rawJson, paths);
    std::uint64_t added = 0;
    for (std::size_t i = 0; i < a.evidence.size(); ++i) {
        const std::string& text = a.evidence[i].rawJson.empty() ? texts[i] : a.evidence[i].rawJson;
        if (!m_mergedTexts.insert(text).second) continue;   // the alert already holds it
        if (auto s = insertEvidence(alertId, a.evidence[i], processIds[i], text, {}); !s) return s.error();
        ++added;
    }
    return added;
}

Result<AlertWriteOutcome> AlertWriter::add(const Alert& a, std::optional<std::int64_t> sourceId) {
    if (sourceId != m_sourceId) {   // a new file: other writers may have added processes meanwhile
        m_linker.forgetKnownPids();
        m_sourceId = sourceId;
    }
    m_hostId.reset();
    m_userId.reset();
    if (!trim(a.host).empty()) {
        auto id = m_ids.hostId(a.host, a.hostDeviceId, a.firstEvent ? a.firstEvent : a.created);
        if (!id) return id.error();
        m_hostId = *id;
    }
    if (!trim(a.user).empty()) {
        auto id = m_ids.userIdFromAccount(a.user);
        if (!id) return id.error();
        m_userId = *id;
    }
    // Processes first, so a new alert row is written with its alerting process.
    auto processIds = linkProcesses(a, sourceId);
    if (!processIds) return processIds.error();
    const std::optional<std::int64_t> alerting = alertingProcess(a, *processIds);
    auto row = insertOrFind(a, sourceId, alerting);
    if (!row) return row.error();
    AlertWriteOutcome outcome;
    outcome.alertId = row->first;
    outcome.isNew = row->second;
    if (!outcome.isNew && alerting) {   // a merged alert gets one only when it had none
        m_setAlertProcess.bind(1, *alerting).bind(2, outcome.alertId);
        if (auto s = runOnce(m_setAlertProcess); !s) return s.error();
    }
    if (auto s = writeTechniques(outcome.alertId, a); !s) return s.error();
    if (outcome.isNew) {
        if (auto s = writeNewEvidence(outcome.alertId, a, *processIds); !s) return s.error();
        outcome.evidenceAdded = a.evidence.size();
        return outcome;
    }
    auto merged = mergeEvidence(outcome.alertId, a, *processIds);
    if (!merged) return merged.error();
    outcome.evidenceAdded = *merged;
    return outcome;
}

}  // namespace hitome::core
