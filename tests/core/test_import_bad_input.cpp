// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input never crashes and never half-imports: truncated JSON, JSON of
// another shape, garbage, empty files, 100,000-deep nesting, a 2 GiB file, a
// value too large to hold, cancellation.
// Each failure names the file and where it broke, and the case's content is
// identical before and after — including inputs of the same run that were fine.

#include <QtTest>

#include <nlohmann/json.hpp>

#include <sys/resource.h>

#include "core/ingest/alerts/alert_json_readers.h"
#include "core/ingest/alerts/json_record_splitter.h"
#include "core/ingest/import_job.h"
#include "core/store/case_file.h"
#include "test_import_support.h"

using namespace hitome::core;
namespace fs = std::filesystem;

namespace {

fs::path demoFile() { return hitome::test::resourcesDir() / "demo" / "defender-alerts.json"; }

const char* kGoodGraphAlert =
    R"({"@odata.type":"#microsoft.graph.security.alert","id":"g-1","title":"fine","createdDateTime":"2024-05-01T10:00:00Z",)"
    R"("severity":"high","category":"Execution","serviceSource":"microsoftDefenderForEndpoint","evidence":[]})";

struct Fixture {
    fs::path dir;
    CaseFile caseFile;
};

Fixture caseWithDemo(const char* name) {
    const auto dir = hitome::test::scratchDir(name);
    auto c = CaseFile::open(dir / "case.hitome");
    if (!c) qFatal("%s", c.error().message().c_str());
    ImportJob job(*c, &hitome::test::builtinCatalog());
    if (!job.run({demoFile()}, {}, {}, {})) qFatal("demo import failed");
    return {dir, std::move(c).value()};
}

// Imports a good file plus `bad` and expects the whole run to fail with
// `code`, naming the bad file, leaving the case unchanged.
Error expectFailureLeavesCaseUnchanged(const char* name, const std::string& badBytes, ErrorCode code) {
    Fixture f = caseWithDemo(name);
    const std::string before = hitome::test::dumpCase(f.caseFile.connection());
    hitome::test::writeFile(f.dir / "good.json", kGoodGraphAlert);
    hitome::test::writeFile(f.dir / "bad.json", badBytes);
    ImportJob job(f.caseFile, &hitome::test::builtinCatalog());
    auto r = job.run({f.dir / "good.json", f.dir / "bad.json"}, {}, {}, {});
    if (r.ok()) qFatal("import of bad input succeeded");
    const Error err = r.error();
    if (err.code != code) qWarning("error: %s", err.message().c_str());
    QTest::qCompare(static_cast<int>(err.code), static_cast<int>(code), "code", "expected", __FILE__, __LINE__);
    QTest::qVerify(err.file.find("bad.json") != std::string::npos, "file named", "", __FILE__, __LINE__);
    QTest::qVerify(hitome::test::dumpCase(f.caseFile.connection()) == before, "case unchanged", "", __FILE__, __LINE__);
    return err;
}

std::string deeplyNested() {
    std::string deep = R"({"id":"d1","title":"t","alertCreationTime":"2024-01-01T00:00:00Z","computerDnsName":"h","evidence":)";
    return deep + std::string(100000, '[') + std::string(100000, ']') + "}";
}

std::string invalidUtf8() {
    return std::string(R"({"id":"u1","title":"bad )") + "\xff\xfe" +
           R"(","alertCreationTime":"2024-01-01T00:00:00Z","computerDnsName":"h"})";
}

std::string scalarAmongAlerts() {
    return R"([{"id":"a1","title":"t","alertCreationTime":"2024-01-01T00:00:00Z","computerDnsName":"h"}, 42])";
}

std::string hostileTitle() { return std::string("'); DROP TABLE alerts; -- <script>alert(1)</script> \x01\x1b[2J"); }

std::string hostileAlert(const std::string& title) {
    nlohmann::json alert = {{"id", "h1"}, {"title", title}, {"alertCreationTime", "2024-01-01T00:00:00Z"},
                            {"computerDnsName", std::string(100000, 'x')}, {"category", "Persistence"}};
    return alert.dump();
}

