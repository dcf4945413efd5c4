// SPDX-License-Identifier: GPL-3.0-or-later
// The full-text index built after imports: searches find events whether or
// not they are indexed yet, the build goes in batches that each commit,
// stopping keeps what was indexed, and cases written before the index was
// deferred count as fully indexed.

#include <QtTest>

#include <stop_token>

#include "core/store/case_file.h"
#include "core/store/entity_ids.h"
#include "core/store/event_queries.h"
#include "core/store/event_search_index.h"
#include "core/store/event_writer.h"
#include "core/store/hunt_query.h"
#include "core/store/statement.h"
#include "test_import_support.h"
#include "tests_support/test_paths.h"

using namespace hitome::core;
using hitome::test::countRows;

namespace {

WinEvent processEvent(Ticks time, std::string commandLine) {
    WinEvent e;
    e.eventId = 1;
    e.channel = "Microsoft-Windows-Sysmon/Operational";
    e.provider = "Microsoft-Windows-Sysmon";
    e.computer = "WS01";
    e.time = time;
    e.data = {{"Image", "C:\\Windows\\System32\\cmd.exe"}, {"CommandLine", std::move(commandLine)}};
    return e;
}

// Stores the command lines as Sysmon 1 events (no index built).
void storeEvents(CaseFile& caseFile, const std::vector<std::string>& commandLines) {
    Connection& conn = caseFile.connection();
    Statement src(conn, "INSERT INTO sources(name, sha256, format, imported_at) VALUES('t', hex(randomblob(16)), 't', 0)");
    QVERIFY(src.run().ok());
    const std::int64_t sourceId = conn.lastInsertRowId();
    EntityIds ids(conn);
    EventWriter writer(conn, ids);
    Ticks t = 1'700'000'000LL * kTicksPerSecond + countRows(conn, "SELECT count(*) FROM events");
    for (const auto& line : commandLines) QVERIFY(writer.add(processEvent(t++, line), sourceId).ok());
    QVERIFY(writer.flush().ok());
}

std::size_t textMatches(Connection& conn, const std::string& text) {
    EventFilter f;
    f.text = text;
    auto rows = EventQueries(conn).search(f);
    if (!rows) return static_cast<std::size_t>(-1);
    return rows->size();
}

std::size_t huntMatches(Connection& conn, const std::string& text) {
    HuntQuery q;
    q.text = text;
    auto ids = queryHuntIds(conn, q);
    return ids ? ids->ids.size() : static_cast<std::size_t>(-1);
}

const std::vector<std::string> kLines = {"schtasks /create /tn Updater /tr evil.exe", "whoami /all",
                                         "net user /domain", "cmd /c echo 100% done_now", "SCHTASKS /Delete /TN Updater"};

}  // namespace

class TestEventSearchIndex : public QObject {
    Q_OBJECT
private slots:
    void searchesFindEventsBeforeAndAfterIndexing() {
        auto caseFile = CaseFile::open(hitome::test::scratchDir("search-index") / "a.hitome");
        QVERIFY(caseFile.ok());
        Connection& conn = caseFile->connection();
        storeEvents(*caseFile, kLines);
        auto state = readSearchIndexState(conn);
        QVERIFY(state.ok());
        QVERIFY(!state->isComplete());
        QCOMPARE(state->pendingRows(), 5);
        QCOMPARE(countRows(conn, "SELECT count(*) FROM events_fts WHERE events_fts MATCH '\"schtasks\"'"), 0);

        const std::vector<std::pair<std::string, std::size_t>> searches = {
            {"schtasks", 2}, {"updater /create", 1}, {"WHOAMI", 1}, {"/c", 2}, {"/c echo", 1}, {"100%", 1}, {"0%", 1},
            {"e_n", 1}, {"%", 1}, {"_", 1}, {"nothing-like-this", 0}};
        for (const auto& [text, expected] : searches) {
            QCOMPARE(textMatches(conn, text), expected);
            QCOMPARE(huntMatches(conn, text), expected);
        }

        std::vector<std::pair<std::int64_t, std::int64_t>> progress;
        QVERIFY(indexPendingEvents(conn, {}, [&](std::int64_t done, std::int64_t total) { progress.emplace_back(done, total); }, 2)
                    .ok());
        const std::vector<std::pair<std::int64_t, std::int64_t>> expectedProgress = {{2, 5}, {4, 5}, {5, 5}};
        QCOMPARE(progress, expectedProgress);
        state = readSearchIndexState(conn);
        QVERIFY(state->isComplete());
        QCOMPARE(countRows(conn, "SELECT count(*) FROM events_fts WHERE events_fts MATCH '\"schtasks\"'"), 2);
        for (const auto& [text, expected] : searches) {
            QCOMPARE(textMatches(conn, text), expected);
            QCOMPARE(huntMatches(conn, text), expected);
        }
        QVERIFY(indexPendingEvents(conn).ok());   // nothing left: no change
        QCOMPARE(countRows(conn, "SELECT count(*) FROM events_fts WHERE events_fts MATCH '\"whoami\"'"), 1);
    }

