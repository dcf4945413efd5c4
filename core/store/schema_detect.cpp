// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/schema.h"

namespace hitome::core::schema {

// Rule alerts link to every event that matched (alerts.event_id holds the
// first). recon_commands classifies process creations by attacker phase
// (JPCERT/CC: initial recon, exploration, spread); detection rewrites a
// row when it runs again, so re-running never duplicates.
const char* const kDetect = R"SQL(
CREATE TABLE alert_events (
  alert_id INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  PRIMARY KEY (alert_id, event_id)
) WITHOUT ROWID;
CREATE INDEX alert_events_by_event ON alert_events(event_id);

CREATE TABLE recon_commands (
  event_id INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
  host_id      INTEGER REFERENCES hosts(id),
  process_id   INTEGER REFERENCES processes(id),
  phase        TEXT NOT NULL,    -- initial-recon, exploration, spread
  command      TEXT NOT NULL,    -- normalised command, e.g. "net user"
  technique    TEXT,             -- ATT&CK technique the command serves
  command_line TEXT,
  parent_image TEXT,
  user         TEXT,
  time         INTEGER NOT NULL
);
CREATE INDEX recon_commands_by_host ON recon_commands(host_id, phase);
)SQL";

// Schema 5. Detection after an import matches only the new events, but a
// command burst can span imports: the parent identity of each phase command
// (a cmd.exe shell resolved to whoever started it) and the shells seen so far
// are kept, so the next run continues from them instead of reading every
// process creation again. Cases detected before have neither: their next run
// reads everything (the scan mark is dropped). Run by addDetectionState(),
// which adds the column only when missing.
const char* const kReconParentKey = "ALTER TABLE recon_commands ADD COLUMN parent_key TEXT";
const char* const kDetectionState = R"SQL(
CREATE TABLE IF NOT EXISTS detection_shells (
  shell      TEXT PRIMARY KEY,   -- "g:" + the cmd.exe's process GUID, lower case
  parent_key TEXT NOT NULL       -- the identity of the process that started it
) WITHOUT ROWID;
DELETE FROM case_info WHERE key = 'detection_scanned_to';
)SQL";

}  // namespace hitome::core::schema
