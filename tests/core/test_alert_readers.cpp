// SPDX-License-Identifier: GPL-3.0-or-later
// The Defender / Graph / M365D alert readers on the real samples in
// ../shared/corpus/alerts and on our own fixtures: format detection by
// content, field mapping, evidence, parents, one-or-many quirks.

#include <QtTest>

#include "core/ingest/alerts/alert_json_readers.h"
#include "core/ingest/format_registry.h"
#include "tests_support/test_paths.h"

using namespace hitome::core;
namespace fs = std::filesystem;

namespace {

struct VectorSink : ImportSink {
    std::vector<Alert> alerts;
    std::vector<Error> warnings;
    Status addAlert(const Alert& a) override {
        alerts.push_back(a);
        return {};
    }
    Status addEvent(WinEvent) override { return Error::make(ErrorCode::Unsupported, "no events here"); }
    void addWarning(Error w) override { warnings.push_back(std::move(w)); }
};

std::string headOf(const fs::path& p) { return hitome::test::readFile(p).substr(0, kSniffBytes); }

// Detects and reads `path` with the built-in readers; fails the test on error.
std::pair<std::string, VectorSink> readWithRegistry(const fs::path& path) {
    static FormatRegistry registry = FormatRegistry::withBuiltinReaders();
    VectorSink sink;
    FormatReader* reader = registry.detect(headOf(path));
    if (!reader) return {"", std::move(sink)};
    ReadContext ctx;
    ctx.path = path;
    ctx.displayName = path.filename().string();
    auto st = reader->read(ctx, sink);
    if (!st) qWarning("%s", st.error().message().c_str());
    return {st ? std::string(reader->format()) : "error", std::move(sink)};
}

fs::path sample(const char* rel) { return hitome::test::corpusDir() / "alerts" / rel; }

const Evidence* firstOfKind(const Alert& a, const char* kind) {
    for (const auto& e : a.evidence)
        if (e.kind == kind) return &e;
    return nullptr;
}

}  // namespace

class TestAlertReaders : public QObject {
    Q_OBJECT
private slots:
    void elasticMdeNdjsonWithSingleEvidenceObjects() {
        HITOME_REQUIRE_SHARED();
        auto [format, sink] = readWithRegistry(sample("elastic-mde/test-defenderatp.log"));
        QCOMPARE(format, std::string("mde-alerts"));
        QCOMPARE(sink.alerts.size(), size_t(4));   // 4 lines; the trailing {"value":[]} adds none
        QCOMPARE(sink.alerts[0].externalId, std::string("da637291085411733957_-1043898914"));
        QCOMPARE(sink.alerts[0].host, std::string("testserver4"));
        QCOMPARE(sink.alerts[0].severity, Severity::Low);
        QCOMPARE(sink.alerts[0].status, std::string("resolved"));
        QCOMPARE(sink.alerts[0].evidence.size(), size_t(1));
        QCOMPARE(sink.alerts[0].evidence[0].kind, std::string("file"));
        int processes = 0;
        for (const auto& a : sink.alerts)
            for (const auto& e : a.evidence)
                if (e.kind == "process") {
                    ++processes;
                    QVERIFY(e.process && e.process->pid);
                    QVERIFY(e.parent && e.parent->pid);
                }
        QCOMPARE(processes, 1);
    }

    void rapid7MdeSingleAlertWithEvidenceArray() {
        HITOME_REQUIRE_SHARED();
        auto [format, sink] = readWithRegistry(sample("rapid7-mde/test_get_alerts.json.resp"));
        QCOMPARE(format, std::string("mde-alerts"));
        QCOMPARE(sink.alerts.size(), size_t(1));
        const Alert& a = sink.alerts[0];
        QCOMPARE(a.techniques, (std::vector<std::string>{"T1064", "T1085", "T1220"}));
        QCOMPARE(a.user, std::string("DOMAIN\\ExampleUser"));
        QCOMPARE(a.evidence.size(), size_t(3));
        const Evidence* p = firstOfKind(a, "process");
        QVERIFY(p && p->process && p->parent);
        QCOMPARE(*p->process->pid, std::int64_t(3276));
        QCOMPARE(p->process->image, std::string("C:\\Windows\\SysWOW64\\rundll32.exe"));
        QCOMPARE(p->process->commandLine, std::string("rundll32.exe  c:\\temp\\suspicious.dll,RepeatAfterMe"));
        QCOMPARE(*p->parent->pid, std::int64_t(8420));
        QCOMPARE(p->parent->image, std::string("C:\\Windows\\System32\\rundll32.exe"));
        QVERIFY(p->process->startTime.has_value());
    }

