// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The full-text index over events (events_fts) is built after an import has
// committed, in batches of one transaction each, instead of inside the
// import: trigram indexing costs more than storing the events themselves, and
// the analyst can start working as soon as the events are stored. Events
// above the indexed mark are still found by every search (the search scans
// them with LIKE until they are indexed), so a search never misses an event.
// An interrupted build (cancel, crash) keeps what it committed and resumes
// from its mark the next time it runs.

#include <cstdint>
#include <functional>
#include <stop_token>

#include "core/util/result.h"

namespace hitome::core {

class Connection;

struct SearchIndexState {
    std::int64_t indexedThrough = 0;   // every event with id <= this is in events_fts
    std::int64_t lastEventId = 0;
    bool isComplete() const { return indexedThrough >= lastEventId; }
    std::int64_t pendingRows() const { return isComplete() ? 0 : lastEventId - indexedThrough; }
};

Result<SearchIndexState> readSearchIndexState(Connection& conn);

// (events indexed so far by this call, events it has to index)
using SearchIndexProgress = std::function<void(std::int64_t done, std::int64_t total)>;

// Indexes every event above the mark, `batchRows` per transaction: short
// enough that the analyst's own writes (a note, say) wait well under a second
// for the lock. Returns Cancelled when `stop` was requested between two
// batches (what was indexed stays indexed). Inside an enclosing transaction
// the batches become part of it.
Status indexPendingEvents(Connection& conn, std::stop_token stop = {}, const SearchIndexProgress& progress = {},
                          std::int64_t batchRows = 20'000);

// Migration of cases written before the index was deferred: every event was
// indexed during its import.
Status markAllEventsIndexed(Connection& conn);

}  // namespace hitome::core
