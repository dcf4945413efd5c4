// SPDX-License-Identifier: GPL-3.0-or-later
// Analyst work is saved at once and survives reopening the case.

#include <QtTest>

#include "core/store/alert_table_query.h"
#include "core/store/analyst_work.h"
#include "tests_support/test_paths.h"
#include "ui/seeded_case.h"

using namespace hitome::core;

class TestAnalystWork : public QObject {
    Q_OBJECT
    std::filesystem::path m_path;

private slots:
    void init() {
        m_path = hitome::test::scratchDir("analyst_work") / "seed.hitome";
        QVERIFY(hitome::test::writeSeededCase(m_path));
    }

    void statusAndClassificationSurviveReopen() {
        {
            auto c = CaseFile::open(m_path);
            QVERIFY(setAlertStatus(c->connection(), 1, "resolved").ok());
            QVERIFY(setAlertClassification(c->connection(), 1, "truePositive").ok());
        }
        auto c = CaseFile::open(m_path);
        auto rows = queryAlertRows(c->connection(), {1});
        QCOMPARE(rows->at(0).status, std::string("resolved"));
        QCOMPARE(rows->at(0).classification, std::string("truePositive"));
        QVERIFY(setAlertClassification(c->connection(), 1, "").ok());
        QCOMPARE(queryAlertRows(c->connection(), {1})->at(0).classification, std::string());
    }

    void unknownValuesAndAlertsAreRefused() {
        auto c = CaseFile::open(m_path);
        QCOMPARE(setAlertStatus(c->connection(), 1, "closed").error().code, ErrorCode::Usage);
        QCOMPARE(setAlertClassification(c->connection(), 1, "maybe").error().code, ErrorCode::Usage);
        QCOMPARE(setAlertStatus(c->connection(), 999, "new").error().code, ErrorCode::NotFound);
        QCOMPARE(queryAlertRows(c->connection(), {1})->at(0).status, std::string("new"));
    }

    void notesOnAlertAndCaseAreKeptApart() {
        std::int64_t noteId = 0;
        {
            auto c = CaseFile::open(m_path);
            auto id = addNote(c->connection(), 1, "Task Troj seen on two hosts", "alice");
            QVERIFY(id.ok());
            noteId = *id;
            QVERIFY(addNote(c->connection(), std::nullopt, "Escalated to CSIRT", "alice").ok());
            QVERIFY(editNote(c->connection(), noteId, "Task Troj seen on WS01 and SRV02").ok());
        }
        auto c = CaseFile::open(m_path);
        auto onAlert = notesFor(c->connection(), 1);
        QCOMPARE(onAlert->size(), std::size_t(1));
        QCOMPARE(onAlert->at(0).text, std::string("Task Troj seen on WS01 and SRV02"));
        QCOMPARE(onAlert->at(0).alertId.value_or(0), std::int64_t(1));
        auto onCase = notesFor(c->connection(), std::nullopt);
        QCOMPARE(onCase->size(), std::size_t(1));
        QCOMPARE(onCase->at(0).text, std::string("Escalated to CSIRT"));
        QVERIFY(deleteNote(c->connection(), noteId).ok());
        QVERIFY(notesFor(c->connection(), 1)->empty());
        QCOMPARE(editNote(c->connection(), noteId, "x").error().code, ErrorCode::NotFound);
    }

    void noteOnMissingAlertFails() {
        auto c = CaseFile::open(m_path);
        QVERIFY(!addNote(c->connection(), 777, "x", "").ok());
    }
};

QTEST_APPLESS_MAIN(TestAnalystWork)
#include "test_analyst_work.moc"
