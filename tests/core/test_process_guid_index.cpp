// SPDX-License-Identifier: GPL-3.0-or-later
// processes_by_guid leaves rows without a GUID out (schema 4), and GUID
// look-ups still find their rows through it; older cases are upgraded.

#include <QtTest>

#include "core/store/case_file.h"
#include "core/store/migrations.h"
#include "core/store/process_lookup.h"
#include "core/store/statement.h"
#include "test_import_support.h"

using namespace hitome::core;
using hitome::test::countRows;

namespace {

std::string indexSql(Connection& conn) {
    Statement st(conn, "SELECT sql FROM sqlite_master WHERE name = 'processes_by_guid'");
    auto r = st.step();
    return r && *r == Statement::Step::Row ? st.columnText(0) : std::string();
}

std::string plan(Connection& conn, const std::string& sql) {
    Statement st(conn, "EXPLAIN QUERY PLAN " + sql);
    std::string out;
    for (auto r = st.step(); r && *r == Statement::Step::Row; r = st.step()) out += st.columnText(3) + "\n";
    return out;
}

}  // namespace

class TestProcessGuidIndex : public QObject {
    Q_OBJECT
private slots:
    void guidLookupsUseTheIndexWithoutNullRows() {
        auto c = CaseFile::open(hitome::test::scratchDir("guid-index") / "case.hitome");
        QVERIFY(c.ok());
        Connection& conn = c->connection();
        QVERIFY(indexSql(conn).find("WHERE guid IS NOT NULL") != std::string::npos);
        QVERIFY(conn.exec("INSERT INTO hosts(id, name) VALUES(1, 'pc1')").ok());
        QVERIFY(conn.exec("INSERT INTO processes(host_id, guid, pid, origin) VALUES(1, NULL, 4, 'defender'), "
                          "(1, '{AB-CD}', 8, 'sysmon')")
                    .ok());
        QCOMPARE(countRows(conn, "SELECT count(*) FROM processes INDEXED BY processes_by_guid WHERE guid = '{AB-CD}'"),
                 std::int64_t(1));
        auto found = findProcessByGuid(conn, "ab-cd");
        QVERIFY(found.ok());
        QCOMPARE(countRows(conn, "SELECT pid FROM processes WHERE id = " + std::to_string(*found)), std::int64_t(8));
        QVERIFY(plan(conn, "SELECT 1 FROM processes p WHERE p.guid = ?1 AND p.host_id IS ?2")
                    .find("USING INDEX processes_by_guid (guid=?)") != std::string::npos);
        QVERIFY(plan(conn, "SELECT id FROM processes WHERE guid IN (SELECT process_guid FROM events WHERE event_id = 5)")
                    .find("processes_by_guid") != std::string::npos);
    }

    void schemaThreeCasesAreUpgraded() {
        const auto path = hitome::test::scratchDir("guid-index-v3") / "old.hitome";
        {
            auto c = CaseFile::open(path);
            QVERIFY(c.ok());
            QVERIFY(c->connection().exec("DROP INDEX processes_by_guid; CREATE INDEX processes_by_guid ON processes(guid);"
                                         "PRAGMA user_version=3")
                        .ok());
        }
        auto c = CaseFile::open(path);
        QVERIFY(c.ok());
        QCOMPARE(readSchemaVersion(c->connection()), currentSchemaVersion());
        QVERIFY(indexSql(c->connection()).find("WHERE guid IS NOT NULL") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestProcessGuidIndex)
#include "test_process_guid_index.moc"
