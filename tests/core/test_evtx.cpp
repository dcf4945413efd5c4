// SPDX-License-Identifier: GPL-3.0-or-later
// EVTX reader: corpus record counts against chunk headers, recovered records,
// the template-less files other tools reject, value rendering, the XML view,
// and mutated copies of real files. Synthetic hostile files: test_evtx_bad_input.
#include <QtTest>

#include <cstring>
#include <random>
#include <set>

#include "core/ingest/evtx/binxml_value.h"
#include "core/ingest/evtx/evtx_file.h"
#include "core/util/time.h"
#include "tests_support/test_paths.h"

using namespace hitome::core;
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

std::vector<fs::path> corpusFiles() {
    std::vector<fs::path> all;
    for (const auto& e : fs::recursive_directory_iterator(hitome::test::corpusDir() / "evtx"))
        if (e.is_regular_file() && e.path().extension() == ".evtx") all.push_back(e.path());
    std::sort(all.begin(), all.end());
    return all;
}

std::size_t problemCount(const Parsed& p) {
    std::size_t n = 0;
    for (const auto& d : p.diags) n += d.problems.size();
    return n;
}

}  // namespace

class TestEvtx : public QObject {
    Q_OBJECT

private slots:
    void corpusRecordCountsEqualHeaderCounts() {
        HITOME_REQUIRE_SHARED();
        std::uint64_t header = 0, live = 0;
        for (const auto& path : corpusFiles()) {
            auto file = EvtxFile::open(path);
            QVERIFY2(file.ok(), file.ok() ? "" : file.error().message().c_str());
            Parsed p = parseAll(*file);
            std::uint64_t fileLive = 0;
            for (const auto& d : p.diags) {
                fileLive += d.liveRecords;
                QVERIFY2(d.skippedRecords == 0, path.string().c_str());
            }
            QVERIFY2(fileLive == file->headerRecordCount(), path.string().c_str());
            header += file->headerRecordCount();
            live += fileLive;
        }
        QCOMPARE(header, std::uint64_t{16598});
        QCOMPARE(live, std::uint64_t{16598});
    }

    void recoveredRecordsNeverDuplicateLiveOnes() {
        HITOME_REQUIRE_SHARED();
        std::size_t recovered = 0;
        for (const auto& path : corpusFiles()) {
            auto file = EvtxFile::open(path);
            QVERIFY(file.ok());
            std::set<std::uint64_t> liveIds, recoveredIds;
            QVERIFY(file->forEachRecord([&](const WinEvent& e) {
                if (!e.isRecovered) liveIds.insert(e.recordId);
                else QVERIFY2(recoveredIds.insert(e.recordId).second, path.string().c_str());
            }).ok());
            for (auto id : recoveredIds) QVERIFY2(!liveIds.count(id), path.string().c_str());
            recovered += recoveredIds.size();
        }
        QVERIFY(recovered > 0);  // the corpus has slack records and uncounted chunks
    }

    void templateLessFilesRenderEveryRecord_data() {
        QTest::addColumn<QString>("file");
        for (const char* f : {
                 "Antivirus/ID1116-1117-Defender threat detected.evtx",
                 "Antivirus/ID1151-Defender health status.evtx",
                 "TA0001-Initial access/T1078-Valid accounts/ID1149-RDP success logins to multiple hosts.evtx",
                 "TA0003-Persistence/T1547-Boot or Logon Autostart Execution/ID4622-New SSP loaded in LSA (only legitim).evtx",
                 "TA0005-Defense Evasion/T1562.004-Impair Defenses-Disable or Modify System Firewall/ID2003-4950-Firewall disabled.evtx",
                 "TA0006-Credential Access/T1552.004-Unsecured Credentials-Private Keys/ID70-CAPI-Private key accessed Mimikatz.evtx",
                 "TA0007-Discovery/T1046-Network Service Scanning/ID131-RDP brutforce (no user info).evtx",
                 "TA0008-Lateral Movement/T1021.006-Windows Remote Management/ID4656-WS Management listener enumeration.evtx"})
            QTest::newRow(f) << QString::fromUtf8(f);
    }
    void templateLessFilesRenderEveryRecord() {
        HITOME_REQUIRE_SHARED();
        QFETCH(QString, file);
        const fs::path path = hitome::test::corpusDir() / "evtx/EVTX-to-MITRE-Attack" / file.toStdString();
        auto opened = EvtxFile::open(path);
        QVERIFY(opened.ok());
        Parsed p = parseAll(*opened);
        std::size_t live = 0;
        for (const WinEvent& e : p.events) {
            if (e.isRecovered) continue;
            ++live;
            QVERIFY(e.eventId != 0);
            QVERIFY(!e.computer.empty());
            QVERIFY(!e.channel.empty());
            QVERIFY(!e.provider.empty());
            QVERIFY(e.recordId != 0);
            QVERIFY(e.time > ticksFromUnixSeconds(1262304000));  // after 2010
            for (const auto& f : e.data) QVERIFY(!f.name.empty());
        }
        QCOMPARE(live, opened->headerRecordCount());
        QCOMPARE(problemCount(p), std::size_t{0});
    }

