// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests_support/sample_case.h"

#include <stdexcept>

#include "core/store/case_file.h"

namespace hitome::test {

void fillSampleCase(core::Connection& conn) {
    const char* sql = R"SQL(
INSERT INTO hosts(id, name) VALUES (1, 'HOST-B'), (2, 'HOST-C'), (3, 'HOST-X');
INSERT INTO users(id, domain, name) VALUES (1, 'CORP', 'alice');
INSERT INTO sources(id, name, sha256, format, imported_at) VALUES (1, 'a.json', 'abc', 'mde-alerts', 0);
INSERT INTO alerts(id, source_id, provider, external_id, title, severity, status, first_event, host_id, user_id, category)
  VALUES (1, 1, 'mde', 'a1', 'Suspicious scheduled task', 3, 'new', 17000000000000000, 1, 1, 'Persistence'),
         (2, 1, 'mde', 'a2', 'Suspicious scheduled task', 3, 'resolved', 17000000100000000, 2, 1, 'Persistence'),
         (3, 1, 'mde', 'a3', 'Discovery commands', 1, 'new', 17000000200000000, 3, NULL, 'Discovery');
INSERT INTO alert_tactics VALUES (1, 'TA0003'), (2, 'TA0003'), (3, 'TA0007');
INSERT INTO alert_techniques VALUES (1, 'T1053.005', 'T1053.005'), (2, 'T1053.005', 'T1053.005'), (3, 'T1087', 'T1087');
INSERT INTO evidence(alert_id, kind, command_line, ip) VALUES
  (1, 'process', 'schtasks /create /tn Updater /ru SYSTEM /sc daily /tr "powershell -nop -w hidden"', '10.0.0.5'),
  (3, 'process', 'net user /domain', NULL), (3, 'process', 'cmd /c whoami /all', NULL);
INSERT INTO scheduled_tasks(host_id, name, operation, run_as, action, origin) VALUES
  (1, 'Updater', 'created', 'SYSTEM', 'powershell.exe', 'security-4698'),
  (2, 'Updater', 'created', 'SYSTEM', 'powershell.exe', 'security-4698');
INSERT INTO notes(alert_id, author, created, modified, text) VALUES (1, 'analyst', 1, 1, 'Confirmed on HOST-B');
)SQL";
    if (auto st = conn.exec(sql); !st) throw std::runtime_error(st.error().message());
}

void writeSampleCase(const std::filesystem::path& path) {
    auto kase = core::CaseFile::open(path);
    if (!kase) throw std::runtime_error(kase.error().message());
    fillSampleCase(kase->connection());
}

}  // namespace hitome::test
