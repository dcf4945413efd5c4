// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Everything the detail pane shows about one alert: its row, description,
// techniques, tactics and evidence.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/store/alert_table_query.h"

namespace hitome::core {

struct EvidenceRow {
    std::string kind, verdict, fileName, filePath, sha256, commandLine, registryKey, registryValueName,
        registryValue, ip, url, account, domain, host;
    std::optional<std::int64_t> processId;
};

struct AlertDetail {
    AlertRow row;
    std::string description, category, detectionSource, determination, ruleId;
    std::optional<std::int64_t> processId;
    std::optional<std::int64_t> eventId;
    std::vector<std::string> techniques;
    std::vector<std::string> tacticIds;
    std::vector<EvidenceRow> evidence;
};

// NotFound when the alert does not exist. when the alert does not exist.
Result<AlertDetail> queryAlertDetail(Connection& conn, std::int64_t alertId);

}  // namespace hitome::core