struct CountingSink : ImportSink {
    std::uint64_t alerts = 0;
    Status addAlert(const Alert&) override {
        ++alerts;
        return {};
    }
    Status addEvent(WinEvent) override { return Error::make(ErrorCode::Unsupported, "no events here"); }
    void addWarning(Error) override {}
};

long peakRssKb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

}  // namespace

class TestImportBadInput : public QObject {
    Q_OBJECT
private slots:
    void truncatedJsonNamesOffset() {
        const std::string demo = hitome::test::readFile(demoFile());
        const Error err = expectFailureLeavesCaseUnchanged("truncated", demo.substr(0, demo.size() / 2), ErrorCode::Truncated);
        QVERIFY(err.offset.has_value());
        QVERIFY(*err.offset > demo.size() / 2 - 64 && *err.offset <= demo.size() / 2);
    }

    void jsonOfAnotherShapeIsRefused() {
        const Error err = expectFailureLeavesCaseUnchanged("shape", R"({"name":"not an alert","items":[1,2,3]})", ErrorCode::Format);
        QVERIFY(err.detail.find("not a recognised") != std::string::npos);
    }

    void scalarAmongAlertsNamesOffset() {
        const std::string bytes = scalarAmongAlerts();
        const Error err = expectFailureLeavesCaseUnchanged("scalar", bytes, ErrorCode::Format);
        // The lexer reads a number's next character before reporting it.
        QVERIFY(*err.offset >= bytes.find("42") && *err.offset <= bytes.find("42") + 3);
    }

    void binaryGarbageIsRefused() {
        std::string garbage;
        for (int i = 0; i < 5000; ++i) garbage += static_cast<char>((i * 7919 + 13) % 256);
        expectFailureLeavesCaseUnchanged("garbage", garbage, ErrorCode::Format);
    }

    void emptyFileIsRefused() {
        const Error err = expectFailureLeavesCaseUnchanged("empty", "", ErrorCode::Format);
        QVERIFY(err.detail.find("empty") != std::string::npos);
    }

    void deepNestingFailsCleanly() {
        const Error err = expectFailureLeavesCaseUnchanged("deep", deeplyNested(), ErrorCode::TooLarge);
        QVERIFY(err.detail.find("512") != std::string::npos);
        QVERIFY(err.offset.has_value());
    }

    void hugeStringIsRefusedBeforeItFillsMemory() {
        std::string bytes = "{\"id\":\"s1\",\"alertCreationTime\":\"2024-01-01T00:00:00Z\",\"computerDnsName\":\"h\",\"title\":\"";
        const std::size_t start = bytes.size();
        bytes += std::string(JsonRecordSplitter::kMaxTokenBytes + (1 << 20), 'x') + "\"}";
        const Error err = expectFailureLeavesCaseUnchanged("hugestring", bytes, ErrorCode::TooLarge);
        QVERIFY(err.detail.find("MiB") != std::string::npos);
        QVERIFY(err.offset && *err.offset > start && *err.offset <= start + JsonRecordSplitter::kMaxTokenBytes + (1 << 20));
    }

