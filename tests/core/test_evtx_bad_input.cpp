// SPDX-License-Identifier: GPL-3.0-or-later
// EVTX reader on hostile input built here byte by byte: wrong magic, zero
// fill, truncation, bad checksums, absurd lengths, deep nesting, template
// loops, cancellation. Never a crash; errors name the file and offset.
#include <QtTest>

#include <cstring>

#include "core/ingest/evtx/evtx_file.h"
#include "core/ingest/evtx/evtx_file_header.h"
#include "core/util/time.h"
#include "tests_support/synthetic_evtx.h"
#include "tests_support/test_paths.h"

using namespace hitome::core;
using hitome::test::SyntheticEvtx;
namespace fs = std::filesystem;

namespace {

struct Parsed {
    std::vector<WinEvent> events;
    std::vector<ChunkDiagnostics> diags;
};

Parsed parseAll(const EvtxFile& file) {
    Parsed p;
    for (std::size_t i = 0; i < file.chunkCount(); ++i) {
        ChunkDiagnostics d;
        if (!file.readChunk(i, p.events, d).ok()) break;
        p.diags.push_back(std::move(d));
    }
    return p;
}

fs::path writeScratch(const std::string& name, const std::string& bytes) {
    fs::path path = hitome::test::scratchDir("evtx") / name;
    hitome::test::writeFile(path, bytes);
    return path;
}

std::size_t problemCount(const Parsed& p) {
    std::size_t n = 0;
    for (const auto& d : p.diags) n += d.problems.size();
    return n;
}

}  // namespace

class TestEvtxBadInput : public QObject {
    Q_OBJECT

private slots:
    void syntheticRecordsParseIntoFields() {
        SyntheticEvtx b;
        b.simpleEvent(1, "cmd /c whoami");
        b.simpleEvent(2, "ipconfig /all");
        auto file = EvtxFile::open(writeScratch("ok.evtx", b.file()));
        QVERIFY(file.ok());
        QVERIFY(file->problems().empty());
        Parsed p = parseAll(*file);
        QCOMPARE(p.events.size(), std::size_t{2});
        QCOMPARE(problemCount(p), std::size_t{0});
        const WinEvent& e = p.events[1];
        QCOMPARE(e.eventId, 4688u);
        QCOMPARE(e.recordId, std::uint64_t{2});
        QCOMPARE(e.computer, std::string("host1.example"));
        QCOMPARE(e.provider, std::string("Microsoft-Windows-Security-Auditing"));
        QCOMPARE(e.data.size(), std::size_t{2});
        QCOMPARE(e.data[1].name, std::string("CommandLine"));
        QCOMPARE(e.data[1].value, std::string("ipconfig /all"));
        QVERIFY(!e.isRecovered);
    }

