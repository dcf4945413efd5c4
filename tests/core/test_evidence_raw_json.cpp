// SPDX-License-Identifier: GPL-3.0-or-later
// Evidence JSON is stored once: items of a new alert keep only their JSON
// pointer into the alert's raw JSON and read back as the same text; items
// merged in from a later record of the alert keep their own text; re-imports
// add nothing twice; cases from schema 2 are upgraded.

#include <QtTest>

#include <algorithm>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/ingest/import_job.h"
#include "core/report/case_exporter.h"
#include "core/store/case_file.h"
#include "core/store/evidence_raw_json.h"
#include "core/store/migrations.h"
#include "core/store/statement.h"
#include "test_import_support.h"

using namespace hitome::core;
using hitome::test::countRows;
namespace fs = std::filesystem;

namespace {

CaseFile freshCase(const char* name) {
    auto c = CaseFile::open(hitome::test::scratchDir(name) / "case.hitome");
    if (!c) qFatal("%s", c.error().message().c_str());
    return std::move(c).value();
}

Result<ImportSummary> importInto(CaseFile& c, const fs::path& input) {
    ImportJob job(c, &hitome::test::builtinCatalog());
    return job.run({input}, ImportOptions{}, {}, {});
}

std::int64_t alertId(Connection& conn, const std::string& externalId) {
    return countRows(conn, "SELECT id FROM alerts WHERE external_id = '" + externalId + "'");
}

std::vector<std::string> storedTexts(Connection& conn, std::int64_t alert) {
    auto texts = alertEvidenceRawJson(conn, alert);
    if (!texts) qFatal("%s", texts.error().message().c_str());
    return *texts;
}

// An MDE alert record whose evidence array holds `items` (JSON objects).
std::string alertRecord(const std::string& id, const std::vector<std::string>& items) {
    std::string evidence;
    for (const auto& item : items) evidence += (evidence.empty() ? "" : ",") + item;
    return R"({"id":")" + id + R"(","title":"t","alertCreationTime":"2024-05-01T10:00:00Z","computerDnsName":"pc1",)"
           R"("evidence":[)" + evidence + "]}\n";
}

const std::string kFile = R"({"entityType":"File","fileName":"x.exe","filePath":"C:\\Users\\Public","sha1":"aa"})";
const std::string kIp = R"({"entityType":"Ip","ipAddress":"10.0.0.7","extra":{"b":2,"a":[1,2.5,null]}})";

}  // namespace

class TestEvidenceRawJson : public QObject {
    Q_OBJECT
private slots:
    void newAlertsKeepEvidenceOnlyInTheAlertJson() {
        CaseFile c = freshCase("rawjson-demo");
        const fs::path demo = hitome::test::resourcesDir() / "demo" / "defender-alerts.json";
        QVERIFY(importInto(c, demo).ok());
        Connection& conn = c.connection();
        QVERIFY(countRows(conn, "SELECT count(*) FROM evidence") > 40);
        QCOMPARE(countRows(conn, "SELECT count(*) FROM evidence WHERE raw_json IS NOT NULL OR raw_path IS NULL"),
                 std::int64_t(0));
        // Each alert's evidence reads back as the file's items, in order.
        const auto file = nlohmann::json::parse(hitome::test::readFile(demo));
        for (const auto& record : file["value"]) {
            std::vector<std::string> expected;
            for (const auto& item : record["evidence"]) expected.push_back(item.dump());
            const auto id = alertId(conn, record["id"].get<std::string>());
            QCOMPARE(storedTexts(conn, id), expected);
        }
        const auto first = countRows(conn, "SELECT min(id) FROM evidence");
        auto one = evidenceRawJson(conn, first);
        QVERIFY(one.ok());
        QCOMPARE(*one, file["value"][0]["evidence"][0].dump());
    }

    void caseExportSpellsEvidenceJsonOut() {
        CaseFile c = freshCase("rawjson-export");
        const fs::path demo = hitome::test::resourcesDir() / "demo" / "defender-alerts.json";
        QVERIFY(importInto(c, demo).ok());
        std::ostringstream out;
        QVERIFY(exportCaseJson(c.connection(), out).ok());
        const auto exported = nlohmann::json::parse(out.str());
        const auto file = nlohmann::json::parse(hitome::test::readFile(demo));
        std::vector<std::string> expected, actual;
        for (const auto& record : file["value"])
            for (const auto& item : record["evidence"]) expected.push_back(item.dump());
        for (const auto& row : exported["tables"]["evidence"]) actual.push_back(row["raw_json"].get<std::string>());
        std::sort(expected.begin(), expected.end());
        std::sort(actual.begin(), actual.end());
        QCOMPARE(actual, expected);
    }

