// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/migrations.h"

#include <functional>
#include <string>
#include <vector>

#include "core/store/connection.h"
#include "core/store/event_search_index.h"
#include "core/store/evidence_raw_json.h"
#include "core/store/schema.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"

namespace hitome::core {
namespace {

using MigrationStep = std::function<Status(Connection&)>;

Status createInitialSchema(Connection& conn) {
    for (const char* part : {schema::kCase, schema::kProcesses, schema::kEvents, schema::kAlerts, schema::kDetect})
        if (auto st = conn.exec(part); !st) return st;
    return {};
}

Status addDetectionState(Connection& conn) {
    if (auto st = addColumnIfMissing(conn, "recon_commands", "parent_key", schema::kReconParentKey); !st) return st;
    return conn.exec(schema::kDetectionState);
}

// Index i upgrades version i to i + 1. Append only.
// 2: the full-text index is built after imports (event_search_index.h); cases
//    written before were indexed during their imports.
// 3: evidence JSON stored by reference into the alert's (schema_alerts.cpp).
// 4: processes_by_guid leaves NULL GUIDs out (schema_processes.cpp).
// 5: recon_commands.parent_key and detection_shells (schema_detect.cpp).
const std::vector<MigrationStep>& migrationSteps() {
    static const std::vector<MigrationStep> steps = {
        createInitialSchema, markAllEventsIndexed, addEvidenceRawPaths,
        [](Connection& conn) { return conn.exec(schema::kProcessesByGuidSkipsNulls); },
        addDetectionState};
    return steps;
}

}  // namespace

Status addColumnIfMissing(Connection& conn, const char* table, const char* column, const char* alterSql) {
    bool isPresent = false;
    {
        Statement st(conn, "SELECT 1 FROM pragma_table_info(?1) WHERE name = ?2");
        st.bind(1, std::string_view(table)).bind(2, std::string_view(column));
        auto step = st.step();
        if (!step) return step.error();
        isPresent = *step == Statement::Step::Row;
    }   // finished before the schema changes
    return isPresent ? Status() : conn.exec(alterSql);
}

int currentSchemaVersion() { return static_cast<int>(migrationSteps().size()); }

int readSchemaVersion(Connection& conn) {
    Statement st(conn, "PRAGMA user_version");
    auto r = st.step();
    return (r && *r == Statement::Step::Row) ? static_cast<int>(st.columnInt(0)) : -1;
}

Status migrate(Connection& conn) {
    const int version = readSchemaVersion(conn);
    if (version < 0) return conn.databaseError("cannot read schema version");
    if (version > currentSchemaVersion())
        return Error::make(ErrorCode::Unsupported, "case file was written by a newer Hitome (schema " +
                                                       std::to_string(version) + ")")
            .inFile(conn.path().string());
    if (version == currentSchemaVersion()) return {};
    Transaction tx(conn);
    if (!tx.beginStatus()) return tx.beginStatus();
    const auto& steps = migrationSteps();
    for (int v = version; v < currentSchemaVersion(); ++v)
        if (auto st = steps[static_cast<size_t>(v)](conn); !st) return st;
    if (auto st = conn.exec("PRAGMA user_version=" + std::to_string(currentSchemaVersion())); !st) return st;
    return tx.commit();
}

}  // namespace hitome::core
