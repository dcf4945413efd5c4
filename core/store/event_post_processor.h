// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What runs after events are stored, once over all new rows (id > afterId):
// hosts' first/last seen, the process tree, scheduled tasks and services.
// Set-based SQL, so one pass over a million-event import costs about what one
// pass over a small file does. (The full-text index is built after the
// import has committed: event_search_index.h.)

#include <cstdint>
#include <stop_token>
#include <utility>
#include <vector>

#include "core/util/result.h"

namespace hitome::core {

class Connection;

struct DerivedCounts {
    // Process rows created, per source id (the source of the creating event).
    std::vector<std::pair<std::int64_t, std::uint64_t>> processesBySource;
};

// Checks `stop` between steps (ErrorCode::Cancelled).
Result<DerivedCounts> postProcessEvents(Connection& conn, std::int64_t afterId, std::stop_token stop = {});

}  // namespace hitome::core
