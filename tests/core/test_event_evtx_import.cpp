// SPDX-License-Identifier: GPL-3.0-or-later
// EVTX through the import job: every record of the corpus lands in the case
// (per file, equal to the chunk headers' counts), process trees and the 4698
// task definition of a known sample, bad files refused with file + offset
// and the case left as it was, cancellation.

#include <QtTest>

#include <fstream>

#include "core/ingest/evtx/evtx_file.h"
#include "core/ingest/import_job.h"
#include "core/store/case_file.h"
#include "core/store/statement.h"
#include "tests_support/test_paths.h"

using namespace hitome::core;

namespace {

std::int64_t scalar(Connection& conn, const std::string& sql, const std::string& bind = {}) {
    Statement st(conn, sql);
    if (!bind.empty()) st.bind(1, bind);
    auto r = st.step();
    return r && *r == Statement::Step::Row ? st.columnInt(0) : -1;
}

std::string text(Connection& conn, const std::string& sql) {
    Statement st(conn, sql);
    auto r = st.step();
    return r && *r == Statement::Step::Row ? st.columnText(0) : std::string("<none>");
}

Result<ImportSummary> importPaths(CaseFile& c, std::vector<std::filesystem::path> paths,
                                  std::stop_token stop = {}, ProgressCallback progress = nullptr) {
    ImportJob job(c, nullptr);
    return job.run(std::move(paths), ImportOptions{}, std::move(progress), stop);
}

std::filesystem::path scheduledTaskSample() {
    return hitome::test::corpusDir() / "evtx/EVTX-to-MITRE-Attack/TA0002-Execution/T1053.005-Scheduled Task" /
           "ID4688-4698 Persistent scheduled task with SYSTEM privileges creation.evtx";
}

std::string fileBytes(const std::filesystem::path& p) { return hitome::test::readFile(p); }

}  // namespace

