// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline query: alerts and key events counted per host and time bucket.

#include <QtTest>

#include "core/store/case_file.h"
#include "core/store/hunt_query.h"
#include "core/store/timeline_query.h"
#include "tests_support/test_paths.h"
#include "ui/seeded_case.h"

using namespace hitome::core;

namespace {

constexpr Ticks kFirst = 17093000200000000;   // the seeded case's earliest alert
constexpr Ticks kLastKey = 17093000700000000;  // its 4698 event on SRV02, the latest item

const TimelineHost* findHost(const Timeline& t, const std::string& name) {
    for (const auto& h : t.hosts)
        if (h.name == name) return &h;
    return nullptr;
}

std::int64_t totalAlerts(const Timeline& t) {
    std::int64_t n = 0;
    for (const auto& h : t.hosts)
        for (const auto& b : h.buckets) n += b.alertCount;
    return n;
}

}  // namespace

class TestTimelineQuery : public QObject {
    Q_OBJECT
    std::filesystem::path m_path;

    Timeline timeline(const TimelineQuery& q) {
        auto c = CaseFile::open(m_path);
        if (!c) qFatal("cannot open seeded case: %s", c.error().message().c_str());
        auto t = queryTimeline(c->connection(), q);
        if (!t) qFatal("%s", t.error().message().c_str());
        return std::move(t).value();
    }

private slots:
    void initTestCase() {
        m_path = hitome::test::scratchDir("timeline_query") / "seed.hitome";
        QVERIFY(hitome::test::writeSeededCase(m_path));
    }

    void wholeCaseSpansFirstAlertToLastKeyEvent() {
        TimelineQuery q;
        q.bucketCount = 6;
        const Timeline t = timeline(q);
        QCOMPARE(t.from, kFirst);
        QCOMPARE(t.hosts.size(), std::size_t(2));
        QCOMPARE(t.hosts[0].name, std::string("SRV02"));  // sorted by name
        QCOMPARE(t.hosts[0].buckets.size(), std::size_t(6));
        // The last bucket still holds the latest item.
        QVERIFY(t.bucketStart(5) <= kLastKey && kLastKey < t.bucketStart(6));
        QCOMPARE(totalAlerts(t), std::int64_t(5));
    }

    void bucketsCountAlertsSeverityAndKeyEventsPerHost() {
        TimelineQuery q;
        q.bucketCount = 6;
        const Timeline t = timeline(q);
        // Items sit 1e8 ticks apart, one per bucket: WS01 holds alerts 1 (sev 3), 4 (sev 1), 2 (sev 2).
        const TimelineHost* ws = findHost(t, "WS01");
        QVERIFY(ws);
        QCOMPARE(ws->buckets[0].alertCount, std::int64_t(1));
        QCOMPARE(ws->buckets[0].maxSeverity, 3);
        QCOMPARE(ws->buckets[1].maxSeverity, 1);
        QCOMPARE(ws->buckets[2].maxSeverity, 2);
        QCOMPARE(ws->buckets[3].maxSeverity, -1);
        // whoami /all is a reconnaissance command: a key event beside alert 4.
        QCOMPARE(ws->buckets[1].keyEventCount, std::int64_t(1));
        QCOMPARE(ws->buckets[0].keyEventCount, std::int64_t(0));
        // SRV02: alerts 3 and 5, and the 4698 task creation as a key event; Sysmon 1/13 are not key events.
        const TimelineHost* srv = findHost(t, "SRV02");
        QVERIFY(srv);
        std::int64_t keyEvents = 0;
        for (const auto& b : srv->buckets) keyEvents += b.keyEventCount;
        QCOMPARE(keyEvents, std::int64_t(1));
        QCOMPARE(srv->buckets[5].keyEventCount, std::int64_t(1));
        QCOMPARE(srv->buckets[5].alertCount, std::int64_t(0));
        QCOMPARE(srv->buckets[3].maxSeverity, 1);  // Run key added
        QCOMPARE(srv->buckets[4].maxSeverity, 3);  // Malware detected
    }

    void explicitRangeKeepsOnlyWhatFallsInside() {
        TimelineQuery q;
        q.from = kFirst + 100000000;  // alert 4 onwards
        q.to = kFirst + 300000001;    // up to alert 3 inclusive
        q.bucketCount = 2;
        const Timeline t = timeline(q);
        QCOMPARE(t.from, *q.from);
        QCOMPARE(totalAlerts(t), std::int64_t(3));  // alerts 4, 2, 3
        QVERIFY(!findHost(t, "SRV02") || findHost(t, "SRV02")->buckets[1].keyEventCount == 0);
    }

    void emptyRangeAndEmptyCaseGiveNoHosts() {
        TimelineQuery q;
        q.from = 1;
        q.to = 2;
        QVERIFY(timeline(q).hosts.empty());
        const auto empty = hitome::test::scratchDir("timeline_query") / "empty.hitome";
        std::filesystem::remove(empty);
        auto c = CaseFile::open(empty);
        QVERIFY(c.ok());
        auto t = queryTimeline(c->connection(), {});
        QVERIFY(t.ok());
        QVERIFY(t->hosts.empty());
    }

    // A range picked on the timeline narrows the hunting results too.
    void timeRangeNarrowsHuntResults() {
        auto c = CaseFile::open(m_path);
        QVERIFY(c.ok());
        HuntQuery q;
        q.text = "reg";
        auto all = queryHuntIds(c->connection(), q);
        QVERIFY(all.ok());
        QCOMPARE(all->ids, (std::vector<std::int64_t>{4, 5}));
        q.from = 17093000800000000;
        q.to = 17093000900000000;  // exclusive: event 5 is left out
        auto some = queryHuntIds(c->connection(), q);
        QVERIFY(some.ok());
        QCOMPARE(some->ids, (std::vector<std::int64_t>{4}));
        q.text.clear();
        q.from = 17093000300000000;
        auto range = queryHuntIds(c->connection(), q);
        QVERIFY(range.ok());
        QCOMPARE(range->ids, (std::vector<std::int64_t>{2, 3, 4}));
    }

    void bucketCountIsClamped() {
        TimelineQuery q;
        q.bucketCount = 0;
        QCOMPARE(timeline(q).hosts.front().buckets.size(), std::size_t(1));
        q.bucketCount = 1000000;
        QCOMPARE(timeline(q).hosts.front().buckets.size(), std::size_t(1000));
    }
};

QTEST_APPLESS_MAIN(TestTimelineQuery)
#include "test_timeline_query.moc"
