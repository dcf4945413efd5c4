// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The case file's tables, one string per concept (each defined in its own
// schema_<concept>.cpp). Migration 1 creates them all; later migrations are
// appended in migrations.cpp and never edited once released.

namespace hitome::core::schema {

extern const char* const kCase;       // case_info, sources, hosts, users, notes
extern const char* const kAlerts;     // alerts, alert_techniques, alert_tactics, evidence
extern const char* const kProcesses;  // processes
extern const char* const kEvents;     // events, events_fts, scheduled_tasks, services
extern const char* const kDetect;     // rule hits and attacker-command phases

// Later migrations.
extern const char* const kProcessesByGuidSkipsNulls;   // 4: processes_by_guid leaves NULL GUIDs out
extern const char* const kReconParentKey;    // 5: recon_commands.parent_key
extern const char* const kDetectionState;   // 5: detection_shells; the next detection reads every event
extern const char* const kEvidenceRawPath;      // 3: evidence.raw_path
extern const char* const kDropUnusedAlertIndexes;   // 3: no index on evidence.kind, alert_techniques.technique_id

}  // namespace hitome::core::schema