    void demistoLegacyMdeODataPage() {
        HITOME_REQUIRE_SHARED();
        auto [format, sink] = readWithRegistry(sample("demisto-mde/first_response_alerts.json"));
        QCOMPARE(format, std::string("mde-alerts"));
        QCOMPARE(sink.alerts.size(), size_t(3));
        QCOMPARE(sink.alerts[0].category, std::string());   // the string "null"
        QCOMPARE(sink.alerts[0].incidentId, std::string("14"));
    }

    void graphAlertWithTypedEvidence() {
        HITOME_REQUIRE_SHARED();
        auto [format, sink] = readWithRegistry(sample("elastic-m365-alert/test-alert.log"));
        QCOMPARE(format, std::string("graph-alerts"));
        QCOMPARE(sink.alerts.size(), size_t(1));
        const Alert& a = sink.alerts[0];
        QCOMPARE(a.provider, std::string("graph"));
        QCOMPARE(a.host, std::string("tempDns"));
        QCOMPARE(a.incidentId, std::string("28282"));
        QCOMPARE(a.techniques, std::vector<std::string>{"T1564.001"});
        QCOMPARE(a.evidence.size(), size_t(4));
        const Evidence* p = firstOfKind(a, "process");
        QVERIFY(p && p->process && p->parent);
        QCOMPARE(*p->process->pid, std::int64_t(4780));
        QCOMPARE(p->process->commandLine, std::string("\"MsSense.exe\""));
        QCOMPARE(p->process->user, std::string("NT AUTHORITY\\SYSTEM"));
        QCOMPARE(p->parent->image, std::string("C:\\Windows\\System32\\services.exe"));
        const Evidence* reg = firstOfKind(a, "registryKey");
        QVERIFY(reg);
        QVERIFY(reg->registryKey.rfind("HKEY_LOCAL_MACHINE\\SYSTEM\\CONTROLSET001", 0) == 0);
        QVERIFY(firstOfKind(a, "file") && firstOfKind(a, "device"));
    }

    void graphAlertNdjsonWithRepeatedIds() {
        HITOME_REQUIRE_SHARED();
        auto [format, sink] = readWithRegistry(sample("elastic-m365-alert/alert-sample.log"));
        QCOMPARE(format, std::string("graph-alerts"));
        QCOMPARE(sink.alerts.size(), size_t(4));
        for (const auto& a : sink.alerts) QCOMPARE(a.evidence.size(), size_t(5));
    }

    void graphIncidentWithAlertObject() {
        HITOME_REQUIRE_SHARED();
        auto [format, sink] = readWithRegistry(sample("elastic-m365-incident/test-incident.log"));
        QCOMPARE(format, std::string("graph-incidents"));
        QCOMPARE(sink.alerts.size(), size_t(1));
        QCOMPARE(sink.alerts[0].evidence.size(), size_t(4));
    }

    void graphIncidentsWithoutAlerts() {
        HITOME_REQUIRE_SHARED();
        for (const char* f : {"elastic-m365-incident/test-incident-no-alerts.log", "demisto-graph/incidents_list_response.json"}) {
            auto [format, sink] = readWithRegistry(sample(f));
            QCOMPARE(format, std::string("graph-incidents"));
            QCOMPARE(sink.alerts.size(), size_t(0));
        }
    }

    void m365dIncidentsFlattenedAndOData() {
        HITOME_REQUIRE_SHARED();
        auto [format, sink] = readWithRegistry(sample("elastic-m365-log/test-m365-defender-ndjson.log"));
        QCOMPARE(format, std::string("m365d-incidents"));
        QCOMPARE(sink.alerts.size(), size_t(10));
        QCOMPARE(sink.alerts[0].provider, std::string("m365d"));
        QCOMPARE(sink.alerts[0].host, std::string("TestServer4"));
        auto [format2, sink2] = readWithRegistry(sample("rapid7-m365d/test_list_incidents.json.resp"));
        QCOMPARE(format2, std::string("m365d-incidents"));
        QCOMPARE(sink2.alerts.size(), size_t(1));
        QCOMPARE(sink2.alerts[0].category, std::string("InitialAccess"));
        QCOMPARE(sink2.alerts[0].status, std::string("inProgress"));
        QVERIFY(firstOfKind(sink2.alerts[0], "mailbox"));
    }

    void huntingFilesAreNotAlertFormats() {
        HITOME_REQUIRE_SHARED();
        const MdeAlertReader mde;
        const GraphAlertReader graph;
        const GraphIncidentReader incidents;
        const M365dIncidentReader m365d;
        for (const char* f : {"rapid7-m365d/test_advanced_hunting.json.resp", "demisto-graph/advanced_hunting_response.json",
                              "elastic-m365-event/test-device.log", "dafneb-defender-hunting/advanced_hunting_test.csv"}) {
            const std::string head = headOf(sample(f));
            QVERIFY2(!mde.sniff(head) && !graph.sniff(head) && !incidents.sniff(head) && !m365d.sniff(head), f);
        }
    }

