// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a case holds at a glance: counts, alerts per tactic, hosts and users
// with alerts, and the time range of alerts and events.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/util/result.h"
#include "core/util/time.h"

namespace hitome::core {

class Connection;

struct CaseSummary {
    std::int64_t alerts = 0, events = 0, recoveredEvents = 0, processes = 0, hosts = 0, users = 0, sources = 0;
    std::map<std::string, std::int64_t> alertsPerTactic;   // tactic ID (or "other") → alerts
    std::vector<std::pair<std::string, std::int64_t>> hostAlerts;   // host → alerts, most first
    std::vector<std::pair<std::string, std::int64_t>> userAlerts;   // DOMAIN\user → alerts, most first
    std::optional<Ticks> firstTime, lastTime;   // over alerts' first events and events
};

Result<CaseSummary> summarizeCase(Connection& conn);

}  // namespace hitome::core
