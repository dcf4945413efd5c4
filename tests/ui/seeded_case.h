// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small incident written straight into a case file, so the workbench tests
// do not depend on the importers: two hosts, a process chain ending in
// schtasks.exe, five alerts over four tactics, evidence and events.

#include <filesystem>
#include <string>

#include "core/store/case_file.h"
#include "core/store/statement.h"

namespace hitome::test {

inline const char* const kSeedSql = R"SQL(
INSERT INTO sources(id, name, sha256, format, imported_at) VALUES (1, 'seed.json', 'seed', 'mde-alerts', 0);
INSERT INTO hosts(id, name) VALUES (1, 'WS01'), (2, 'SRV02');
INSERT INTO users(id, domain, name) VALUES (1, 'CORP', 'alice'), (2, 'CORP', 'bob');
INSERT INTO processes(id, host_id, pid, parent_id, image, command_line, user, start_time, origin) VALUES
 (1, 1, 4100, NULL, 'C:\Windows\explorer.exe', 'C:\Windows\explorer.exe', 'CORP\alice', 17093000000000000, 'sysmon'),
 (2, 1, 4200, 1, 'C:\Windows\System32\cmd.exe', '"C:\Windows\System32\cmd.exe"', 'CORP\alice', 17093000100000000, 'sysmon'),
 (3, 1, 4300, 2, 'C:\Windows\System32\schtasks.exe', 'schtasks.exe /create /SC ONCE /TN Troj /TR C:\Users\x\Desktop\Backdoor.exe /ST 13:36 /F', 'CORP\alice', 17093000200000000, 'sysmon'),
 (4, 1, 4400, 2, 'C:\Windows\System32\whoami.exe', 'whoami /all', 'CORP\alice', 17093000300000000, 'sysmon');
INSERT INTO alerts(id, source_id, provider, external_id, title, description, category, severity, status, first_event, host_id, user_id, process_id) VALUES
 (1, 1, 'mde', 'da1', 'Suspicious scheduled task', 'A task <b>Troj</b> was registered.', 'Persistence', 3, 'new', 17093000200000000, 1, 1, 3),
 (2, 1, 'mde', 'da2', 'Suspicious PowerShell command line', 'Encoded command.', 'Execution', 2, 'new', 17093000400000000, 1, 1, NULL),
 (3, 1, 'sigma', 'r3', 'Run key added', 'Registry run key.', 'Persistence', 1, 'inProgress', 17093000500000000, 2, 2, NULL),
 (4, 1, 'sigma', 'r4', 'Account discovery', 'whoami /all was run.', 'Discovery', 1, 'new', 17093000300000000, 1, 1, 4),
 (5, 1, 'mde', 'da5', 'Malware detected', 'Backdoor.exe quarantined.', 'Malware', 3, 'resolved', 17093000600000000, 2, 2, NULL);
INSERT INTO alert_tactics(alert_id, tactic_id) VALUES (1, 'TA0003'), (1, 'TA0002'), (2, 'TA0002'), (3, 'TA0003'), (4, 'TA0007'), (5, 'other');
INSERT INTO alert_techniques(alert_id, technique_id, original_id) VALUES
 (1, 'T1053.005', 'T1053.005'), (2, 'T1059.001', 'T1059.001'), (3, 'T1547.001', 'T1547.001'), (4, 'T1033', 'T1033');
INSERT INTO evidence(alert_id, kind, file_name, file_path, command_line, pid, process_id) VALUES
 (1, 'process', 'schtasks.exe', 'C:\Windows\System32', 'schtasks.exe /create /SC ONCE /TN Troj /TR C:\Users\x\Desktop\Backdoor.exe /ST 13:36 /F', 4300, 3),
 (1, 'file', 'Backdoor.exe', 'C:\Users\x\Desktop', NULL, NULL, NULL);
INSERT INTO events(id, source_id, time, host_id, computer, channel, event_id, image, command_line, parent_image, parent_command_line, user, task_name, target_object, process_id) VALUES
 (1, 1, 17093000200000000, 1, 'WS01', 'Microsoft-Windows-Sysmon/Operational', 1, 'C:\Windows\System32\schtasks.exe', 'schtasks.exe /create /SC ONCE /TN Troj /TR C:\Users\x\Desktop\Backdoor.exe /ST 13:36 /F', 'C:\Windows\System32\cmd.exe', '"C:\Windows\System32\cmd.exe"', 'CORP\alice', 'Troj', NULL, 3),
 (2, 1, 17093000300000000, 1, 'WS01', 'Microsoft-Windows-Sysmon/Operational', 1, 'C:\Windows\System32\whoami.exe', 'whoami /all', 'C:\Windows\System32\cmd.exe', '"C:\Windows\System32\cmd.exe"', 'CORP\alice', NULL, NULL, 4),
 (3, 1, 17093000700000000, 2, 'SRV02', 'Security', 4698, NULL, NULL, NULL, NULL, 'CORP\bob', 'Troj', NULL, NULL),
 (4, 1, 17093000800000000, 2, 'SRV02', 'Microsoft-Windows-Sysmon/Operational', 1, 'C:\Windows\System32\reg.exe', 'reg add HKCU\Software\Microsoft\Windows\CurrentVersion\Run /v upd /d C:\Users\x\upd.exe', 'C:\Windows\System32\cmd.exe', 'cmd.exe', 'CORP\bob', NULL, NULL, NULL),
 (5, 1, 17093000900000000, 2, 'SRV02', 'Microsoft-Windows-Sysmon/Operational', 13, 'C:\Windows\System32\reg.exe', NULL, NULL, NULL, 'CORP\bob', NULL, 'HKCU\Software\Microsoft\Windows\CurrentVersion\Run\upd', NULL);
INSERT INTO events_fts(events_fts) VALUES ('rebuild');
INSERT INTO recon_commands(event_id, host_id, phase, command, time) VALUES (2, 1, 'initial-recon', 'whoami', 17093000300000000);
)SQL";

// Creates (or overwrites) a seeded case at `path`.
inline bool writeSeededCase(const std::filesystem::path& path) {
    std::error_code ec;
    std::filesystem::remove(path, ec);
    auto c = hitome::core::CaseFile::open(path);
    if (!c) return false;
    return c->connection().exec(kSeedSql).ok();
}

}  // namespace hitome::test
