// SPDX-License-Identifier: GPL-3.0-or-later
// Hunting ids: a search by text alone stops after `limit` matches in import
// order (fast on millions of events); any other condition keeps the exact
// time-ordered query.

#include <QtTest>

#include "core/store/case_file.h"
#include "core/store/hunt_query.h"
#include "tests_support/test_paths.h"
#include "ui/seeded_case.h"

using namespace hitome::core;

class TestHuntQuery : public QObject {
    Q_OBJECT
    std::filesystem::path m_path;

    HuntIds ids(const HuntQuery& q) {
        auto c = CaseFile::open(m_path);
        if (!c) qFatal("cannot open seeded case: %s", c.error().message().c_str());
        auto r = queryHuntIds(c->connection(), q);
        if (!r) qFatal("%s", r.error().message().c_str());
        return std::move(r).value();
    }

private slots:
    void initTestCase() {
        m_path = hitome::test::scratchDir("hunt_query") / "seed.hitome";
        QVERIFY(hitome::test::writeSeededCase(m_path));
    }

    void textSearchListsEveryMatchByTime() {
        HuntQuery q;
        q.text = "system32";  // images and parent command lines of events 1, 2, 4, 5
        const HuntIds all = ids(q);
        QCOMPARE(all.ids, (std::vector<std::int64_t>{1, 2, 4, 5}));
        QVERIFY(!all.isTruncated);
    }

    void truncatedTextSearchKeepsTheFirstMatchesInImportOrder() {
        HuntQuery q;
        q.text = "system32";
        q.limit = 2;
        const HuntIds page = ids(q);
        QCOMPARE(page.ids, (std::vector<std::int64_t>{1, 2}));
        QVERIFY(page.isTruncated);
        q.limit = 4;
        QVERIFY(!ids(q).isTruncated);
    }

    void shortWordsAndOtherConditionsUseTheExactQuery() {
        HuntQuery q;
        q.text = "reg /v";  // "/v" is too short for trigrams
        QCOMPARE(ids(q).ids, (std::vector<std::int64_t>{4}));
        q.text = "system32";
        q.excludeHost = "WS01";
        q.limit = 1;
        const HuntIds other = ids(q);
        QCOMPARE(other.ids, (std::vector<std::int64_t>{4}));
        QVERIFY(other.isTruncated);
    }
};

QTEST_APPLESS_MAIN(TestHuntQuery)
#include "test_hunt_query.moc"
