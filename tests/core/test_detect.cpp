// SPDX-License-Identifier: GPL-3.0-or-later
// Detection over a case: rule alerts (one per rule and process, with hit
// counts, techniques, tactics and linked events), attacker-phase commands,
// re-runs that update instead of duplicating, and cancellation.

#include <QtTest>

#include <algorithm>

#include "core/detect/detection_runner.h"
#include "core/detect/recon_query.h"
#include "core/detect/rule_set.h"
#include "core/store/case_file.h"
#include "core/store/entity_ids.h"
#include "core/store/event_writer.h"
#include "core/store/migrations.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"
#include "tests_support/test_paths.h"

using namespace hitome::core;

namespace {

const std::string kSysmon = "Microsoft-Windows-Sysmon/Operational";

WinEvent processEvent(int second, const std::string& guid, const std::string& parentGuid, const std::string& image,
                      const std::string& commandLine) {
    WinEvent e;
    e.time = (1700000000LL + second) * kTicksPerSecond;
    e.computer = "pc01.corp.local";
    e.channel = kSysmon;
    e.provider = "Microsoft-Windows-Sysmon";
    e.eventId = 1;
    e.data = {{"ProcessGuid", guid}, {"ProcessId", std::to_string(1000 + second)}, {"Image", image},
              {"CommandLine", commandLine}, {"User", "CORP\\mallory"}, {"ParentProcessGuid", parentGuid},
              {"ParentProcessId", "900"}, {"ParentImage", "C:\\Users\\Public\\rat.exe"}};
    return e;
}

WinEvent lsassAccess(int second) {
    WinEvent e;
    e.time = (1700000000LL + second) * kTicksPerSecond;
    e.computer = "pc01.corp.local";
    e.channel = kSysmon;
    e.provider = "Microsoft-Windows-Sysmon";
    e.eventId = 10;
    e.data = {{"SourceProcessGuid", "{dump-1}"}, {"SourceImage", "C:\\Users\\Public\\m.exe"},
              {"TargetImage", "C:\\Windows\\system32\\lsass.exe"}, {"GrantedAccess", "0x1010"}};
    return e;
}

std::int64_t count(Connection& conn, const std::string& sql) {
    Statement st(conn, sql);
    auto step = st.step();
    return step && *step == Statement::Step::Row ? st.columnInt(0) : -1;
}

// Writes `events` as one imported file (rows, then process trees).
void importEvents(CaseFile& c, const std::vector<WinEvent>& events, const std::string& name) {
    Connection& conn = c.connection();
    Statement source(conn, "INSERT INTO sources (name, sha256, format, imported_at) VALUES (?1, ?1, 'evtx', 0)");
    source.bind(1, name);
    QVERIFY(source.run().ok());
    const std::int64_t sourceId = conn.lastInsertRowId();
    EntityIds ids(conn);
    EventWriter writer(conn, ids);
    for (const auto& e : events) QVERIFY(writer.add(e, sourceId).ok());
    QVERIFY(writer.flush().ok());
}

// Everything detection wrote, as text rows in a fixed order.
std::vector<std::string> detectionRows(Connection& conn) {
    const char* queries[] = {
        "SELECT provider, external_id, title, severity, hit_count, first_event, last_event, host_id, user_id,"
        " process_id, event_id, rule_id, category FROM alerts WHERE provider IN ('sigma', 'recon')",
        "SELECT a.external_id, e.event_id FROM alert_events e JOIN alerts a ON a.id = e.alert_id",
        "SELECT a.external_id, t.tactic_id FROM alert_tactics t JOIN alerts a ON a.id = t.alert_id",
        "SELECT a.external_id, t.technique_id FROM alert_techniques t JOIN alerts a ON a.id = t.alert_id",
        "SELECT * FROM recon_commands", "SELECT * FROM detection_shells"};
    std::vector<std::string> rows;
    for (const char* sql : queries) {
        Statement st(conn, sql);
        while (true) {
            auto step = st.step();
            if (!step || *step != Statement::Step::Row) break;
            std::string row = sql;
            for (int i = 0; i < st.columnCount(); ++i) row += "|" + st.columnText(i);
            rows.push_back(std::move(row));
        }
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

}  // namespace

class TestDetect : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_rules.addDirectory(hitome::test::resourcesDir() / "rules", m_report);
        m_rules.finalize();
        QVERIFY(m_report.loaded > 0);
        m_casePath = hitome::test::scratchDir("detect") / "case.hitome";
        auto c = CaseFile::open(m_casePath);
        QVERIFY(c.ok());
        Connection& conn = c->connection();
        QVERIFY(conn.exec("INSERT INTO sources (name, sha256, format, imported_at) VALUES ('t.evtx', 'x', 'evtx', 0)").ok());
        const std::int64_t source = conn.lastInsertRowId();
        EntityIds ids(conn);
        EventWriter writer(conn, ids);
        const std::string sys = "C:\\Windows\\System32\\";
        const std::vector<WinEvent> events = {
            processEvent(0, "{p1}", "{rat}", sys + "tasklist.exe", "tasklist /v"),
            processEvent(20, "{p2}", "{rat}", sys + "whoami.exe", "whoami /all"),
            processEvent(40, "{p3}", "{rat}", sys + "ipconfig.exe", "ipconfig /all"),
            processEvent(60, "{c4}", "{rat}", sys + "cmd.exe", "cmd.exe /c dir c:\\users"),
            processEvent(80, "{p5}", "{rat}", sys + "net.exe", "net user /domain"),
            processEvent(100, "{p6}", "{rat}", sys + "vssadmin.exe", "vssadmin delete shadows /all /quiet"),
            processEvent(120, "{p7}", "{explorer}", sys + "notepad.exe", "notepad.exe a.txt"),
            lsassAccess(130),
            lsassAccess(131),
            lsassAccess(132),
        };
        for (const auto& e : events) QVERIFY(writer.add(e, source).ok());
        QVERIFY(writer.flush().ok());
    }

