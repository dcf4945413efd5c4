// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the analyst writes into a case: alert status and classification, and
// notes on an alert or on the case. Each call is saved at once (autocommit).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/store/connection.h"
#include "core/util/result.h"
#include "core/util/time.h"

namespace hitome::core {

struct Note {
    std::int64_t id = 0;
    std::optional<std::int64_t> alertId;   // empty: a note on the case
    std::string author;
    Ticks created = 0;
    Ticks modified = 0;
    std::string text;
};

// Accepted values, as stored in alerts.status / alerts.classification.
bool isValidAlertStatus(std::string_view status);                 // new, inProgress, resolved
bool isValidClassification(std::string_view classification);      // truePositive, falsePositive, benign, "" (unset)

// Usage error for an unknown value, NotFound for an unknown alert.
Status setAlertStatus(Connection& conn, std::int64_t alertId, std::string_view status);
Status setAlertClassification(Connection& conn, std::int64_t alertId, std::string_view classification);

// Returns the new note's id. `alertId` empty: a note on the whole case.
Result<std::int64_t> addNote(Connection& conn, std::optional<std::int64_t> alertId, std::string_view text,
                             std::string_view author);
Status editNote(Connection& conn, std::int64_t noteId, std::string_view text);
Status deleteNote(Connection& conn, std::int64_t noteId);
// Notes on one alert, or on the case when `alertId` is empty; oldest first.
Result<std::vector<Note>> notesFor(Connection& conn, std::optional<std::int64_t> alertId);

}  // namespace hitome::core
