// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The timeline tab's query: alerts and key events of a case counted per host
// in equal time buckets, computed in SQL (alerts by first_event, key events
// by their EventID index) so the view never holds rows, only counts. Key
// events are the events with timelineKeyEventIds() plus the reconnaissance
// commands detection found (recon_commands).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/store/connection.h"
#include "core/util/result.h"
#include "core/util/time.h"

namespace hitome::core {

// Windows event IDs the timeline marks as key events: things an intruder
// leaves behind that an analyst wants to place in time (persistence,
// accounts, cleared logs).
const std::vector<std::int64_t>& timelineKeyEventIds();

struct TimelineQuery {
    std::optional<Ticks> from;   // inclusive; empty: the case's earliest alert or key event
    std::optional<Ticks> to;     // exclusive; empty: just after the latest one
    int bucketCount = 60;        // clamped to 1..1000
};

struct TimelineBucket {
    std::int64_t alertCount = 0;
    int maxSeverity = -1;        // -1: no alert in the bucket
    std::int64_t keyEventCount = 0;   // key events and reconnaissance commands
};

struct TimelineHost {
    std::string name;                       // "" for alerts and events without a host
    std::vector<TimelineBucket> buckets;    // bucketCount entries
};

struct Timeline {
    Ticks from = 0;                         // start of bucket 0
    Ticks bucketWidth = 1;                  // ticks per bucket (≥ 1)
    std::vector<TimelineHost> hosts;        // by name; empty when the range holds nothing
    Ticks bucketStart(int bucket) const { return from + bucketWidth * bucket; }
};

// Counts for `query`. An empty case gives an empty timeline (no hosts).
Result<Timeline> queryTimeline(Connection& conn, const TimelineQuery& query);

}  // namespace hitome::core
