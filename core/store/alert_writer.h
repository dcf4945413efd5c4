// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Stores imported alerts: hosts/users through EntityIds, the alert row
// (UNIQUE provider + external id: a known alert is not added again, its new
// evidence is merged in — exports that repeat an alert once per evidence
// item), techniques and tactics through the catalog, evidence rows, and
// processes with parent links from process evidence (alerts.process_id is
// the alerting process). Statements are prepared once and reused.
// Evidence JSON: a new alert's items keep only their JSON pointer into the
// alert's raw JSON; merged items keep their text (evidence_raw_json.h).
// Single-threaded; runs inside the import job's transaction.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/model/alert.h"
#include "core/store/alert_process_linker.h"
#include "core/store/alert_tactic_mapper.h"
#include "core/store/statement.h"
#include "core/util/result.h"

namespace hitome::core {

class AttackCatalog;
class Connection;
class EntityIds;

struct AlertWriteOutcome {
    std::int64_t alertId = 0;
    bool isNew = false;                 // false: merged into an alert already in the case
    std::uint64_t evidenceAdded = 0;
};

class AlertWriter {
public:
    // `catalog` may be null (techniques then stay as written; tactics from category only).
    AlertWriter(Connection& conn, EntityIds& ids, const AttackCatalog* catalog);

    Result<AlertWriteOutcome> add(const Alert& alert, std::optional<std::int64_t> sourceId);
    std::uint64_t processCount() const { return m_linker.createdCount(); }

private:
    Result<std::pair<std::int64_t, bool>> insertOrFind(const Alert& a, std::optional<std::int64_t> sourceId,
                                                       std::optional<std::int64_t> processId);
    Status writeTechniques(std::int64_t alertId, const Alert& a);
    // One process row id (or none) per evidence item.
    Result<std::vector<std::optional<std::int64_t>>> linkProcesses(const Alert& a, std::optional<std::int64_t> sourceId);
    static std::optional<std::int64_t> alertingProcess(const Alert& a,
                                                       const std::vector<std::optional<std::int64_t>>& processIds);
    Status insertEvidence(std::int64_t alertId, const Evidence& e, std::optional<std::int64_t> processId,
                          std::string_view rawJson, std::string_view rawPath);
    Status writeNewEvidence(std::int64_t alertId, const Alert& a, const std::vector<std::optional<std::int64_t>>& processIds);
    // Adds the items the alert does not hold yet (same JSON text); returns how many.
    Result<std::uint64_t> mergeEvidence(std::int64_t alertId, const Alert& a,
                                        const std::vector<std::optional<std::int64_t>>& processIds);
    Result<std::optional<std::int64_t>> linkProcess(const Evidence& e, std::optional<std::int64_t> hostId,
                                                    std::optional<std::int64_t> sourceId);

    Connection& m_conn;
    EntityIds& m_ids;
    AlertTacticMapper m_tactics;
    AlertProcessLinker m_linker;
    Statement m_insertAlert, m_findAlert, m_insertTechnique, m_insertTactic, m_insertEvidence, m_setAlertProcess;
    std::optional<std::int64_t> m_hostId, m_userId, m_sourceId;
    // The evidence texts of the alert merged last (0: none yet).
    std::int64_t m_mergedAlertId = 0;
    std::unordered_set<std::string> m_mergedTexts;
};

}  // namespace hitome::core
