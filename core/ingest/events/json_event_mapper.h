// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns one flattened JSON-lines record into a WinEvent. Knows three export
// styles: NXLog (Security-Datasets/Mordor: EventID, Channel, Hostname and
// EventData flattened at top level), Winlogbeat/Elastic (winlog.event_data.*,
// ECS), and Splunk (fields, or the event XML in `_raw`; a `result` wrapper is
// accepted).

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/ingest/events/json_flat_parser.h"
#include "core/model/win_event.h"

namespace hitome::core {

enum class JsonEventStyle { None, Nxlog, Winlogbeat, SplunkRaw, SplunkFields };

JsonEventStyle detectJsonEventStyle(const std::vector<FlatField>& fields);

// Fills `out` (reset first); false when the record is not a Windows event.
bool mapJsonEvent(const std::vector<FlatField>& fields, JsonEventStyle style, WinEvent& out);

// "2020-09-21T22:37:29.466Z", "2020-09-21 18:37:29", or Unix seconds "1503585361.5".
std::optional<std::int64_t> parseEventTime(std::string_view text);

}  // namespace hitome::core