    void xmlRendererShowsTheSameFields() {
        HITOME_REQUIRE_SHARED();
        auto file = EvtxFile::open(corpusFiles().front());
        QVERIFY(file.ok());
        std::vector<EvtxRecordXml> xml;
        std::vector<WinEvent> events;
        ChunkDiagnostics d1, d2;
        QVERIFY(file->readChunkXml(0, xml, d1).ok());
        QVERIFY(file->readChunk(0, events, d2).ok());
        QCOMPARE(xml.size(), events.size());
        QVERIFY(!xml.empty());
        const std::string& x = xml.front().xml;
        QVERIFY(x.rfind("<Event", 0) == 0);
        QVERIFY(x.find(">" + std::to_string(events.front().eventId) + "</EventID>") != std::string::npos);
        QVERIFY(x.find("<Computer>" + events.front().computer + "</Computer>") != std::string::npos);
    }

    void valueRendering_data() {
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        auto hex = [](const char* h) { return QByteArray::fromHex(h); };
        QTest::newRow("guid") << 0x0F << hex("8a95cd1107c5f34eb3f25fd9dfbd2c78") << "{11cd958a-c507-4ef3-b3f2-5fd9dfbd2c78}";
        QTest::newRow("sid") << 0x13 << hex("010300000000000515000000a1b2c3d4e8030000") << "S-1-5-21-3569595041-1000";
        QTest::newRow("sid system") << 0x13 << hex("010100000000000512000000") << "S-1-5-18";
        QTest::newRow("hex32") << 0x14 << hex("1a000000") << "0x0000001a";
        QTest::newRow("hex64") << 0x15 << hex("0000000000000080") << "0x8000000000000000";
        QTest::newRow("int8") << 0x03 << hex("ff") << "-1";
        QTest::newRow("uint16") << 0x06 << hex("5012") << "4688";
        QTest::newRow("bool") << 0x0D << hex("01000000") << "True";
        QTest::newRow("bool false") << 0x0D << hex("00000000") << "False";
        QTest::newRow("binary") << 0x0E << hex("00010203ff") << "AAECA/8=";
        QTest::newRow("filetime") << 0x11 << hex("e093dfe0b7c5d701") << "2021-10-20 13:39:17.315477";
        QTest::newRow("double") << 0x0C << hex("000000000000f03f") << "1.0";
        QTest::newRow("double small") << 0x0C << hex("9a9999999999b93f") << "0.1";
        QTest::newRow("double big") << 0x0C << hex("0000000000804c43") << "1.6044073672507392e+16";
        QTest::newRow("size") << 0x10 << hex("0500000000000000") << "5";
        QTest::newRow("wstring trailing nul") << 0x01 << hex("6100620000000000") << "ab";
        QTest::newRow("string array") << 0x81 << hex("610000000000620000") << "<string>a</string>\n<string></string>\n<string>b</string>\n";
        QTest::newRow("string array, python-evtx quirk") << 0x81 << hex("0000610062000000630000") << "<string>ab</string>\n<string></string>\n<string>c</string>\n";
        QTest::newRow("uint32 array") << 0x88 << hex("0100000002000000") << "1, 2";
        QTest::newRow("surrogate pair") << 0x01 << hex("3dd800de") << QString::fromUtf8("\xF0\x9F\x98\x80");
        QTest::newRow("lone surrogate") << 0x01 << hex("00d8") << QString::fromUtf8("\xEF\xBF\xBD");
    }
    void valueRendering() {
        QFETCH(int, type);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        std::string out;
        evtx::appendValueText(out, evtx::BinXmlValue{static_cast<std::uint8_t>(type),
            static_cast<std::uint32_t>(bytes.size()),
            reinterpret_cast<const std::uint8_t*>(bytes.constData())});
        QCOMPARE(QString::fromStdString(out), text);
    }

    void mutatedCorpusFileNeverCrashes() {
        HITOME_REQUIRE_SHARED();
        const std::string original = hitome::test::readFile(corpusFiles().at(5));
        std::mt19937 rng(1234);
        const fs::path path = hitome::test::scratchDir("fuzz") / "m.evtx";
        for (int round = 0; round < 150; ++round) {
            std::string bytes = original;
            for (int i = 0; i < 1 + round % 40; ++i)
                bytes[4096 + rng() % (bytes.size() - 4096)] = static_cast<char>(rng());
            hitome::test::writeFile(path, bytes);
            auto file = EvtxFile::open(path);
            if (!file.ok()) continue;
            Parsed p = parseAll(*file);
            QVERIFY(p.events.size() < 65536);
        }
    }

};

QTEST_APPLESS_MAIN(TestEvtx)
#include "test_evtx.moc"
