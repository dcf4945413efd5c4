// SPDX-License-Identifier: GPL-3.0-or-later
// Small EVTX files parsed ahead of the writer: the same events as parsing in
// place, in order; files the writer skips or asks out of order, non-EVTX and
// large files are handled; an import of a folder of small files stores every
// record once and a bad file still fails the import naming it.

#include <QtTest>

#include "core/ingest/evtx_prefetcher.h"
#include "core/ingest/import_job.h"
#include "core/store/case_file.h"
#include "tests/core/test_import_support.h"
#include "tests_support/synthetic_evtx.h"
#include "tests_support/test_paths.h"

using namespace hitome::core;
namespace fs = std::filesystem;

namespace {

// A one-chunk file of `records` 4688 events, command lines "<tag> <n>".
fs::path writeEvtx(const fs::path& dir, const std::string& name, const std::string& tag, int records) {
    hitome::test::SyntheticEvtx b;
    for (int i = 1; i <= records; ++i) b.simpleEvent(static_cast<std::uint64_t>(i), tag + " " + std::to_string(i));
    const fs::path path = dir / name;
    hitome::test::writeFile(path, b.file());
    return path;
}

std::vector<std::pair<fs::path, std::uint64_t>> listed(const std::vector<fs::path>& paths) {
    std::vector<std::pair<fs::path, std::uint64_t>> out;
    for (const auto& p : paths) out.emplace_back(p, fs::file_size(p));
    return out;
}

std::vector<std::string> commandLines(const ParsedEvtxFile& parsed) {
    std::vector<std::string> out;
    for (const auto& e : parsed.events) out.emplace_back(e.columns.commandLine);
    return out;
}

}  // namespace

class TestEvtxPrefetcher : public QObject {
    Q_OBJECT
private slots:
    void filesComeParsedInOrderAsInPlace() {
        const fs::path dir = hitome::test::scratchDir("evtx-ahead-order");
        std::vector<fs::path> files;
        for (int i = 0; i < 20; ++i) files.push_back(writeEvtx(dir, "f" + std::to_string(i) + ".evtx", "file" + std::to_string(i), 3 + i));
        EvtxPrefetcher ahead(listed(files));
        for (int i = 0; i < 20; ++i) {
            auto parsed = ahead.take(files[static_cast<std::size_t>(i)], {});
            QVERIFY(parsed.has_value());
            QVERIFY(parsed->status.ok());
            const ParsedEvtxFile inPlace = parseWholeEvtxFile(files[static_cast<std::size_t>(i)], {});
            QCOMPARE(commandLines(*parsed), commandLines(inPlace));
            QCOMPARE(parsed->events.size(), static_cast<std::size_t>(3 + i));
            QCOMPARE(parsed->events.front().dataJson, inPlace.events.front().dataJson);
        }
    }

    void skippedOutOfOrderAndOtherFilesAreLeftToTheCaller() {
        const fs::path dir = hitome::test::scratchDir("evtx-ahead-skip");
        const fs::path a = writeEvtx(dir, "a.evtx", "a", 2);
        const fs::path notEvtx = dir / "notes.txt";
        hitome::test::writeFile(notEvtx, "not an event log");
        const fs::path b = writeEvtx(dir, "b.evtx", "b", 2);
        const fs::path c = writeEvtx(dir, "c.evtx", "c", 2);
        const fs::path d = writeEvtx(dir, "d.evtx", "d", 2);
        auto files = listed({a, notEvtx, b, c, d});
        files.back().second = EvtxPrefetcher::kMaxFileBytes + 1;   // "large": parsed by the reader
        EvtxPrefetcher ahead(files);
        QVERIFY(!ahead.take(notEvtx, {}).has_value());   // a is dropped: the writer skipped it
        QVERIFY(!ahead.take(a, {}).has_value());         // behind the writer now
        QVERIFY(!ahead.take(dir / "member-of-an-archive.evtx", {}).has_value());
        auto parsedC = ahead.take(c, {});                // b skipped (already imported)
        QVERIFY(parsedC.has_value());
        QCOMPARE(commandLines(*parsedC), (std::vector<std::string>{"c 1", "c 2"}));
        QVERIFY(!ahead.take(d, {}).has_value());
    }