    void ourDemoIsMdeWithProcessChains() {
        auto [format, sink] = readWithRegistry(hitome::test::resourcesDir() / "demo" / "defender-alerts.json");
        QCOMPARE(format, std::string("mde-alerts"));
        QCOMPARE(sink.alerts.size(), size_t(13));
        for (const auto& a : sink.alerts) QVERIFY2(firstOfKind(a, "process"), a.title.c_str());
        const Evidence* p = nullptr;
        for (const auto& e : sink.alerts[0].evidence)
            if (e.kind == "process" && e.verdict == "Detected") p = &e;
        QVERIFY(p);
        QCOMPARE(p->process->commandLine,
                 std::string("schtasks.exe /create /SC ONCE /TN Troj /TR C:\\Users\\vmadmin\\Desktop\\WinATP-Intro-Backdoor.exe /ST 13:36 /F"));
    }

    void fixtureArrayAndSingleEvidenceObject() {
        const auto dir = hitome::test::scratchDir("readers");
        hitome::test::writeFile(dir / "a.json",
            R"([{"id":"x1","title":"T","alertCreationTime":"2024-01-01T00:00:00Z","computerDnsName":"h1",)"
            R"("category":"Persistence","severity":"High","evidence":{"entityType":"Process","processId":4,)"
            R"("fileName":"a.exe","filePath":"C:\\t","processCommandLine":"a.exe -x","processCreationTime":"2024-01-01T00:00:00.1234567Z"}},)"
            R"({"title":"no id","alertCreationTime":"2024-01-01T00:00:00Z","computerDnsName":"h1"}])");
        auto [format, sink] = readWithRegistry(dir / "a.json");
        QCOMPARE(format, std::string("mde-alerts"));
        QCOMPARE(sink.alerts.size(), size_t(1));
        QCOMPARE(sink.warnings.size(), size_t(1));   // the record without id is skipped, named
        QCOMPARE(*sink.warnings[0].record, std::uint64_t(2));
        QCOMPARE(sink.alerts[0].evidence[0].process->image, std::string("C:\\t\\a.exe"));
        QCOMPARE(sink.alerts[0].severity, Severity::High);
    }

    void rawJsonIsTheRecordAsWritten() {
        // An OData page over 1 MiB (the read buffer) so records straddle a
        // refill; pretty-printed records keep their spacing and key order.
        std::vector<std::string> records;
        std::string page = "{\"@odata.context\":\"x/$metadata#Alerts\",\"value\":[\n";
        for (int i = 0; i < 300; ++i) {
            std::string r = "{ \"title\": \"" + std::string(4000, static_cast<char>('a' + i % 26)) + "\",\n  \"id\":\"r" +
                            std::to_string(i) + "\", \"n\": " + std::to_string(i) + ", \"computerDnsName\":\"h\" }";
            page += (i ? ",\n" : "") + r;
            records.push_back(std::move(r));
        }
        page += "]}";
        const auto dir = hitome::test::scratchDir("rawjson");
        hitome::test::writeFile(dir / "page.json", page);
        auto [format, sink] = readWithRegistry(dir / "page.json");
        QCOMPARE(format, std::string("mde-alerts"));
        QCOMPARE(sink.alerts.size(), records.size());
        for (std::size_t i = 0; i < records.size(); ++i) QCOMPARE(sink.alerts[i].rawJson, records[i]);
        // One alert a line, and a top-level array.
        const std::string a = R"({"id":"l1","title":"T","computerDnsName":"h"})";
        const std::string b = R"({"title":"U", "id":"l2","computerDnsName":"h","evidence":[{"entityType":"Ip","ipAddress":"10.0.0.1"}]})";
        for (const std::string& bytes : {a + "\n" + b + "\n", "[" + a + " ,\n " + b + "]"}) {
            hitome::test::writeFile(dir / "more.json", bytes);
            auto [moreFormat, more] = readWithRegistry(dir / "more.json");
            QCOMPARE(moreFormat, std::string("mde-alerts"));
            QCOMPARE(more.alerts.size(), size_t(2));
            QCOMPARE(more.alerts[0].rawJson, a);
            QCOMPARE(more.alerts[1].rawJson, b);
        }
    }
};

QTEST_APPLESS_MAIN(TestAlertReaders)
#include "test_alert_readers.moc"
