// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/alert_detail_query.h"

#include "core/store/statement.h"

namespace hitome::core {
namespace {

template <typename F>
Status forEachRow(Statement& st, F&& onRow) {
    for (;;) {
        auto r = st.step();
        if (!r) return r.error();
        if (*r == Statement::Step::Done) return {};
        onRow(st);
    }
}

Result<std::vector<std::string>> textColumn(Connection& conn, const char* sql, std::int64_t alertId) {
    Statement st(conn, sql);
    if (!st.valid()) return st.prepareError();
    st.bind(1, alertId);
    std::vector<std::string> out;
    if (auto s = forEachRow(st, [&](const Statement& r) { out.push_back(r.columnText(0)); }); !s) return s.error();
    return out;
}

EvidenceRow readEvidence(const Statement& r) {
    EvidenceRow e;
    e.kind = r.columnText(0);
    e.verdict = r.columnText(1);
    e.fileName = r.columnText(2);
    e.filePath = r.columnText(3);
    e.sha256 = r.columnText(4);
    e.commandLine = r.columnText(5);
    e.registryKey = r.columnText(6);
    e.registryValueName = r.columnText(7);
    e.registryValue = r.columnText(8);
    e.ip = r.columnText(9);
    e.url = r.columnText(10);
    e.account = r.columnText(11);
    e.domain = r.columnText(12);
    e.host = r.columnText(13);
    e.processId = r.columnOptionalInt(14);
    return e;
}

Result<std::vector<EvidenceRow>> evidenceFor(Connection& conn, std::int64_t alertId) {
    Statement st(conn,
                 "SELECT kind, verdict, file_name, file_path, sha256, command_line, registry_key, registry_value_name,"
                 " registry_value, ip, url, account, domain, host, process_id FROM evidence WHERE alert_id = ? ORDER BY id");
    if (!st.valid()) return st.prepareError();
    st.bind(1, alertId);
    std::vector<EvidenceRow> out;
    if (auto s = forEachRow(st, [&](const Statement& r) { out.push_back(readEvidence(r)); }); !s) return s.error();
    return out;
}

Status readMain(Connection& conn, std::int64_t alertId, AlertDetail& d) {
    Statement st(conn,
                 "SELECT description, category, detection_source, determination, rule_id, process_id, event_id"
                 " FROM alerts WHERE id = ?");
    if (!st.valid()) return st.prepareError();
    st.bind(1, alertId);
    auto r = st.step();
    if (!r) return r.error();
    if (*r == Statement::Step::Done) return Error::make(ErrorCode::NotFound, "no alert " + std::to_string(alertId));
    d.description = st.columnText(0);
    d.category = st.columnText(1);
    d.detectionSource = st.columnText(2);
    d.determination = st.columnText(3);
    d.ruleId = st.columnText(4);
    d.processId = st.columnOptionalInt(5);
    d.eventId = st.columnOptionalInt(6);
    return {};
}

}  // namespace

Result<AlertDetail> queryAlertDetail(Connection& conn, std::int64_t alertId) {
    AlertDetail d;
    if (auto s = readMain(conn, alertId, d); !s) return s.error();
    auto rows = queryAlertRows(conn, {alertId});
    if (!rows) return rows.error();
    if (!rows->empty()) d.row = rows->front();
    auto techniques = textColumn(conn, "SELECT technique_id FROM alert_techniques WHERE alert_id = ? ORDER BY technique_id", alertId);
    if (!techniques) return techniques.error();
    d.techniques = std::move(techniques).value();
    auto tactics = textColumn(conn, "SELECT tactic_id FROM alert_tactics WHERE alert_id = ? ORDER BY tactic_id", alertId);
    if (!tactics) return tactics.error();
    d.tacticIds = std::move(tactics).value();
    auto evidence = evidenceFor(conn, alertId);
    if (!evidence) return evidence.error();
    d.evidence = std::move(evidence).value();
    return d;
}

}  // namespace hitome::core
