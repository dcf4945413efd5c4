// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/schema.h"

namespace hitome::core::schema {

// One row per process instance on a host, from Sysmon 1, Security 4688,
// Defender evidence or advanced-hunting rows. parent_id links the tree;
// parent_guid/parent_pid keep what the source said even when the parent
// itself was never seen.
const char* const kProcesses = R"SQL(
CREATE TABLE processes (
  id           INTEGER PRIMARY KEY,
  host_id      INTEGER REFERENCES hosts(id),
  guid         TEXT,
  pid          INTEGER,
  parent_id    INTEGER REFERENCES processes(id),
  parent_guid  TEXT,
  parent_pid   INTEGER,
  image        TEXT,
  command_line TEXT,
  user         TEXT,
  integrity    TEXT,
  start_time   INTEGER,
  end_time     INTEGER,
  sha256       TEXT,
  source_id    INTEGER REFERENCES sources(id) ON DELETE CASCADE,
  origin       TEXT NOT NULL      -- sysmon, security, defender, hunting
);
CREATE INDEX processes_by_host_pid ON processes(host_id, pid, start_time);
CREATE INDEX processes_by_guid ON processes(guid);
CREATE INDEX processes_by_parent ON processes(parent_id);
)SQL";

// Schema 4. Defender evidence processes have no GUID; an index entry for
// each of their NULLs cost the alert import ~10 % of its writer's time. Every
// GUID look-up compares with a value, which a NULL never matches, so the
// planner still uses this index for all of them.
const char* const kProcessesByGuidSkipsNulls = R"SQL(
DROP INDEX IF EXISTS processes_by_guid;
CREATE INDEX processes_by_guid ON processes(guid) WHERE guid IS NOT NULL;
)SQL";

}  // namespace hitome::core::schema
