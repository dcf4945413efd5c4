// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/schema.h"

namespace hitome::core::schema {

// severity: 0 informational, 1 low, 2 medium, 3 high (see core/model/severity.h).
const char* const kAlerts = R"SQL(
CREATE TABLE alerts (
  id               INTEGER PRIMARY KEY,
  source_id        INTEGER REFERENCES sources(id) ON DELETE CASCADE,
  provider         TEXT NOT NULL,        -- "mde", "graph", "m365d", "sigma", "recon"
  external_id      TEXT NOT NULL,        -- the provider's id; rule alerts: rule id + process
  title            TEXT NOT NULL,
  description      TEXT,
  category         TEXT,
  severity         INTEGER NOT NULL DEFAULT 0,
  status           TEXT NOT NULL DEFAULT 'new',      -- new / inProgress / resolved
  classification   TEXT,                             -- truePositive / falsePositive / benign...
  determination    TEXT,
  detection_source TEXT,
  first_event      INTEGER,
  last_event       INTEGER,
  created          INTEGER,
  host_id          INTEGER REFERENCES hosts(id),
  user_id          INTEGER REFERENCES users(id),
  process_id       INTEGER REFERENCES processes(id), -- the alerting process, when known
  event_id         INTEGER REFERENCES events(id),    -- the matching event (rule alerts)
  rule_id          TEXT,
  hit_count        INTEGER NOT NULL DEFAULT 1,
  incident_id      TEXT,
  raw_json         TEXT,                             -- the alert as imported: no field is lost
  UNIQUE (provider, external_id)
);
CREATE INDEX alerts_by_time ON alerts(first_event);
CREATE INDEX alerts_by_host ON alerts(host_id, first_event);
CREATE INDEX alerts_by_severity ON alerts(severity, first_event);
CREATE INDEX alerts_by_status ON alerts(status);
CREATE INDEX alerts_by_process ON alerts(process_id);

CREATE TABLE alert_techniques (
  alert_id     INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
  technique_id TEXT NOT NULL,    -- current ID (revoked IDs resolved)
  original_id  TEXT NOT NULL,    -- as the source wrote it
  PRIMARY KEY (alert_id, technique_id)
) WITHOUT ROWID;
CREATE INDEX alert_techniques_by_technique ON alert_techniques(technique_id);

-- Derived from techniques (through the catalog) and category; "other" for
-- categories that are not tactics (Malware, Ransomware...).
CREATE TABLE alert_tactics (
  alert_id  INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
  tactic_id TEXT NOT NULL,       -- "TA0003" or "other"
  PRIMARY KEY (alert_id, tactic_id)
) WITHOUT ROWID;
CREATE INDEX alert_tactics_by_tactic ON alert_tactics(tactic_id, alert_id);

CREATE TABLE evidence (
  id                  INTEGER PRIMARY KEY,
  alert_id            INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
  kind                TEXT NOT NULL,   -- process, file, registryKey, registryValue, ip, url, user, device, mailbox, other
  verdict             TEXT,
  remediation         TEXT,
  file_name           TEXT,
  file_path           TEXT,
  sha1                TEXT,
  sha256              TEXT,
  command_line        TEXT,
  pid                 INTEGER,
  registry_key        TEXT,
  registry_value_name TEXT,
  registry_value      TEXT,
  ip                  TEXT,
  url                 TEXT,
  account             TEXT,
  domain              TEXT,
  host                TEXT,
  process_id          INTEGER REFERENCES processes(id),
  raw_json            TEXT
);
CREATE INDEX evidence_by_alert ON evidence(alert_id);
CREATE INDEX evidence_by_kind ON evidence(kind);
)SQL";

// Schema 3. An item that is an element of its alert's raw JSON is stored
// once, there: the evidence row keeps its JSON pointer (raw_path) and a NULL
// raw_json (evidence_raw_json.h). Two indexes every import paid for went:
// evidence_by_kind (only the report filters on kind, over all evidence) and
// alert_techniques_by_technique (only the case export orders by technique,
// over all rows; the UI reads techniques by alert, through the primary key).
// Run by addEvidenceRawPaths(), which adds the column only when missing.
const char* const kEvidenceRawPath = "ALTER TABLE evidence ADD COLUMN raw_path TEXT";
const char* const kDropUnusedAlertIndexes =
    "DROP INDEX IF EXISTS evidence_by_kind; DROP INDEX IF EXISTS alert_techniques_by_technique;";

}  // namespace hitome::core::schema
