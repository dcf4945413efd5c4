// SPDX-License-Identifier: GPL-3.0-or-later
// Alert list queries: filter and sort in SQL, rows by id, tactic counts, detail.

#include <QtTest>

#include "core/store/alert_detail_query.h"
#include "core/store/alert_table_query.h"
#include "tests_support/test_paths.h"
#include "ui/seeded_case.h"

using namespace hitome::core;

class TestAlertTableQuery : public QObject {
    Q_OBJECT
    std::filesystem::path m_path;

    CaseFile openCase() {
        auto c = CaseFile::open(m_path);
        if (!c) qFatal("cannot open seeded case: %s", c.error().message().c_str());
        return std::move(c).value();
    }

    std::vector<std::int64_t> ids(const AlertFilter& f, AlertSort s = {}) {
        auto c = openCase();
        auto r = queryAlertIds(c.connection(), f, s);
        if (!r) qFatal("%s", r.error().message().c_str());
        return *r;
    }

private slots:
    void initTestCase() {
        m_path = hitome::test::scratchDir("alert_query") / "seed.hitome";
        QVERIFY(hitome::test::writeSeededCase(m_path));
    }

    void noFilterListsAllByTime() { QCOMPARE(ids({}), (std::vector<std::int64_t>{1, 4, 2, 3, 5})); }

    void tacticFilterKeepsOnlyThatTactic() {
        AlertFilter f;
        f.tacticId = "TA0003";
        QCOMPARE(ids(f), (std::vector<std::int64_t>{1, 3}));
        f.tacticId = "TA0040";
        QVERIFY(ids(f).empty());
    }

    void filtersCombine() {
        AlertFilter f;
        f.minSeverity = 2;
        QCOMPARE(ids(f), (std::vector<std::int64_t>{1, 2, 5}));
        f.host = "srv02";  // host names compare case-insensitively
        QCOMPARE(ids(f), (std::vector<std::int64_t>{5}));
        AlertFilter g;
        g.status = "inProgress";
        QCOMPARE(ids(g), (std::vector<std::int64_t>{3}));
        g = {};
        g.source = "sigma";
        QCOMPARE(ids(g), (std::vector<std::int64_t>{4, 3}));
    }

    void textFilterIsSubstringAndEscapesWildcards() {
        AlertFilter f;
        f.text = "powershell";
        QCOMPARE(ids(f), (std::vector<std::int64_t>{2}));
        f.text = "%";
        QVERIFY(ids(f).empty());
        f.text = "quarantined";  // matches the description
        QCOMPARE(ids(f), (std::vector<std::int64_t>{5}));
    }

    void timeRangeIsHalfOpen() {
        AlertFilter f;
        f.from = 17093000300000000;
        f.to = 17093000500000000;
        QCOMPARE(ids(f), (std::vector<std::int64_t>{4, 2}));
    }

    void sortsBySeverityDescendingThenId() {
        AlertSort s{AlertSortColumn::Severity, true};
        QCOMPARE(ids({}, s), (std::vector<std::int64_t>{5, 1, 2, 4, 3}));
        s = {AlertSortColumn::Host, false};
        QCOMPARE(ids({}, s), (std::vector<std::int64_t>{3, 5, 1, 2, 4}));
    }

    void rowsComeInRequestedOrderAndSkipMissing() {
        auto c = openCase();
        auto rows = queryAlertRows(c.connection(), {5, 999, 1});
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), std::size_t(2));
        QCOMPARE(rows->at(0).id, std::int64_t(5));
        QCOMPARE(rows->at(1).host, std::string("WS01"));
        QCOMPARE(rows->at(1).user, std::string("CORP\\alice"));
        QCOMPARE(rows->at(1).severity, 3);
        QVERIFY(rows->at(1).tactics.find("TA0003") != std::string::npos);
    }

    void manyIdsAreFetchedInBatches() {
        auto c = openCase();
        std::vector<std::int64_t> many(1200, 2);
        many.back() = 1;
        auto rows = queryAlertRows(c.connection(), many);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), std::size_t(1200));
        QCOMPARE(rows->back().id, std::int64_t(1));
    }

    void tacticCountsCarryMaxSeverityAndTopTechniques() {
        auto c = openCase();
        auto counts = queryTacticCounts(c.connection(), {});
        QVERIFY(counts.ok());
        const TacticCount* persistence = nullptr;
        for (const auto& t : *counts)
            if (t.tacticId == "TA0003") persistence = &t;
        QVERIFY(persistence);
        QCOMPARE(persistence->alertCount, std::int64_t(2));
        QCOMPARE(persistence->maxSeverity, 3);
        QCOMPARE(persistence->topTechniques.size(), std::size_t(2));
        AlertFilter f;
        f.host = "SRV02";
        counts = queryTacticCounts(c.connection(), f);
        for (const auto& t : *counts)
            if (t.tacticId == "TA0003") QCOMPARE(t.maxSeverity, 1);
    }

    void detailHasEvidenceTechniquesAndProcess() {
        auto c = openCase();
        auto d = queryAlertDetail(c.connection(), 1);
        QVERIFY(d.ok());
        QCOMPARE(d->row.title, std::string("Suspicious scheduled task"));
        QCOMPARE(d->processId.value_or(0), std::int64_t(3));
        QCOMPARE(d->techniques, std::vector<std::string>{"T1053.005"});
        QCOMPARE(d->evidence.size(), std::size_t(2));
        QVERIFY(d->evidence[0].commandLine.find("/SC ONCE") != std::string::npos);
        QCOMPARE(queryAlertDetail(c.connection(), 42).error().code, ErrorCode::NotFound);
    }

    void hostAndSourceListsAreDistinct() {
        auto c = openCase();
        QCOMPARE(queryAlertHosts(c.connection()).value(), (std::vector<std::string>{"SRV02", "WS01"}));
        QCOMPARE(queryAlertSources(c.connection()).value(), (std::vector<std::string>{"mde", "sigma"}));
    }
};

QTEST_APPLESS_MAIN(TestAlertTableQuery)
#include "test_alert_table_query.moc"
