// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One event read back from the case: its row id, the ids it links to, and the
// event itself (fields restored from the `data` JSON).

#include <cstdint>
#include <optional>
#include <string>

#include "core/model/win_event.h"

namespace hitome::core {

class Statement;

struct StoredEvent {
    std::int64_t id = 0;                      // events.id
    std::int64_t sourceId = 0;
    std::optional<std::int64_t> hostId;
    std::optional<std::int64_t> processId;    // processes.id when linked
    WinEvent event;
};

// Column list matching readStoredEvent(); select it `FROM events e`.
extern const char* const kStoredEventColumns;
// Fills `out` from the current row of a statement selecting kStoredEventColumns first.
void readStoredEvent(const Statement& st, StoredEvent& out);
// Restores fields from the JSON written by fieldsToJson(); false if malformed.
bool parseFieldsJson(const std::string& json, std::vector<EventField>& out);

}  // namespace hitome::core
