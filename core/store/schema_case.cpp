// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/schema.h"

namespace hitome::core::schema {

// Times are ticks (100 ns since 1970 UTC). Text is UTF-8.
const char* const kCase = R"SQL(
CREATE TABLE case_info (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE sources (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL,           -- file name as the analyst knows it (may be "a.zip!/x.evtx")
  path          TEXT,
  sha256        TEXT NOT NULL UNIQUE,    -- re-importing the same bytes adds nothing
  format        TEXT NOT NULL,           -- detected from content, e.g. "mde-alerts", "evtx"
  size          INTEGER NOT NULL DEFAULT 0,
  imported_at   INTEGER NOT NULL,
  alert_count   INTEGER NOT NULL DEFAULT 0,
  event_count   INTEGER NOT NULL DEFAULT 0,
  process_count INTEGER NOT NULL DEFAULT 0,
  skipped_count INTEGER NOT NULL DEFAULT 0,
  errors        TEXT                     -- JSON array of messages for partial success
);
CREATE TABLE hosts (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
  device_id  TEXT,
  os         TEXT,
  first_seen INTEGER,
  last_seen  INTEGER
);
CREATE TABLE users (
  id     INTEGER PRIMARY KEY,
  domain TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
  name   TEXT NOT NULL COLLATE NOCASE,
  sid    TEXT,
  UNIQUE (domain, name)
);
CREATE TABLE notes (
  id       INTEGER PRIMARY KEY,
  alert_id INTEGER REFERENCES alerts(id) ON DELETE CASCADE,  -- NULL: a note on the case
  author   TEXT NOT NULL DEFAULT '',
  created  INTEGER NOT NULL,
  modified INTEGER NOT NULL,
  text     TEXT NOT NULL
);
CREATE INDEX notes_by_alert ON notes(alert_id);
)SQL";

}  // namespace hitome::core::schema
