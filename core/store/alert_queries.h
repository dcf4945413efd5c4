// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Alert listing for the CLI and exports: alerts with their host, user,
// tactic and technique IDs, filtered by tactic / severity / host, ordered by
// first event time.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/util/result.h"
#include "core/util/time.h"

namespace hitome::core {

class Connection;

struct AlertListFilter {
    std::string tacticId;            // "TA0003" or "other"; empty: any
    std::optional<int> severity;     // exact 0..3
    std::string host;                // host name, case-insensitive; empty: any
};

struct AlertListItem {
    std::int64_t id = 0;
    std::string provider, externalId, title, category, status, ruleId, incidentId, host, user;
    int severity = 0;
    std::optional<Ticks> firstSeen, lastSeen;
    std::vector<std::string> tactics;     // sorted IDs ("other" last)
    std::vector<std::string> techniques;  // sorted current IDs
    std::optional<std::int64_t> processId;
    std::int64_t hitCount = 1;            // rule alerts: matching events of that rule and process
};

Result<std::vector<AlertListItem>> listAlerts(Connection& conn, const AlertListFilter& filter);

}  // namespace hitome::core
