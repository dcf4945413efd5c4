// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/schema.h"

namespace hitome::core::schema {

// Every event keeps all its fields in `data` (JSON object name → value, or
// array of [name, value] pairs when names repeat); the named columns copy
// what queries filter on. Security 4688 fields land in the Sysmon 1 columns.
const char* const kEvents = R"SQL(
CREATE TABLE events (
  id                  INTEGER PRIMARY KEY,
  source_id           INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  time                INTEGER NOT NULL,
  host_id             INTEGER REFERENCES hosts(id),
  computer            TEXT,
  channel             TEXT,
  provider            TEXT,
  event_id            INTEGER NOT NULL,
  record_id           INTEGER,
  level               INTEGER,
  task                INTEGER,
  opcode              INTEGER,
  keywords            INTEGER,
  user_sid            TEXT,
  recovered           INTEGER NOT NULL DEFAULT 0,
  process_id          INTEGER REFERENCES processes(id),
  image               TEXT,
  command_line        TEXT,
  parent_image        TEXT,
  parent_command_line TEXT,
  user                TEXT,
  target_object       TEXT,
  details             TEXT,
  task_name           TEXT,
  service_name        TEXT,
  script_block_text   TEXT,
  destination_ip      TEXT,
  destination_port    INTEGER,
  query_name          TEXT,
  target_filename     TEXT,
  process_guid        TEXT,
  parent_process_guid TEXT,
  pid                 INTEGER,
  parent_pid          INTEGER,
  data                TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX events_by_time ON events(time);
CREATE INDEX events_by_host_time ON events(host_id, time);
CREATE INDEX events_by_eid ON events(event_id, time);
CREATE INDEX events_by_process ON events(process_id);
CREATE INDEX events_by_task_name ON events(task_name) WHERE task_name IS NOT NULL;
CREATE INDEX events_by_target_object ON events(target_object) WHERE target_object IS NOT NULL;

CREATE VIRTUAL TABLE events_fts USING fts5(
  command_line, parent_command_line, image, target_object, details, task_name,
  service_name, script_block_text, query_name, target_filename,
  content='events', content_rowid='id', tokenize='trigram'
);

CREATE TABLE scheduled_tasks (
  id         INTEGER PRIMARY KEY,
  host_id    INTEGER REFERENCES hosts(id),
  name       TEXT NOT NULL,
  operation  TEXT NOT NULL,      -- created, deleted, updated, enabled, disabled, run, registry
  time       INTEGER,
  author     TEXT,
  run_as     TEXT,
  action     TEXT,               -- program (and arguments) the task runs
  triggers   TEXT,               -- human-readable trigger summary
  is_hidden  INTEGER NOT NULL DEFAULT 0,
  origin     TEXT NOT NULL,      -- security-4698, taskscheduler-106, registry, command-line...
  event_id   INTEGER REFERENCES events(id) ON DELETE CASCADE,
  source_id  INTEGER REFERENCES sources(id) ON DELETE CASCADE
);
CREATE INDEX scheduled_tasks_by_name ON scheduled_tasks(name COLLATE NOCASE);
CREATE INDEX scheduled_tasks_by_host ON scheduled_tasks(host_id);

CREATE TABLE services (
  id          INTEGER PRIMARY KEY,
  host_id     INTEGER REFERENCES hosts(id),
  name        TEXT NOT NULL,
  image_path  TEXT,
  start_type  TEXT,
  account     TEXT,
  time        INTEGER,
  origin      TEXT NOT NULL,     -- system-7045, security-4697, command-line
  event_id    INTEGER REFERENCES events(id) ON DELETE CASCADE,
  source_id   INTEGER REFERENCES sources(id) ON DELETE CASCADE
);
CREATE INDEX services_by_name ON services(name COLLATE NOCASE);
)SQL";

}  // namespace hitome::core::schema
