// SPDX-License-Identifier: GPL-3.0-or-later
// The case store's foundations: opening, migrations, statements, RAII
// transactions and savepoints.

#include <QtTest>

#include "core/store/case_file.h"
#include "core/store/migrations.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"
#include "tests_support/test_paths.h"

using namespace hitome::core;

namespace {
std::int64_t countRows(Connection& conn, const char* table) {
    Statement st(conn, std::string("SELECT count(*) FROM ") + table);
    auto r = st.step();
    return r && *r == Statement::Step::Row ? st.columnInt(0) : -1;
}
}  // namespace

class TestStore : public QObject {
    Q_OBJECT
private slots:
    void newCaseIsMigratedToCurrentVersion() {
        const auto dir = hitome::test::scratchDir("store");
        auto c = CaseFile::open(dir / "a.hitome");
        QVERIFY2(c.ok(), c.ok() ? "" : c.error().message().c_str());
        QCOMPARE(readSchemaVersion(c->connection()), currentSchemaVersion());
        QVERIFY(currentSchemaVersion() >= 1);
        QCOMPARE(countRows(c->connection(), "alerts"), 0);
        QCOMPARE(countRows(c->connection(), "events"), 0);
    }

    void reopeningKeepsDataAndVersion() {
        const auto path = hitome::test::scratchDir("store") / "b.hitome";
        {
            auto c = CaseFile::open(path);
            QVERIFY(c.ok());
            QVERIFY(c->setInfo("title", "Incident 42").ok());
        }
        auto c = CaseFile::open(path);
        QVERIFY(c.ok());
        QCOMPARE(QString::fromStdString(c->info("title")), QStringLiteral("Incident 42"));
    }

    void caseFromNewerVersionIsRefusedUntouched() {
        const auto path = hitome::test::scratchDir("store") / "future.hitome";
        {
            auto conn = Connection::open(path);
            QVERIFY(conn.ok());
            QVERIFY(conn->exec("PRAGMA user_version=999").ok());
        }
        auto c = CaseFile::open(path);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, ErrorCode::Unsupported);
        QVERIFY(c.error().message().find("future.hitome") != std::string::npos);
        auto conn = Connection::open(path);
        QCOMPARE(readSchemaVersion(*conn), 999);
    }

    void nonSqliteFileGivesClearError() {
        const auto path = hitome::test::scratchDir("store") / "garbage.hitome";
        hitome::test::writeFile(path, std::string(4096, '\x5a'));
        auto c = CaseFile::open(path);
        QVERIFY(!c.ok());
        QVERIFY(c.error().message().find("garbage.hitome") != std::string::npos);
    }

    void foreignKeysAreEnforced() {
        auto c = CaseFile::open(hitome::test::scratchDir("store") / "fk.hitome");
        QVERIFY(c.ok());
        Statement st(c->connection(), "INSERT INTO evidence(alert_id, kind) VALUES(12345, 'file')");
        QVERIFY(!st.run().ok());
    }

    void transactionRollsBackUnlessCommitted() {
        auto c = CaseFile::open(hitome::test::scratchDir("store") / "tx.hitome");
        QVERIFY(c.ok());
        auto& conn = c->connection();
        {
            Transaction tx(conn);
            QVERIFY(tx.beginStatus().ok());
            QVERIFY(conn.exec("INSERT INTO hosts(name) VALUES('ws1')").ok());
        }
        QCOMPARE(countRows(conn, "hosts"), 0);
        {
            Transaction tx(conn);
            QVERIFY(conn.exec("INSERT INTO hosts(name) VALUES('ws1')").ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(countRows(conn, "hosts"), 1);
    }

    void savepointRollbackUndoesNestedCommits() {
        auto c = CaseFile::open(hitome::test::scratchDir("store") / "sp.hitome");
        QVERIFY(c.ok());
        auto& conn = c->connection();
        {
            Savepoint outer(conn, "import_run");
            {
                Savepoint batch(conn, "batch");
                QVERIFY(conn.exec("INSERT INTO hosts(name) VALUES('a')").ok());
                QVERIFY(batch.commit().ok());
            }
            QCOMPARE(countRows(conn, "hosts"), 1);
            outer.rollback();
        }
        QCOMPARE(countRows(conn, "hosts"), 0);
    }

    void boundTextIsNeverInterpretedAsSql() {
        auto c = CaseFile::open(hitome::test::scratchDir("store") / "bind.hitome");
        QVERIFY(c.ok());
        const std::string hostile = "x'); DROP TABLE hosts; --";
        Statement ins(c->connection(), "INSERT INTO hosts(name) VALUES(?)");
        ins.bind(1, hostile);
        QVERIFY(ins.run().ok());
        Statement sel(c->connection(), "SELECT name FROM hosts");
        QVERIFY(sel.step().value() == Statement::Step::Row);
        QCOMPARE(sel.columnText(0), hostile);
    }

    void badSqlReportsPrepareError() {
        auto conn = Connection::openInMemory();
        QVERIFY(conn.ok());
        Statement st(*conn, "SELEKT nothing");
        QVERIFY(!st.valid());
        QVERIFY(!st.step().ok());
    }
};

QTEST_APPLESS_MAIN(TestStore)
#include "test_store.moc"