    void mergedEvidenceKeepsItsOwnText() {
        CaseFile c = freshCase("rawjson-merge");
        const fs::path dir = hitome::test::scratchDir("rawjson-merge-files");
        hitome::test::writeFile(dir / "a.json", alertRecord("m1", {kFile}));
        hitome::test::writeFile(dir / "b.json", alertRecord("m1", {kIp, kFile}));
        QVERIFY(importInto(c, dir / "a.json").ok());
        auto merged = importInto(c, dir / "b.json");
        QVERIFY(merged.ok());
        QCOMPARE(merged->alertsMerged, std::uint64_t(1));
        Connection& conn = c.connection();
        const auto id = alertId(conn, "m1");
        const std::string file = nlohmann::json::parse(kFile).dump(), ip = nlohmann::json::parse(kIp).dump();
        QCOMPARE(storedTexts(conn, id), (std::vector<std::string>{file, ip}));
        // The alert row keeps file a's record: the new item is stored whole.
        QCOMPARE(countRows(conn, "SELECT count(*) FROM evidence WHERE raw_json IS NOT NULL AND raw_path IS NULL"),
                 std::int64_t(1));
        // The same items again (other bytes, so not the same file) add nothing.
        hitome::test::writeFile(dir / "c.json", alertRecord("m1", {kFile, kIp}) + "\n");
        auto again = importInto(c, dir / "c.json");
        QVERIFY(again.ok());
        QCOMPARE(countRows(conn, "SELECT count(*) FROM evidence"), std::int64_t(2));
    }

    void repeatedRecordsInOneFileMergeOnce() {
        CaseFile c = freshCase("rawjson-repeat");
        const fs::path file = hitome::test::scratchDir("rawjson-repeat-files") / "r.json";
        hitome::test::writeFile(file, alertRecord("r1", {kFile}) + alertRecord("r1", {kFile, kIp}) +
                                          alertRecord("r1", {kIp, kIp}));
        auto r = importInto(c, file);
        QVERIFY(r.ok());
        QCOMPARE(r->alertsAdded, std::uint64_t(1));
        QCOMPARE(r->alertsMerged, std::uint64_t(2));
        const std::string ip = nlohmann::json::parse(kIp).dump();
        QCOMPARE(storedTexts(c.connection(), alertId(c.connection(), "r1")),
                 (std::vector<std::string>{nlohmann::json::parse(kFile).dump(), ip}));
    }

    void unresolvablePointersGiveNoText() {
        const std::string alert = alertRecord("x", {kFile});
        QCOMPARE(evidenceTextAt(alert, "/evidence/0"), nlohmann::json::parse(kFile).dump());
        QCOMPARE(evidenceTextAt(alert, "/evidence/1"), std::string());
        QCOMPARE(evidenceTextAt(alert, "evidence/0"), std::string());   // not a pointer
        QCOMPARE(evidenceTextAt(alert, "/evidence/~2"), std::string());
        QCOMPARE(evidenceTextAt(alert, "/evidence/-"), std::string());
        QCOMPARE(evidenceTextAt(alert, ""), std::string());
        QCOMPARE(evidenceTextAt("{\"evidence\":[", "/evidence/0"), std::string());
    }

    void schemaTwoCasesGainThePointerColumn() {
        const fs::path path = hitome::test::scratchDir("rawjson-v2") / "old.hitome";
        {
            auto c = CaseFile::open(path);
            QVERIFY(c.ok());
            Connection& conn = c->connection();
            // As schema 2 wrote it: no raw_path, both indexes, texts in raw_json.
            QVERIFY(conn.exec("ALTER TABLE evidence DROP COLUMN raw_path").ok());
            QVERIFY(conn.exec("CREATE INDEX evidence_by_kind ON evidence(kind)").ok());
            QVERIFY(conn.exec("CREATE INDEX alert_techniques_by_technique ON alert_techniques(technique_id)").ok());
            QVERIFY(conn.exec("INSERT INTO alerts(id, provider, external_id, title) VALUES(1, 'mde', 'old', 't')").ok());
            QVERIFY(conn.exec("INSERT INTO evidence(alert_id, kind, raw_json) VALUES(1, 'file', '{\"a\":1}')").ok());
            QVERIFY(conn.exec("PRAGMA user_version=2").ok());
        }
        auto c = CaseFile::open(path);
        QVERIFY(c.ok());
        Connection& conn = c->connection();
        QCOMPARE(readSchemaVersion(conn), currentSchemaVersion());
        QCOMPARE(countRows(conn, "SELECT count(*) FROM pragma_table_info('evidence') WHERE name = 'raw_path'"),
                 std::int64_t(1));
        QCOMPARE(countRows(conn, "SELECT count(*) FROM sqlite_master WHERE name IN ('evidence_by_kind', "
                                 "'alert_techniques_by_technique')"),
                 std::int64_t(0));
        QCOMPARE(storedTexts(conn, 1), std::vector<std::string>{"{\"a\":1}"});
    }
};

QTEST_APPLESS_MAIN(TestEvidenceRawJson)
#include "test_evidence_raw_json.moc"
