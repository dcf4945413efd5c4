// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Free-text search over the events' searchable columns (command lines, image,
// registry path, task/service name, script block, DNS query, file name).
// events_fts uses SQLite's trigram tokenizer, so every word the analyst types
// matches as a case-insensitive substring, as in a SIEM's wildcard search:
// "schtasks" finds schtasks.exe, "/create" finds the switch, "DownloadString"
// finds it inside a PowerShell one-liner. Internal to core/store.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hitome::core {

class Connection;

struct TextSearchSql {
    std::string clause;               // over alias e; empty when the text has no words
    std::vector<std::string> params;  // bound in order; never spliced into SQL
    std::string ftsMatch;             // the events_fts MATCH expression (words of 3+ characters), or empty
    bool hasShortWords = false;       // some words fall back to LIKE
    bool isIndexComplete = true;      // false: events above the index mark are scanned with LIKE
};

// The id above which events are not in events_fts yet (the index is built
// after imports, event_search_index.h), or nullopt when every event is.
std::optional<std::int64_t> unindexedAfter(Connection& conn);

// Words are separated by blanks; "double quotes" keep blanks inside one word.
// Every word must occur. Words of three characters or more use the trigram
// index; shorter ones (which trigrams cannot index) fall back to LIKE, as do
// all words for events above `unindexedAfter`.
TextSearchSql eventTextSearch(const std::string& text, std::optional<std::int64_t> unindexedAfter);

// `text` with LIKE's wildcards and the escape character escaped (for
// "LIKE ? ESCAPE '\\'").
std::string escapeLike(const std::string& text);

}  // namespace hitome::core