    void importOfManySmallFilesStoresEveryRecordOnce() {
        const fs::path dir = hitome::test::scratchDir("evtx-ahead-import");
        int expected = 0;
        for (int i = 0; i < 40; ++i) {
            writeEvtx(dir / "logs", "host" + std::to_string(i) + ".evtx", "run" + std::to_string(i), 1 + i % 5);
            expected += 1 + i % 5;
        }
        auto caseFile = CaseFile::open(dir / "case.hitome");
        QVERIFY(caseFile.ok());
        ImportJob job(*caseFile, nullptr);
        auto summary = job.run({dir / "logs"}, {}, nullptr, {});
        QVERIFY2(summary.ok(), summary ? "" : summary.error().message().c_str());
        QCOMPARE(summary->events, static_cast<std::uint64_t>(expected));
        Connection& conn = caseFile->connection();
        QCOMPARE(hitome::test::countRows(conn, "SELECT count(*) FROM events"), expected);
        QCOMPARE(hitome::test::countRows(conn, "SELECT count(DISTINCT command_line) FROM events"), expected);
        QCOMPARE(hitome::test::countRows(conn, "SELECT count(*) FROM sources WHERE event_count > 0"), 40);
        // Each file's events are attributed to that file.
        QCOMPARE(hitome::test::countRows(conn, "SELECT count(*) FROM events e JOIN sources s ON s.id = e.source_id "
                                               "WHERE s.name NOT LIKE '%host' || substr(e.command_line, 4, instr(e.command_line, ' ') - 4) || '.evtx'"),
                 0);
    }

    void damagedFileAmongSmallOnesWarnsNamingIt() {
        const fs::path dir = hitome::test::scratchDir("evtx-ahead-damaged");
        const fs::path a = writeEvtx(dir, "a.evtx", "a", 3);
        const fs::path b = writeEvtx(dir, "b.evtx", "b", 3);
        std::string bytes = hitome::test::readFile(b);
        bytes[4096 + 600] ^= 0x5A;   // inside the first record: the data checksum no longer matches
        hitome::test::writeFile(b, bytes);
        const fs::path c = writeEvtx(dir, "c.evtx", "c", 3);
        auto caseFile = CaseFile::open(dir / "case.hitome");
        QVERIFY(caseFile.ok());
        ImportJob job(*caseFile, nullptr);
        auto summary = job.run({a, b, c}, {}, nullptr, {});
        QVERIFY2(summary.ok(), summary ? "" : summary.error().message().c_str());
        QCOMPARE(summary->files.size(), std::size_t{3});
        QVERIFY(summary->files[0].warnings.empty());
        QVERIFY(!summary->files[1].warnings.empty());
        QVERIFY(summary->files[1].warnings.front().message().find("b.evtx") != std::string::npos);
        QVERIFY(summary->files[2].warnings.empty());
        Connection& conn = caseFile->connection();
        QCOMPARE(hitome::test::countRows(conn, "SELECT count(*) FROM events WHERE command_line LIKE 'a %'"), 3);
        QCOMPARE(hitome::test::countRows(conn, "SELECT count(*) FROM events WHERE command_line LIKE 'c %'"), 3);
    }

    void brokenFileAmongSmallOnesFailsTheImportNamingIt() {
        const fs::path dir = hitome::test::scratchDir("evtx-ahead-broken");
        const fs::path a = writeEvtx(dir, "a.evtx", "a", 3);
        const fs::path b = dir / "b.evtx";
        hitome::test::writeFile(b, std::string("ElfFile\0", 8) + std::string(40, '\x01'));   // header cut short
        const fs::path c = writeEvtx(dir, "c.evtx", "c", 3);
        auto caseFile = CaseFile::open(dir / "case.hitome");
        QVERIFY(caseFile.ok());
        const std::string before = hitome::test::dumpCase(caseFile->connection());
        ImportJob job(*caseFile, nullptr);
        auto summary = job.run({a, b, c}, {}, nullptr, {});
        QVERIFY(!summary.ok());
        QVERIFY2(summary.error().message().find("b.evtx") != std::string::npos, summary.error().message().c_str());
        QCOMPARE(hitome::test::dumpCase(caseFile->connection()), before);
    }
};

QTEST_APPLESS_MAIN(TestEvtxPrefetcher)
#include "test_evtx_prefetcher.moc"