class TestEventEvtxImport : public QObject {
    Q_OBJECT
private slots:
    void everyRecordOfTheCorpusIsStored() {
        HITOME_REQUIRE_SHARED();
        const auto dir = hitome::test::scratchDir("evtximport");
        auto c = CaseFile::open(dir / "corpus.hitome");
        QVERIFY(c.ok());
        auto r = importPaths(*c, {hitome::test::corpusDir() / "evtx"});
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message().c_str());
        Connection& conn = c->connection();
        int files = 0;
        for (const auto& f : r->files) {
            if (f.kind != FileOutcomeKind::Imported || f.format != "evtx") continue;
            ++files;
            Statement path(conn, "SELECT path FROM sources WHERE id = ?");
            path.bind(1, f.sourceId);
            QVERIFY(path.step().ok());
            auto evtx = EvtxFile::open(path.columnText(0));
            QVERIFY(evtx.ok());
            const auto live = scalar(conn, "SELECT count(*) FROM events WHERE recovered = 0 AND source_id = " +
                                               std::to_string(f.sourceId));
            QVERIFY2(static_cast<std::uint64_t>(live) == evtx->headerRecordCount(), f.displayName.c_str());
        }
        QVERIFY(files > 250);
        QVERIFY(scalar(conn, "SELECT count(*) FROM events WHERE recovered = 0") >= 16000);
        QVERIFY(scalar(conn, "SELECT count(*) FROM processes") > 100);
        QVERIFY(scalar(conn, "SELECT count(*) FROM scheduled_tasks") > 10);
        QVERIFY(scalar(conn, "SELECT count(*) FROM services") > 0);
        // Trees are built once per import; every process row is still
        // counted against the file whose event created it.
        std::uint64_t perFile = 0;
        for (const auto& f : r->files) perFile += f.counts.processes;
        QCOMPARE(perFile, r->processes);
        QCOMPARE(static_cast<std::uint64_t>(scalar(conn, "SELECT sum(process_count) FROM sources")), r->processes);
        QCOMPARE(static_cast<std::uint64_t>(scalar(conn, "SELECT count(*) FROM processes")), r->processes);
        // Carved records that decode to noise are not stored.
        QCOMPARE(scalar(conn, "SELECT count(*) FROM events WHERE recovered = 1 AND "
                              "(channel GLOB '*[' || char(1) || '-' || char(31) || ']*' OR "
                              "provider GLOB '*[' || char(1) || '-' || char(31) || ']*' OR "
                              "length(CAST(data AS BLOB)) > 1000000)"),
                 0);
    }

    void scheduledTaskSampleGivesTreeAndTask() {
        HITOME_REQUIRE_SHARED();
        const auto dir = hitome::test::scratchDir("evtximport");
        auto c = CaseFile::open(dir / "task.hitome");
        QVERIFY(c.ok());
        auto r = importPaths(*c, {scheduledTaskSample()});
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message().c_str());
        Connection& conn = c->connection();
        QCOMPARE(scalar(conn, "SELECT count(*) FROM events"), 4);
        // schtasks.exe ran under powershell.exe (seen only as the parent).
        QCOMPARE(text(conn, "SELECT pp.image FROM processes p JOIN processes pp ON pp.id = p.parent_id "
                            "WHERE p.image LIKE '%schtasks.exe'"),
                 std::string("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe"));
        QCOMPARE(text(conn, "SELECT pp.image FROM processes p JOIN processes pp ON pp.id = p.parent_id "
                            "WHERE p.image LIKE '%conhost.exe'"),
                 std::string("C:\\Windows\\System32\\cscript.exe"));
        QCOMPARE(text(conn, "SELECT author || '|' || run_as || '|' || action FROM scheduled_tasks "
                            "WHERE origin = 'security-4698'"),
                 std::string("OFFSEC\\admmig|S-1-5-18|C:\\tools\\shell.cmd"));
        QVERIFY(text(conn, "SELECT triggers FROM scheduled_tasks WHERE origin = 'security-4698'").find("TimeTrigger") !=
                std::string::npos);
        QCOMPARE(text(conn, "SELECT run_as FROM scheduled_tasks WHERE origin = 'command-line'"), std::string("SYSTEM"));
        QCOMPARE(scalar(conn, "SELECT count(DISTINCT name) FROM scheduled_tasks"), 1);   // both say \eviltask
    }

    void badEvtxFilesFailNamingFileAndLeaveCaseIntact_data() {
        QTest::addColumn<QString>("kind");
        QTest::newRow("wrong magic") << "magic";
        QTest::newRow("zero filled") << "zeros";
        QTest::newRow("truncated header") << "truncated";
    }
    void badEvtxFilesFailNamingFileAndLeaveCaseIntact() {
        HITOME_REQUIRE_SHARED();
        QFETCH(QString, kind);
        const auto dir = hitome::test::scratchDir("evtximport");
        std::string bytes = fileBytes(scheduledTaskSample());
        if (kind == "magic") bytes[0] = 'X';
        if (kind == "zeros") bytes.assign(bytes.size(), '\0');
        if (kind == "truncated") bytes.resize(100);
        const auto bad = dir / ("bad-" + kind.toStdString() + ".evtx");
        hitome::test::writeFile(bad, bytes);
        auto c = CaseFile::open(dir / "bad.hitome");
        QVERIFY(c.ok());
        QVERIFY(importPaths(*c, {scheduledTaskSample()}).ok());
        const auto before = scalar(c->connection(), "SELECT count(*) FROM events");
        auto r = importPaths(*c, {bad});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message().find(bad.filename().string()) != std::string::npos, r.error().message().c_str());
        QCOMPARE(scalar(c->connection(), "SELECT count(*) FROM events"), before);
        QCOMPARE(scalar(c->connection(), "SELECT count(*) FROM sources"), 1);
    }

    void damagedChunkStillImportsWithWarning() {
        HITOME_REQUIRE_SHARED();
        const auto dir = hitome::test::scratchDir("evtximport");
        std::string bytes = fileBytes(scheduledTaskSample());
        QVERIFY(bytes.size() > 4096 + 2000);
        bytes[4096 + 1500] = static_cast<char>(bytes[4096 + 1500] ^ 0x5A);   // inside the first chunk's records
        const auto bad = dir / "flipped.evtx";
        hitome::test::writeFile(bad, bytes);
        auto c = CaseFile::open(dir / "flip.hitome");
        QVERIFY(c.ok());
        auto r = importPaths(*c, {bad});
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message().c_str());
        QVERIFY(!r->files.empty());
        QVERIFY(!r->files[0].warnings.empty());
        QVERIFY(r->files[0].warnings[0].message().find("flipped.evtx") != std::string::npos);
        QVERIFY(r->files[0].warnings[0].offset.has_value());
    }

    void cancelledEvtxImportLeavesCaseUnchanged() {
        HITOME_REQUIRE_SHARED();
        const auto dir = hitome::test::scratchDir("evtximport");
        auto c = CaseFile::open(dir / "cancel.hitome");
        QVERIFY(c.ok());
        std::stop_source stop;
        bool sawProgress = false;
        auto r = importPaths(*c, {hitome::test::corpusDir() / "evtx"}, stop.get_token(), [&](const ImportProgress&) {
            sawProgress = true;
            stop.request_stop();
        });
        QVERIFY(sawProgress);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        for (const char* table : {"events", "sources", "processes", "scheduled_tasks", "hosts"})
            QCOMPARE(scalar(c->connection(), std::string("SELECT count(*) FROM ") + table), 0);
    }
};

QTEST_APPLESS_MAIN(TestEventEvtxImport)
#include "test_event_evtx_import.moc"