    void badFilesFailNamingFileAndOffset_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::newRow("wrong magic") << QByteArray("NotAnEvtxFile").leftJustified(70000, 'x') << int(ErrorCode::Format);
        QTest::newRow("zero-filled") << QByteArray(70000, '\0') << int(ErrorCode::Format);
        QTest::newRow("too short") << QByteArray("ElfFile") << int(ErrorCode::Truncated);
        QTest::newRow("empty") << QByteArray() << int(ErrorCode::Truncated);
    }
    void badFilesFailNamingFileAndOffset() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        const fs::path path = writeScratch("bad.evtx", bytes.toStdString());
        auto file = EvtxFile::open(path);
        QVERIFY(!file.ok());
        QCOMPARE(int(file.error().code), code);
        QCOMPARE(file.error().file, path.string());
        QVERIFY(file.error().offset.has_value());
        QVERIFY(file.error().message().find(path.string()) != std::string::npos);
    }

    void chunkCountWrapsPastFourGiB() {
        // The header's chunk count is 16 bits; a file of 66,000 chunks says 464
        // there and 65,999 as its 64-bit last chunk number.
        auto header = [](std::uint64_t lastChunk, std::uint16_t count) {
            std::uint8_t h[128] = {};
            std::memcpy(h, "ElfFile\0", 8);
            const std::uint32_t size = 128;
            const std::uint16_t minor = 1, major = 3, block = 4096;
            std::memcpy(h + 16, &lastChunk, 8);
            std::memcpy(h + 32, &size, 4);
            std::memcpy(h + 36, &minor, 2);
            std::memcpy(h + 38, &major, 2);
            std::memcpy(h + 40, &block, 2);
            std::memcpy(h + 42, &count, 2);
            auto parsed = hitome::core::evtx::parseFileHeader(h, sizeof h);
            return parsed.ok() ? parsed->countedChunks() : 0;
        };
        QCOMPARE(header(65999, 464), std::uint64_t(66000));
        QCOMPARE(header(9, 10), std::uint64_t(10));
        QCOMPARE(header(65534, 65535), std::uint64_t(65535));
        QCOMPARE(header(65999, 3), std::uint64_t(3));   // disagreeing fields: trust the count
    }

    void missingFileIsAnIoError() {
        auto file = EvtxFile::open("/nonexistent/dir/x.evtx");
        QVERIFY(!file.ok());
        QCOMPARE(file.error().code, ErrorCode::Io);
        QCOMPARE(file.error().file, std::string("/nonexistent/dir/x.evtx"));
    }

    void truncatedChunkKeepsWholeRecordsAndReportsOffset() {
        SyntheticEvtx b;
        for (int i = 1; i <= 3; ++i) b.simpleEvent(i, "cmd " + std::to_string(i));
        const std::size_t cut = 4096 + b.pos() - 40;  // inside record 3
        const fs::path path = writeScratch("truncated.evtx", b.file().substr(0, cut));
        auto file = EvtxFile::open(path);
        QVERIFY(file.ok());
        Parsed p = parseAll(*file);
        QCOMPARE(p.events.size(), std::size_t{2});
        QVERIFY(p.diags.at(0).isTruncated);
        bool named = false;
        for (const Error& e : p.diags[0].problems)
            named = named || (e.file == path.string() && e.offset && *e.offset >= 4096 && *e.offset <= cut);
        QVERIFY(named);
    }

    void badDataChecksumIsReportedButRecordsStillParse() {
        SyntheticEvtx b;
        b.simpleEvent(1, "cmd /c whoami");
        b.simpleEvent(2, "net user");
        std::string bytes = b.file();
        const std::size_t at = bytes.find(std::string("w\0h\0o", 5));
        QVERIFY(at != std::string::npos);
        bytes[at] = 'W';
        auto file = EvtxFile::open(writeScratch("crc.evtx", bytes));
        QVERIFY(file.ok());
        Parsed p = parseAll(*file);
        QVERIFY(p.diags.at(0).isDataChecksumBad);
        QCOMPARE(p.events.size(), std::size_t{2});
        QCOMPARE(p.events[0].data[1].value, std::string("cmd /c Whoami"));
    }

    void damagedChunkHeaderRecordsAreRecovered() {
        SyntheticEvtx b;
        b.simpleEvent(7, "a");
        b.simpleEvent(8, "b");
        std::string bytes = b.file();
        bytes[4096 + 60] ^= 0x55;  // unused header bytes covered by the checksum
        auto file = EvtxFile::open(writeScratch("hdr.evtx", bytes));
        QVERIFY(file.ok());
        QCOMPARE(file->headerRecordCount(), std::uint64_t{0});
        Parsed p = parseAll(*file);
        QVERIFY(p.diags.at(0).isHeaderDamaged);
        QCOMPARE(p.events.size(), std::size_t{2});
        for (const auto& e : p.events) QVERIFY(e.isRecovered);
    }

    void absurdStringLengthSkipsOnlyThatRecord() {
        SyntheticEvtx b;
        b.simpleEvent(1, "first");
        std::size_t start = b.beginRecord(2);
        b.open("Event"); b.u8(0x02);
        b.u8(0x05); b.u8(0x01); b.u16(0xFFFF);  // 128 KiB of text promised
        b.u8(0x04);
        b.endRecord(start, 2);
        b.simpleEvent(3, "third");
        auto file = EvtxFile::open(writeScratch("len.evtx", b.file()));
        QVERIFY(file.ok());
        Parsed p = parseAll(*file);
        QCOMPARE(p.events.size(), std::size_t{2});
        QCOMPARE(p.diags.at(0).skippedRecords, std::size_t{1});
        QCOMPARE(p.diags[0].problems.at(0).record.value_or(0), std::uint64_t{2});
        QVERIFY(p.diags[0].problems[0].offset.value_or(0) > 4096 + 512);
    }

    void deepNestingIsRefused() {
        SyntheticEvtx b;
        std::size_t start = b.beginRecord(1);
        for (int i = 0; i < 500; ++i) { b.open("E"); b.u8(0x02); }
        b.endRecord(start, 1);
        auto file = EvtxFile::open(writeScratch("deep.evtx", b.file()));
        QVERIFY(file.ok());
        Parsed p = parseAll(*file);
        QCOMPARE(p.events.size(), std::size_t{0});
        QCOMPARE(p.diags.at(0).skippedRecords, std::size_t{1});
        QCOMPARE(p.diags[0].problems.at(0).code, ErrorCode::TooLarge);
    }

    void selfInstantiatingTemplateIsRefused() {
        SyntheticEvtx b;
        const std::uint32_t def = 0x8000;  // template definition placed in the slack area
        std::size_t start = b.beginRecord(1);
        b.u8(0x0C); b.u8(1); b.u32(1); b.u32(def); b.u32(0);
        b.endRecord(start, 1);
        const std::size_t end = b.pos();
        b.seek(def);
        b.u32(0); for (int i = 0; i < 4; ++i) b.u32(0x11111111); b.u32(20);
        b.u8(0x0F); b.u8(1); b.u8(1); b.u8(0);
        b.u8(0x0C); b.u8(1); b.u32(1); b.u32(def); b.u32(0); b.u8(0x00);
        b.seek(end);
        auto file = EvtxFile::open(writeScratch("loop.evtx", b.file()));
        QVERIFY(file.ok());
        Parsed p = parseAll(*file);
        QCOMPARE(p.events.size(), std::size_t{0});
        QCOMPARE(p.diags.at(0).skippedRecords, std::size_t{1});
        QVERIFY(p.diags[0].problems.at(0).detail.find("itself") != std::string::npos);
    }

    void templateOutsideChunkIsPlacedWhereReferenced() {
        // Found by fuzzing: the problem named the bad offset itself, far past the file.
        SyntheticEvtx b;
        std::size_t start = b.beginRecord(1);
        b.u8(0x0C); b.u8(1); b.u32(1); b.u32(0x7FFFFFF0); b.u32(0);
        b.endRecord(start, 1);
        auto file = EvtxFile::open(writeScratch("faraway.evtx", b.file()));
        QVERIFY(file.ok());
        Parsed p = parseAll(*file);
        QCOMPARE(p.diags.at(0).skippedRecords, std::size_t{1});
        const Error& problem = p.diags[0].problems.at(0);
        QVERIFY(problem.detail.find("outside chunk") != std::string::npos);
        QVERIFY(problem.offset.value_or(0) > 4096 + start && problem.offset.value_or(0) < 4096 + 65536);
    }

    void anyFiletimeHasATime() {
        // Found by fuzzing (UBSan): a FILETIME past 2^63 overflowed the signed subtraction.
        QCOMPARE(ticksFromFiletime(std::uint64_t(1) << 63), Ticks(9106927300854775808LL));
        QCOMPARE(ticksFromFiletime(kFiletimeUnixEpoch), Ticks(0));
        QCOMPARE(ticksFromFiletime(0), -Ticks(kFiletimeUnixEpoch));
        QCOMPARE(ticksFromUnixSeconds(std::numeric_limits<std::int64_t>::max()), std::numeric_limits<Ticks>::max());
    }

    void cancelledReadStops() {
        SyntheticEvtx b;
        b.simpleEvent(1, "x");
        auto file = EvtxFile::open(writeScratch("cancel.evtx", b.file()));
        QVERIFY(file.ok());
        std::stop_source stop;
        stop.request_stop();
        std::size_t seen = 0;
        Status s = file->forEachRecord([&](const WinEvent&) { ++seen; }, stop.get_token());
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Cancelled);
        QCOMPARE(seen, std::size_t{0});
    }
};

QTEST_APPLESS_MAIN(TestEvtxBadInput)
#include "test_evtx_bad_input.moc"