    void indexedAndPendingEventsAreFoundTogether() {
        auto caseFile = CaseFile::open(hitome::test::scratchDir("search-index-mixed") / "a.hitome");
        QVERIFY(caseFile.ok());
        Connection& conn = caseFile->connection();
        storeEvents(*caseFile, {"schtasks /create /tn First"});
        QVERIFY(indexPendingEvents(conn).ok());
        storeEvents(*caseFile, {"schtasks /create /tn Second", "whoami"});
        QCOMPARE(readSearchIndexState(conn)->pendingRows(), 2);
        QCOMPARE(textMatches(conn, "schtasks /create"), 2u);
        QCOMPARE(huntMatches(conn, "schtasks /create"), 2u);
        QCOMPARE(textMatches(conn, "first"), 1u);
        QCOMPARE(textMatches(conn, "second"), 1u);
    }

    void stoppingKeepsWhatWasIndexedAndResumes() {
        auto caseFile = CaseFile::open(hitome::test::scratchDir("search-index-stop") / "a.hitome");
        QVERIFY(caseFile.ok());
        Connection& conn = caseFile->connection();
        storeEvents(*caseFile, kLines);
        std::stop_source stop;
        auto status = indexPendingEvents(conn, stop.get_token(), [&](std::int64_t, std::int64_t) { stop.request_stop(); }, 2);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::Cancelled);
        auto state = readSearchIndexState(conn);
        QCOMPARE(state->indexedThrough, 2);
        QCOMPARE(countRows(conn, "SELECT count(*) FROM events_fts WHERE events_fts MATCH '\"schtasks\"'"), 1);
        QCOMPARE(textMatches(conn, "schtasks"), 2u);   // one from the index, one scanned

        // A new connection sees the committed batch and resumes after it.
        caseFile = CaseFile::open(conn.path());
        QVERIFY(caseFile.ok());
        QCOMPARE(readSearchIndexState(caseFile->connection())->indexedThrough, 2);
        QVERIFY(indexPendingEvents(caseFile->connection()).ok());
        QCOMPARE(countRows(caseFile->connection(), "SELECT count(*) FROM events_fts WHERE events_fts MATCH '\"schtasks\"'"), 2);
    }

    void casesFromBeforeTheDeferredIndexCountAsIndexed() {
        const auto path = hitome::test::scratchDir("search-index-old") / "a.hitome";
        {
            auto caseFile = CaseFile::open(path);
            QVERIFY(caseFile.ok());
            storeEvents(*caseFile, kLines);
            QVERIFY(indexPendingEvents(caseFile->connection()).ok());
            // As written by schema 1: no mark (its imports indexed every event).
            QVERIFY(caseFile->connection().exec("DELETE FROM case_info WHERE key = 'search_indexed_through'").ok());
            QVERIFY(caseFile->connection().exec("PRAGMA user_version=1").ok());
        }
        auto caseFile = CaseFile::open(path);
        QVERIFY(caseFile.ok());
        auto state = readSearchIndexState(caseFile->connection());
        QVERIFY(state.ok());
        QVERIFY(state->isComplete());
        QCOMPARE(state->indexedThrough, 5);
        QCOMPARE(textMatches(caseFile->connection(), "schtasks"), 2u);
    }
};

QTEST_APPLESS_MAIN(TestEventSearchIndex)
#include "test_event_search_index.moc"
