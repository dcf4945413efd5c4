// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/case_exporter.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/model/severity.h"
#include "core/report/csv_writer.h"
#include "core/store/connection.h"
#include "core/store/evidence_raw_json.h"
#include "core/store/statement.h"
#include "core/util/text.h"
#include "core/util/time.h"

namespace hitome::core {
namespace {

constexpr const char* kAlertsCsvSql = R"SQL(
SELECT a.id, a.first_event, a.severity, a.title, coalesce(a.category, ''),
       (SELECT group_concat(tactic_id, ' ') FROM alert_tactics t WHERE t.alert_id = a.id),
       (SELECT group_concat(technique_id, ' ') FROM alert_techniques t WHERE t.alert_id = a.id),
       coalesce(h.name, ''), coalesce(CASE WHEN u.domain = '' THEN u.name ELSE u.domain || '\' || u.name END, ''),
       a.status, coalesce(a.classification, ''), a.provider, coalesce(a.external_id, ''), coalesce(a.rule_id, ''),
       (SELECT group_concat(text, ' | ') FROM notes n WHERE n.alert_id = a.id)
FROM alerts a LEFT JOIN hosts h ON h.id = a.host_id LEFT JOIN users u ON u.id = a.user_id
ORDER BY a.first_event, a.id)SQL";

constexpr const char* kEventsCsvSql = R"SQL(
SELECT e.time, coalesce(h.name, e.computer, ''), e.channel, e.event_id, e.record_id, coalesce(e.image, ''),
       coalesce(e.command_line, ''), coalesce(e.parent_image, ''), coalesce(e.parent_command_line, ''),
       coalesce(e.user, ''), coalesce(e.target_object, ''), coalesce(e.task_name, ''), coalesce(e.service_name, ''),
       coalesce(e.destination_ip, ''), coalesce(e.query_name, ''), coalesce(e.target_filename, ''), e.recovered, e.data
FROM events e LEFT JOIN hosts h ON h.id = e.host_id ORDER BY e.time, e.id)SQL";

std::string timeCell(Statement& st, int column) {
    return st.isNull(column) ? std::string() : formatIsoTime(st.columnInt(column));
}

// Steps `st` to the end, calling `row` for each row.
template <typename Row>
Status forEachRow(Statement& st, std::stop_token stop, Row row) {
    for (;;) {
        if (stop.stop_requested()) return Error::make(ErrorCode::Cancelled, "export cancelled");
        auto r = st.step();
        if (!r) return r.error();
        if (*r == Statement::Step::Done) return {};
        row();
    }
}

// Evidence of a new alert keeps only a pointer into the alert's JSON
// (evidence_raw_json.h); the export spells the item's JSON out as before.
Status fillEvidenceRawJson(nlohmann::json& row, EvidenceRawJsonReader& reader) {
    const auto path = row.find("raw_path");
    const auto alertId = row.find("alert_id");
    if (!row["raw_json"].is_null() || path == row.end() || !path->is_string() || alertId == row.end() ||
        !alertId->is_number_integer())
        return {};
    auto text = reader.textAt(alertId->get<std::int64_t>(), path->get_ref<const std::string&>());
    if (!text) return text.error();
    row["raw_json"] = std::move(*text);
    return {};
}

}  // namespace

Status exportAlertsCsv(Connection& conn, std::ostream& out, const CsvOptions& options) {
    CsvWriter csv(out, options.withBom);
    csv.writeRow({"id", "first_seen", "severity", "title", "category", "tactics", "techniques", "host", "user",
                  "status", "classification", "provider", "external_id", "rule_id", "notes"});
    Statement st(conn, kAlertsCsvSql);
    return forEachRow(st, {}, [&] {
        std::vector<std::string> cells;
        for (int c = 0; c < 15; ++c) cells.push_back(st.columnText(c));
        cells[1] = timeCell(st, 1);
        cells[2] = std::string(severityName(static_cast<Severity>(std::clamp<std::int64_t>(st.columnInt(2), 0, 3))));
        csv.writeRow(cells);
    });
}

Status exportEventsCsv(Connection& conn, std::ostream& out, const CsvOptions& options, std::stop_token stop) {
    CsvWriter csv(out, options.withBom);
    csv.writeRow({"time", "host", "channel", "event_id", "record_id", "image", "command_line", "parent_image",
                  "parent_command_line", "user", "target_object", "task_name", "service_name", "destination_ip",
                  "query_name", "target_filename", "recovered", "data"});
    Statement st(conn, kEventsCsvSql);
    return forEachRow(st, stop, [&] {
        std::vector<std::string> cells;
        for (int c = 0; c < 18; ++c) cells.push_back(st.columnText(c));
        cells[0] = timeCell(st, 0);
        csv.writeRow(cells);
    });
}

Status exportCaseJson(Connection& conn, std::ostream& out, std::stop_token stop) {
    static const char* const kTables[] = {"case_info", "sources",  "hosts",     "users",           "alerts",
                                          "alert_techniques", "alert_tactics", "evidence", "processes",
                                          "scheduled_tasks",  "services",      "notes",    "events"};
    out << "{\"format\":\"hitome-case\",\"version\":1,\"tables\":{";
    EvidenceRawJsonReader evidenceJson(conn);
    Status evidenceStatus;
    bool isFirstTable = true;
    for (const char* table : kTables) {
        // Table names come from the list above, never from input.
        Statement st(conn, std::string("SELECT * FROM ") + table);
        out << (isFirstTable ? "" : ",") << nlohmann::json(table).dump() << ":[";
        isFirstTable = false;
        bool isFirstRow = true;
        auto status = forEachRow(st, stop, [&] {
            nlohmann::json row = nlohmann::json::object();
            for (int c = 0; c < st.columnCount(); ++c) {
                const std::string name = st.columnName(c);
                switch (st.columnType(c)) {
                case Statement::ColumnType::Null: row[name] = nullptr; break;
                case Statement::ColumnType::Integer: row[name] = st.columnInt(c); break;
                case Statement::ColumnType::Float: row[name] = st.columnDouble(c); break;
                default: row[name] = sanitizeUtf8(st.columnText(c));
                }
            }
            if (table == std::string_view("evidence") && evidenceStatus)
                evidenceStatus = fillEvidenceRawJson(row, evidenceJson);
            out << (isFirstRow ? "" : ",") << row.dump();
            isFirstRow = false;
        });
        if (!status) return status;
        if (!evidenceStatus) return evidenceStatus;
        out << "]";
    }
    out << "}}\n";
    return {};
}

Result<std::map<std::string, TechniqueHits>> techniqueHits(Connection& conn) {
    Statement st(conn, "SELECT t.technique_id, a.title FROM alert_techniques t JOIN alerts a ON a.id = t.alert_id "
                       "ORDER BY t.technique_id, a.first_event");
    std::map<std::string, TechniqueHits> hits;
    auto status = forEachRow(st, {}, [&] {
        auto& h = hits[st.columnText(0)];
        ++h.alertCount;
        h.alertTitles.push_back(st.columnText(1));
    });
    if (!status) return status.error();
    return hits;
}

}  // namespace hitome::core