    void raisesOneAlertPerRuleAndProcess() {
        auto c = CaseFile::open(m_casePath);
        QVERIFY(c.ok());
        auto result = runDetection(*c, m_rules, nullptr, std::stop_token{});
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());
        QCOMPARE(result->eventsScanned, std::uint64_t(10));
        Connection& conn = c->connection();
        QCOMPARE(count(conn, "SELECT COUNT(*) FROM alerts WHERE provider = 'sigma' AND title LIKE 'Volume Shadow%'"), 1);
        // Three lsass reads by one process: one alert, hit count 3, three linked events.
        QCOMPARE(count(conn, "SELECT COUNT(*) FROM alerts WHERE title LIKE 'Process Opened LSASS%'"), 1);
        QCOMPARE(count(conn, "SELECT hit_count FROM alerts WHERE title LIKE 'Process Opened LSASS%'"), 3);
        QCOMPARE(count(conn, "SELECT COUNT(*) FROM alert_events ae JOIN alerts a ON a.id = ae.alert_id"
                             " WHERE a.title LIKE 'Process Opened LSASS%'"), 3);
        QCOMPARE(count(conn, "SELECT COUNT(*) FROM alert_techniques t JOIN alerts a ON a.id = t.alert_id"
                             " WHERE a.title LIKE 'Process Opened LSASS%' AND t.technique_id = 'T1003.001'"), 1);
        QCOMPARE(count(conn, "SELECT COUNT(*) FROM alert_tactics t JOIN alerts a ON a.id = t.alert_id"
                             " WHERE a.title LIKE 'Volume Shadow%' AND t.tactic_id = 'TA0040'"), 1);
        QCOMPARE(count(conn, "SELECT severity FROM alerts WHERE title LIKE 'Volume Shadow%'"), 3);
        QCOMPARE(count(conn, "SELECT COUNT(*) FROM alerts WHERE title LIKE 'Volume Shadow%' AND rule_id IS NOT NULL"
                             " AND event_id IS NOT NULL AND host_id IS NOT NULL"), 1);
        QCOMPARE(count(conn, "SELECT COUNT(*) FROM alerts WHERE title LIKE '%notepad%'"), 0);
    }

    void storesPhaseCommandsAndRaisesReconAlert() {
        auto c = CaseFile::open(m_casePath);
        QVERIFY(c.ok());
        Connection& conn = c->connection();
        QCOMPARE(count(conn, "SELECT COUNT(*) FROM recon_commands"), 5);   // tasklist whoami ipconfig dir net user
        QCOMPARE(count(conn, "SELECT COUNT(*) FROM recon_commands WHERE command = 'dir' AND phase = 'exploration'"), 1);
        QCOMPARE(count(conn, "SELECT COUNT(*) FROM alerts WHERE provider = 'recon'"), 1);
        QCOMPARE(count(conn, "SELECT hit_count FROM alerts WHERE provider = 'recon'"), 5);
        auto hosts = reconByHost(conn);
        QVERIFY(hosts.ok());
        QCOMPARE(hosts->size(), size_t(1));
        QCOMPARE(hosts->front().phases.size(), size_t(2));
        QCOMPARE(hosts->front().phases[0].phase, std::string("initial-recon"));
        QCOMPARE(hosts->front().phases[0].commands.size(), size_t(3));
    }

    void rerunUpdatesWithoutDuplicating() {
        auto c = CaseFile::open(m_casePath);
        QVERIFY(c.ok());
        Connection& conn = c->connection();
        const auto alertsBefore = count(conn, "SELECT COUNT(*) FROM alerts");
        const auto linksBefore = count(conn, "SELECT COUNT(*) FROM alert_events");
        QVERIFY(conn.exec("UPDATE alerts SET status = 'resolved' WHERE provider = 'recon'").ok());
        // Nothing was added: a run has nothing to do.
        auto nothing = runDetection(*c, m_rules, nullptr, std::stop_token{});
        QVERIFY(nothing.ok());
        QCOMPARE(nothing->eventsScanned, std::uint64_t(0));
        QCOMPARE(nothing->alertsUpdated, 0);
        // A full run (hitome detect --full) matches everything again and updates in place.
        QVERIFY(forgetDetectionScan(*c).ok());
        auto result = runDetection(*c, m_rules, nullptr, std::stop_token{});
        QVERIFY(result.ok());
        QCOMPARE(result->eventsScanned, std::uint64_t(10));
        QCOMPARE(result->alertsCreated, 0);
        QVERIFY(result->alertsUpdated > 0);
        QCOMPARE(count(conn, "SELECT COUNT(*) FROM alerts"), alertsBefore);
        QCOMPARE(count(conn, "SELECT COUNT(*) FROM alert_events"), linksBefore);
        QCOMPARE(count(conn, "SELECT hit_count FROM alerts WHERE title LIKE 'Process Opened LSASS%'"), 3);
        QCOMPARE(count(conn, "SELECT COUNT(*) FROM recon_commands"), 5);
        // The analyst's triage survives a re-run.
        QCOMPARE(count(conn, "SELECT COUNT(*) FROM alerts WHERE provider = 'recon' AND status = 'resolved'"), 1);
    }

    // An import adds events; detection after it matches only those, and the
    // alerts come out as a run over everything would make them: hit counts
    // and spans merged across the two imports, a command burst that spans
    // them, and a cmd.exe from the first import grouping its children from
    // the second under the shell that started it.
    void runOverNewEventsEqualsRunOverAll() {
        const std::string sys = "C:\\Windows\\System32\\";
        const std::vector<WinEvent> first = {
            processEvent(0, "{p1}", "{rat}", sys + "tasklist.exe", "tasklist /v"),
            processEvent(20, "{p2}", "{rat}", sys + "whoami.exe", "whoami /all"),
            processEvent(40, "{c4}", "{rat}", sys + "cmd.exe", "cmd.exe /c ipconfig /all"),
            lsassAccess(50),
        };
        const std::vector<WinEvent> second = {
            processEvent(60, "{p3}", "{c4}", sys + "ipconfig.exe", "ipconfig /all"),
            processEvent(80, "{p5}", "{rat}", sys + "net.exe", "net user /domain"),
            processEvent(100, "{p6}", "{rat}", sys + "vssadmin.exe", "vssadmin delete shadows /all /quiet"),
            lsassAccess(131),
            lsassAccess(132),
        };
        const auto dir = hitome::test::scratchDir("detect_incremental");
        auto stepwise = CaseFile::open(dir / "stepwise.hitome");
        auto atOnce = CaseFile::open(dir / "at_once.hitome");
        QVERIFY(stepwise.ok() && atOnce.ok());

        importEvents(*stepwise, first, "first");
        auto before = runDetection(*stepwise, m_rules, nullptr, std::stop_token{});
        QVERIFY(before.ok());
        QVERIFY(!before->isNewEventsOnly);
        importEvents(*stepwise, second, "second");
        auto after = runDetection(*stepwise, m_rules, nullptr, std::stop_token{});
        QVERIFY2(after.ok(), after.ok() ? "" : after.error().message().c_str());
        QVERIFY(after->isNewEventsOnly);
        QCOMPARE(after->eventsScanned, std::uint64_t(second.size()));

        importEvents(*atOnce, first, "first");
        importEvents(*atOnce, second, "second");
        auto all = runDetection(*atOnce, m_rules, nullptr, std::stop_token{});
        QVERIFY(all.ok());
        QVERIFY(!all->isNewEventsOnly);
        QCOMPARE(all->eventsScanned, std::uint64_t(first.size() + second.size()));

        const auto stepwiseRows = detectionRows(stepwise->connection());
        QVERIFY(stepwiseRows.size() > 10);
        QCOMPARE(stepwiseRows, detectionRows(atOnce->connection()));
        // The merged counts are the whole case's: three lsass reads; one burst of four commands.
        QCOMPARE(count(stepwise->connection(), "SELECT hit_count FROM alerts WHERE title LIKE 'Process Opened LSASS%'"), 3);
        QCOMPARE(count(stepwise->connection(), "SELECT hit_count FROM alerts WHERE provider = 'recon'"), 4);

        // Nothing new: nothing is matched, nothing changes.
        auto again = runDetection(*stepwise, m_rules, nullptr, std::stop_token{});
        QVERIFY(again.ok());
        QCOMPARE(again->eventsScanned, std::uint64_t(0));
        QCOMPARE(detectionRows(stepwise->connection()), stepwiseRows);
    }

    // A case detected by a Hitome without the stored parent keys (schema 4)
    // is upgraded, and its next run reads every event again.
    void casesFromBeforeTheDetectionStateScanEverything() {
        const auto path = hitome::test::scratchDir("detect_schema4") / "c.hitome";
        QVERIFY(std::filesystem::copy_file(m_casePath, path));
        {
            auto c = CaseFile::open(path);
            QVERIFY(c.ok());
            QVERIFY(runDetection(*c, m_rules, nullptr, std::stop_token{}).ok());
            QVERIFY(c->connection().exec("DROP TABLE detection_shells; ALTER TABLE recon_commands DROP COLUMN parent_key;"
                                         "PRAGMA user_version=4").ok());
        }
        auto c = CaseFile::open(path);
        QVERIFY(c.ok());
        QCOMPARE(readSchemaVersion(c->connection()), currentSchemaVersion());
        auto result = runDetection(*c, m_rules, nullptr, std::stop_token{});
        QVERIFY(result.ok());
        QVERIFY(!result->isNewEventsOnly);
        QCOMPARE(result->eventsScanned, std::uint64_t(10));
        QCOMPARE(count(c->connection(), "SELECT count(*) FROM recon_commands WHERE parent_key IS NULL"), 0);
    }

    // Other rules (a rule added, edited or removed): every event again.
    void otherRulesScanEveryEvent() {
        auto c = CaseFile::open(m_casePath);
        QVERIFY(c.ok());
        QVERIFY(runDetection(*c, m_rules, nullptr, std::stop_token{}).ok());
        RuleSet more;
        RuleLoadReport report;
        more.addDirectory(hitome::test::resourcesDir() / "rules", report);
        more.addRuleText("title: Notepad Started\nid: 0f0f0f0f-1111-4222-8333-444455556666\nlogsource:\n"
                         "  category: process_creation\n  product: windows\ndetection:\n  selection:\n"
                         "    Image|endswith: '\\notepad.exe'\n  condition: selection\nlevel: low\n",
                         "extra.yml", report);
        more.finalize();
        QVERIFY(more.fingerprint() != m_rules.fingerprint());
        auto result = runDetection(*c, more, nullptr, std::stop_token{});
        QVERIFY(result.ok());
        QVERIFY(!result->isNewEventsOnly);
        QCOMPARE(result->eventsScanned, std::uint64_t(10));
        QCOMPARE(count(c->connection(), "SELECT COUNT(*) FROM alerts WHERE title = 'Notepad Started'"), 1);
        // And back to the first rules: their fingerprint is not the case's any more.
        auto back = runDetection(*c, m_rules, nullptr, std::stop_token{});
        QVERIFY(back.ok());
        QCOMPARE(back->eventsScanned, std::uint64_t(10));
    }

    void cancelledRunLeavesCaseUnchanged() {
        const auto path = hitome::test::scratchDir("detect_cancel") / "c.hitome";
        QVERIFY(std::filesystem::copy_file(m_casePath, path));
        auto c = CaseFile::open(path);
        QVERIFY(c.ok());
        Connection& conn = c->connection();
        QVERIFY(conn.exec("DELETE FROM alerts; DELETE FROM recon_commands;").ok());
        std::stop_source stop;
        stop.request_stop();
        auto result = runDetection(*c, m_rules, nullptr, stop.get_token());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QCOMPARE(count(conn, "SELECT COUNT(*) FROM alerts"), 0);
        QCOMPARE(count(conn, "SELECT COUNT(*) FROM recon_commands"), 0);
    }

private:
    RuleSet m_rules;
    RuleLoadReport m_report;
    std::filesystem::path m_casePath;
};

QTEST_APPLESS_MAIN(TestDetect)
#include "test_detect.moc"