    void twoGigabyteFileIsStreamedAndFailsWhereItBreaks() {
        // 5,000 good alerts, then a 2 GiB hole of zero bytes (a sparse file):
        // the reader streams the alerts, stops at the first zero with its
        // offset, and never holds the file in memory.
        std::string head = "{\"@odata.context\":\"x/$metadata#Alerts\",\"value\":[";
        for (int i = 0; i < 5000; ++i)
            head += "{\"id\":\"b" + std::to_string(i) +
                    "\",\"title\":\"t\",\"alertCreationTime\":\"2024-01-01T00:00:00Z\",\"computerDnsName\":\"h\"},";
        const fs::path path = hitome::test::scratchDir("twogig") / "huge.json";
        hitome::test::writeFile(path, head);
        fs::resize_file(path, std::uint64_t(2) << 30);
        const long rssBefore = peakRssKb();
        MdeAlertReader reader;
        QVERIFY(reader.sniff(head.substr(0, kSniffBytes)));
        ReadContext ctx;
        ctx.path = path;
        ctx.displayName = "huge.json";
        ctx.size = fs::file_size(path);
        CountingSink sink;
        const Status st = reader.read(ctx, sink);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, ErrorCode::Format);
        QCOMPARE(st.error().file, std::string("huge.json"));
        QVERIFY(st.error().offset && *st.error().offset >= head.size() - 1 && *st.error().offset <= head.size() + 1);
        QCOMPARE(sink.alerts, std::uint64_t(5000));
        QVERIFY2(peakRssKb() - rssBefore < 64 * 1024, "memory stays bounded");
    }

    void invalidUtf8InStringIsRefused() {
        expectFailureLeavesCaseUnchanged("utf8", invalidUtf8(), ErrorCode::Format);
    }

    void hostileStringsAreStoredVerbatim() {
        Fixture f = caseWithDemo("hostile");
        const std::string title = hostileTitle();
        hitome::test::writeFile(f.dir / "hostile.json", hostileAlert(title));
        ImportJob job(f.caseFile, &hitome::test::builtinCatalog());
        auto r = job.run({f.dir / "hostile.json"}, {}, {}, {});
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message().c_str());
        QCOMPARE(hitome::test::countRows(f.caseFile.connection(), "SELECT count(*) FROM alerts"), std::int64_t(14));
        Statement st(f.caseFile.connection(), "SELECT title FROM alerts WHERE external_id = 'h1'");
        QVERIFY(st.step().ok());
        QCOMPARE(st.columnText(0), title);
    }

    void cancelledImportLeavesCaseUnchanged() {
        Fixture f = caseWithDemo("cancel");
        const std::string before = hitome::test::dumpCase(f.caseFile.connection());
        hitome::test::writeFile(f.dir / "good.json", kGoodGraphAlert);
        std::stop_source stop;
        // Cancel as soon as the second file starts: the first one's rows must go too.
        ProgressCallback progress = [&](const ImportProgress& p) {
            if (p.filesDone >= 1) stop.request_stop();
        };
        const auto copy = f.dir / "demo-copy.json";
        hitome::test::writeFile(copy, hitome::test::readFile(demoFile()) + " ");
        ImportJob job(f.caseFile, &hitome::test::builtinCatalog());
        auto r = job.run({f.dir / "good.json", copy}, {}, progress, stop.get_token());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QCOMPARE(hitome::test::dumpCase(f.caseFile.connection()), before);
        // The case still works afterwards.
        auto again = job.run({f.dir / "good.json"}, {}, {}, {});
        QVERIFY(again.ok());
        QCOMPARE(again->alertsAdded, std::uint64_t(1));
    }

    void cancelMidFileLeavesCaseUnchanged() {
        // Cancelled while the parser thread is still reading the file: both
        // threads stop and the alerts already written are rolled back.
        Fixture f = caseWithDemo("cancelmid");
        const std::string before = hitome::test::dumpCase(f.caseFile.connection());
        std::string many = "[";
        for (int i = 0; i < 30000; ++i)
            many += std::string(i ? "," : "") + "{\"id\":\"c" + std::to_string(i) +
                    "\",\"title\":\"t\",\"alertCreationTime\":\"2024-01-01T00:00:00Z\",\"computerDnsName\":\"h" +
                    std::to_string(i % 10) + "\"}";
        hitome::test::writeFile(f.dir / "many.json", many + "]");
        std::stop_source stop;
        std::uint64_t alertsSeen = 0;
        ProgressCallback progress = [&](const ImportProgress& p) {
            alertsSeen = p.alerts;
            if (p.alerts > 0) stop.request_stop();
        };
        ImportJob job(f.caseFile, &hitome::test::builtinCatalog());
        auto r = job.run({f.dir / "many.json"}, {}, progress, stop.get_token());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QVERIFY(alertsSeen > 0 && alertsSeen < 30000);
        QCOMPARE(hitome::test::dumpCase(f.caseFile.connection()), before);
    }

    void missingInputIsReported() {
        Fixture f = caseWithDemo("missing");
        ImportJob job(f.caseFile, nullptr);
        auto r = job.run({f.dir / "nope.json"}, {}, {}, {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::NotFound);
    }
};

QTEST_APPLESS_MAIN(TestImportBadInput)
#include "test_import_bad_input.moc"
