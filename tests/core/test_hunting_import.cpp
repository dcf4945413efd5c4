// SPDX-License-Identifier: GPL-3.0-or-later
// Defender advanced-hunting samples of every shape (streaming envelope,
// Schema/Results, Graph schema/results, portal CSV) import as events with
// Sysmon-style columns, and process rows feed the process tree.

#include <QtTest>

#include "core/ingest/hunting/hunting_readers.h"
#include "core/ingest/import_job.h"
#include "core/store/case_file.h"
#include "core/store/statement.h"
#include "test_import_support.h"
#include "tests_support/test_paths.h"

using namespace hitome::core;
using hitome::test::countRows;

namespace {

std::string text(Connection& conn, const std::string& sql) {
    Statement st(conn, sql);
    auto r = st.step();
    return r && *r == Statement::Step::Row ? st.columnText(0) : std::string("<none>");
}

std::filesystem::path alerts(const char* rel) { return hitome::test::corpusDir() / "alerts" / rel; }

struct Imported {
    std::unique_ptr<CaseFile> c;
    std::string format;
    bool ok = false;
    std::string error;
};

Imported importOne(const std::filesystem::path& file, const char* name) {
    Imported out;
    auto c = CaseFile::open(hitome::test::scratchDir("hunting") / name);
    if (!c) return out;
    out.c = std::make_unique<CaseFile>(std::move(c).value());
    ImportJob job(*out.c, nullptr);
    auto r = job.run({file}, ImportOptions{}, nullptr, {});
    out.ok = r.ok();
    if (!r) out.error = r.error().message();
    else if (!r->files.empty()) out.format = r->files[0].format;
    return out;
}

}  // namespace

class TestHuntingImport : public QObject {
    Q_OBJECT
private slots:
    void streamingDeviceTablesMapToSysmonColumns() {
        HITOME_REQUIRE_SHARED();
        auto im = importOne(alerts("elastic-m365-event/test-device.log"), "device.hitome");
        QVERIFY2(im.ok, im.error.c_str());
        QCOMPARE(im.format, std::string("hunting-stream"));
        Connection& conn = im.c->connection();
        QCOMPARE(countRows(conn, "SELECT count(*) FROM events"), 31);
        QCOMPARE(countRows(conn, "SELECT count(*) FROM events WHERE channel = 'DefenderHunting/DeviceNetworkEvents'"), 17);
        QCOMPARE(countRows(conn, "SELECT count(*) FROM events WHERE channel = 'DefenderHunting/DeviceProcessEvents' "
                              "AND event_id = 1 AND command_line IS NOT NULL AND parent_image IS NOT NULL"), 2);
        QVERIFY(countRows(conn, "SELECT count(*) FROM events WHERE event_id = 3 AND destination_ip IS NOT NULL") > 0);
        QVERIFY(countRows(conn, "SELECT count(*) FROM events WHERE event_id IN (12, 13) AND target_object IS NOT NULL") > 0);
        // Process rows become processes under their initiating process (one of
        // the two rows lacks InitiatingProcessCreationTime, so its parent stays unknown).
        QCOMPARE(countRows(conn, "SELECT count(*) FROM processes WHERE origin = 'hunting' AND parent_id IS NOT NULL"), 1);
        QCOMPARE(text(conn, "SELECT count(*) || '|' || MIN(pp.pid) FROM processes p JOIN processes pp ON pp.id = p.parent_id "
                            "WHERE p.pid = 6412"), std::string("1|996"));
        // AdditionalFields JSON text is expanded into fields.
        QVERIFY(countRows(conn, "SELECT count(*) FROM events WHERE data LIKE '%AdditionalFields.%'") > 0);
    }

    void streamingAlertTablesImport() {
        HITOME_REQUIRE_SHARED();
        auto im = importOne(alerts("elastic-m365-event/test-alert.log"), "alert.hitome");
        QVERIFY2(im.ok, im.error.c_str());
        Connection& conn = im.c->connection();
        QCOMPARE(countRows(conn, "SELECT count(*) FROM events"), 6);
        QCOMPARE(countRows(conn, "SELECT count(*) FROM events WHERE channel = 'DefenderHunting/AlertInfo'"), 3);
    }

    void apiSchemaResults() {
        HITOME_REQUIRE_SHARED();
        auto im = importOne(alerts("rapid7-m365d/test_advanced_hunting.json.resp"), "api.hitome");
        QVERIFY2(im.ok, im.error.c_str());
        QCOMPARE(im.format, std::string("hunting-results"));
        Connection& conn = im.c->connection();
        QCOMPARE(countRows(conn, "SELECT count(*) FROM events"), 2);
        QCOMPARE(text(conn, "SELECT parent_image FROM events LIMIT 1"), std::string("powershell.exe"));
    }

    void graphHuntingQueryResults() {
        HITOME_REQUIRE_SHARED();
        auto im = importOne(alerts("demisto-graph/advanced_hunting_response.json"), "graph.hitome");
        QVERIFY2(im.ok, im.error.c_str());
        QCOMPARE(im.format, std::string("hunting-results"));
        QCOMPARE(countRows(im.c->connection(), "SELECT count(*) FROM events WHERE channel = 'DefenderHunting/AlertInfo'"), 2);
    }

    void portalCsvExport() {
        HITOME_REQUIRE_SHARED();
        auto im = importOne(alerts("dafneb-defender-hunting/advanced_hunting_test.csv"), "csv.hitome");
        QVERIFY2(im.ok, im.error.c_str());
        QCOMPARE(im.format, std::string("hunting-csv"));
        Connection& conn = im.c->connection();
        QCOMPARE(countRows(conn, "SELECT count(*) FROM events"), 26);
        QVERIFY(countRows(conn, "SELECT count(*) FROM events WHERE event_id = 1 AND command_line IS NOT NULL") > 0);
        QVERIFY(countRows(conn, "SELECT count(*) FROM events WHERE event_id = 7045") > 0);
        // "" inside quoted cells becomes one quote.
        QVERIFY(countRows(conn, "SELECT count(*) FROM events WHERE data LIKE '%\"\"\"MsMpEng.exe\"\"\"%'") == 0);
        QVERIFY(countRows(conn, "SELECT count(*) FROM events WHERE data LIKE '%\\\"MsMpEng.exe\\\"%'") > 0);
    }

    void csvSniffNeedsHuntingHeader() {
        HuntingCsvReader r;
        QVERIFY(r.sniff("Timestamp,DeviceId,DeviceName,ActionType,FileName\n2023,..."));
        QVERIFY(!r.sniff("name,value\na,b\n"));
        HuntingResultsReader j;
        QVERIFY(!j.sniff("{\"value\":[]}"));
    }
};

QTEST_APPLESS_MAIN(TestHuntingImport)
#include "test_hunting_import.moc"
