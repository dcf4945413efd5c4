// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which stored events a cursor or search returns. Empty members do not filter.
// Used by EventCursor (detection engine) and EventQueries (CLI, hunting tab).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/util/time.h"

namespace hitome::core {

struct EventFilter {
    std::optional<std::int64_t> sourceId;     // events of one imported file
    std::optional<std::int64_t> afterId;      // events.id > afterId (resume / new since)
    std::optional<Ticks> from;                // time >= from
    std::optional<Ticks> to;                  // time < to
    std::string host;                         // computer name, case-insensitive
    std::vector<std::uint32_t> eventIds;      // any of these event ids
    std::string channel;                      // exact channel, case-insensitive
    std::string text;                         // words, each a case-insensitive substring (event_text_search.h)
    bool includeRecovered = true;             // records carved from slack space
    std::int64_t limit = 0;                   // 0: no limit
};

}  // namespace hitome::core
