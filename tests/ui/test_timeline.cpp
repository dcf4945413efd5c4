// SPDX-License-Identifier: GPL-3.0-or-later
// The Timeline tab over the seeded case: alerts and key events per host in
// time buckets; selecting a range (mouse or keyboard) filters the alert list
// and the hunting results; the chips and "Whole Case" remove it everywhere.

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

#include <set>

#include "core/store/case_file.h"
#include "tests_support/test_paths.h"
#include "ui/main_window/alerts_workspace.h"
#include "ui/main_window/main_window.h"
#include "ui/models/alert_labels.h"
#include "ui/models/alert_table_model.h"
#include "ui/models/hunt_table_model.h"
#include "ui/models/timeline_model.h"
#include "ui/seeded_case.h"
#include "ui/util/language_manager.h"
#include "ui/widgets/alert_filter_bar.h"
#include "ui/widgets/hunt_tab.h"
#include "ui/widgets/recon_tab.h"
#include "ui/widgets/timeline_axis.h"
#include "ui/widgets/timeline_tab.h"
#include "ui/util/qt_convert.h"

using namespace hitome::ui;

namespace {

// Seeded items lie 1e8 ticks apart from the first alert to the last key
// event; 60 buckets of 8,333,334 ticks put them in columns 0, 11, 23, 35, 47, 59.
constexpr int kAlert1Column = 0;
constexpr int kAlert4Column = 11;
constexpr int kAlert2Column = 23;
constexpr int kKeyEventColumn = 59;

std::set<qint64> shownAlertIds(AlertTableModel* model) {
    std::set<qint64> ids;
    for (int r = 0; r < model->rowCount(); ++r) ids.insert(model->alertIdAt(r));
    return ids;
}

int rowOfHost(TimelineModel* model, const QString& host) {
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->headerData(r, Qt::Vertical).toString() == host) return r;
    return -1;
}

}  // namespace

class TestTimeline : public QObject {
    Q_OBJECT
    std::filesystem::path m_path;
    std::unique_ptr<MainWindow> m_window;
    LanguageManager m_languages;

    TimelineTab* timeline() { return m_window->timelineTab(); }
    AlertsWorkspace* alerts() { return m_window->alertsWorkspace(); }
    HuntTab* hunt() { return m_window->huntTab(); }

private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("HitomeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_timeline"));
        m_path = hitome::test::scratchDir("timeline") / "seed.hitome";
        m_languages.apply(QStringLiteral("en"));  // English plural forms ("1 alert")
    }

    void init() {
        QVERIFY(hitome::test::writeSeededCase(m_path));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(m_window->openCase(QString::fromStdString(m_path.string())));
        QTRY_COMPARE(alerts()->model()->rowCount(), 5);
        QTRY_COMPARE(timeline()->model()->rowCount(), 2);
        hunt()->search(QString());  // all events
        QTRY_COMPARE(hunt()->model()->rowCount(), 5);
    }

    void cleanup() { m_window.reset(); }

    void gridCountsAlertsAndKeyEventsPerHost() {
        TimelineModel* model = timeline()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->columnCount(), TimelineTab::kBucketCount);
        const int ws01 = rowOfHost(model, QStringLiteral("WS01"));
        const int srv02 = rowOfHost(model, QStringLiteral("SRV02"));
        QVERIFY(ws01 >= 0 && srv02 >= 0);
        const QModelIndex first = model->index(ws01, kAlert1Column);
        QCOMPARE(first.data(TimelineModel::AlertCountRole).toLongLong(), 1);
        QCOMPARE(first.data(TimelineModel::MaxSeverityRole).toInt(), 3);
        QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QStringLiteral("1 alert, highest severity High")));
        QCOMPARE(model->index(ws01, kAlert4Column).data(TimelineModel::MaxSeverityRole).toInt(), 1);
        // The scheduled-task creation (4698) on SRV02 is a key event; plain Sysmon process events are not.
        const QModelIndex key = model->index(srv02, kKeyEventColumn);
        QCOMPARE(key.data(TimelineModel::KeyEventCountRole).toLongLong(), 1);
        QCOMPARE(key.data(TimelineModel::AlertCountRole).toLongLong(), 0);
        QVERIFY(key.data(Qt::ToolTipRole).toString().contains(QStringLiteral("1 key event")));
        // On WS01 only the whoami reconnaissance command counts as a key event.
        qint64 keyEvents = 0;
        for (int c = 0; c < model->columnCount(); ++c)
            keyEvents += model->index(ws01, c).data(TimelineModel::KeyEventCountRole).toLongLong();
        QCOMPARE(keyEvents, 1);
        QCOMPARE(model->index(ws01, kAlert4Column).data(TimelineModel::KeyEventCountRole).toLongLong(), 1);
        QVERIFY(timeline()->rangeLabel()->text().contains(QStringLiteral("Whole case")));
    }

    // Under the grid, the start time of every n-th column; fewer labels when
    // the window is narrower, never overlapping.
    void axisLabelsBucketStartsWithoutOverlap() {
        for (auto* tabs : m_window->findChildren<QTabWidget*>())
            if (tabs->indexOf(timeline()) >= 0) tabs->setCurrentWidget(timeline());
        TimelineAxis* axis = timeline()->axis();
        QTRY_VERIFY(axis->isVisible());
        TimelineModel* model = timeline()->model();
        auto checkTicks = [&]() -> int {
            const auto ticks = axis->ticks();
            if (ticks.size() < 2) return 0;
            const int step = ticks[1].column - ticks[0].column;
            for (std::size_t i = 0; i < ticks.size(); ++i) {
                const int column = static_cast<int>(i) * step;
                if (ticks[i].column != column) return -1;
                // Part of the column's start time, and never the same as the label before.
                if (ticks[i].text.isEmpty() || !formatTicks(model->bucketStart(column)).contains(ticks[i].text)) return -1;
                if (i > 0 && ticks[i].text == ticks[i - 1].text) return -1;
                if (axis->fontMetrics().horizontalAdvance(ticks[i].text) >= step * timeline()->view()->columnWidth(0))
                    return -1;
            }
            return step;
        };
        QTRY_VERIFY(checkTicks() > 0);
        const int wideStep = checkTicks();
        // The seeded case spans under a minute: labels show the time of day to the second.
        QCOMPARE(axis->ticks().front().text, formatTicks(model->bucketStart(0)).mid(11, 8));
        m_window->resize(700, 900);
        QTRY_VERIFY(checkTicks() > wideStep);
    }

    void cellsArePaintedInTheSeverityColour() {
        m_window->tabs()->setCurrentWidget(timeline());
        QTableView* view = timeline()->view();
        const int ws01 = rowOfHost(timeline()->model(), QStringLiteral("WS01"));
        const QRect cell = view->visualRect(timeline()->model()->index(ws01, kAlert1Column));
        const QImage image = view->viewport()->grab(cell).toImage();
        bool hasHighColour = false;
        for (int y = 0; y < image.height() && !hasHighColour; ++y)
            for (int x = 0; x < image.width(); ++x)
                if (image.pixelColor(x, y) == severityColor(3)) hasHighColour = true;
        QVERIFY(hasHighColour);
        saveScreenshot(QStringLiteral("workbench-timeline.png"));
    }

    void selectingARangeFiltersAlertsAndHunting() {
        QSignalSpy selected(timeline(), &TimelineTab::timeRangeSelected);
        timeline()->selectColumns(kAlert1Column, kAlert4Column);
        QTRY_COMPARE(selected.count(), 1);
        QTRY_COMPARE(shownAlertIds(alerts()->model()), (std::set<qint64>{1, 4}));
        QTRY_COMPARE(hunt()->model()->rowCount(), 2);  // schtasks and whoami on WS01
        QVERIFY(!alerts()->filterBar()->timeChip()->isHidden());
        QVERIFY(!hunt()->timeChip()->isHidden());
        // Removing the chip above the alert list removes the range everywhere.
        alerts()->filterBar()->timeChip()->click();
        QTRY_COMPARE(alerts()->model()->rowCount(), 5);
        QTRY_COMPARE(hunt()->model()->rowCount(), 5);
        QVERIFY(!timeline()->selectedRange());
        QVERIFY(hunt()->timeChip()->isHidden());
    }

    void keyboardExtendsTheRange() {
        m_window->tabs()->setCurrentWidget(timeline());
        QTableView* view = timeline()->view();
        view->setFocus();
        view->setCurrentIndex(timeline()->model()->index(0, kAlert1Column));
        for (int i = 0; i < kAlert2Column; ++i) QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
        QTRY_COMPARE(shownAlertIds(alerts()->model()), (std::set<qint64>{1, 4, 2}));
        // The hunting chip removes it as well.
        hunt()->timeChip()->click();
        QTRY_COMPARE(alerts()->model()->rowCount(), 5);
        QVERIFY(alerts()->filterBar()->timeChip()->isHidden());
    }

    void zoomRecountsTheSelectionAndWholeCaseRestores() {
        timeline()->selectColumns(kAlert4Column, kAlert2Column);
        QSignalSpy loaded(timeline()->model(), &TimelineModel::timelineLoaded);
        timeline()->zoomToSelection();
        QTRY_COMPARE(loaded.count(), 1);
        QVERIFY(timeline()->rangeLabel()->text().contains(QStringLiteral("Zoomed in")));
        QTRY_COMPARE(shownAlertIds(alerts()->model()), (std::set<qint64>{4, 2}));
        // Finer buckets: the zoomed grid spans only the selection, and both alerts are in it.
        qint64 alertsInGrid = 0;
        int firstAlertColumn = -1;
        for (int r = 0; r < timeline()->model()->rowCount(); ++r)
            for (int c = 0; c < timeline()->model()->columnCount(); ++c) {
                const qint64 n = timeline()->model()->index(r, c).data(TimelineModel::AlertCountRole).toLongLong();
                alertsInGrid += n;
                if (n > 0 && firstAlertColumn < 0) firstAlertColumn = c;
            }
        QCOMPARE(alertsInGrid, 2);
        QVERIFY(firstAlertColumn > 0);  // alert 4 sits inside the first zoomed bucket's successors
        // Clearing a selection inside the zoom goes back to the zoomed range, not to every time.
        timeline()->selectColumns(firstAlertColumn, firstAlertColumn);
        QTRY_COMPARE(alerts()->model()->rowCount(), 1);
        timeline()->clearSelection();
        QTRY_COMPARE(shownAlertIds(alerts()->model()), (std::set<qint64>{4, 2}));
        timeline()->showWholeCase();
        QTRY_COMPARE(alerts()->model()->rowCount(), 5);
        QTRY_VERIFY(timeline()->rangeLabel()->text().contains(QStringLiteral("Whole case")));
    }

    // Host names come from the imported files; Qt shows a tooltip that looks
    // like HTML as rich text, so the header's tooltip must be escaped.
    void hostileHostNameIsShownLiterally() {
        m_window.reset();
        QVERIFY(hitome::test::writeSeededCase(m_path));
        const QString hostile = QStringLiteral("<img src=x width=4000><b>WS01</b>");
        {
            auto c = hitome::core::CaseFile::open(m_path);
            QVERIFY(c.ok());
            QVERIFY(c->connection().exec("UPDATE hosts SET name = '" + hostile.toStdString() +
                                         "' WHERE id = (SELECT min(id) FROM hosts)").ok());
        }
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(m_window->openCase(QString::fromStdString(m_path.string())));
        QTRY_COMPARE(timeline()->model()->rowCount(), 2);
        const int row = rowOfHost(timeline()->model(), hostile);
        QVERIFY(row >= 0);   // shown as the text it is
        const QString tip = timeline()->model()->headerData(row, Qt::Vertical, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("&lt;img src=x width=4000&gt;&lt;b&gt;WS01&lt;/b&gt;")), qPrintable(tip));
        QVERIFY(!tip.contains(QStringLiteral("<img")));
        QVERIFY(!tip.contains(QStringLiteral("<b>")));
        // A right-to-left override in a host name is shown as a marker, in the
        // timeline and in the alert list's host filter, which still filters by the name.
        {
            auto c = hitome::core::CaseFile::open(m_path);
            QVERIFY(c.ok());
            QVERIFY(c->connection().exec("UPDATE hosts SET name = 'WS' || char(0x202E) || 'txt.exe' "
                                         "WHERE id = (SELECT min(id) FROM hosts)").ok());
        }
        QVERIFY(m_window->openCase(QString::fromStdString(m_path.string())));
        QTRY_COMPARE(timeline()->model()->rowCount(), 2);
        const QString marked = QStringLiteral("WS\u27e8U+202E\u27e9txt.exe");
        QVERIFY(rowOfHost(timeline()->model(), marked) >= 0);
        QComboBox* hosts = alerts()->filterBar()->hostBox();
        QTRY_VERIFY(hosts->findText(marked) >= 0);
        QCOMPARE(hosts->itemData(hosts->findText(marked)).toString(), QStringLiteral("WS\u202Etxt.exe"));
    }

    void emptyCaseShowsAnEmptyState() {
        const auto empty = hitome::test::scratchDir("timeline") / "empty.hitome";
        std::filesystem::remove(empty);
        QVERIFY(hitome::core::CaseFile::open(empty).ok());
        QVERIFY(m_window->openCase(QString::fromStdString(empty.string())));
        QTRY_VERIFY(!timeline()->model()->isLoading());
        QCOMPARE(timeline()->model()->rowCount(), 0);
        m_window->tabs()->setCurrentWidget(timeline());
        QTRY_VERIFY(timeline()->emptyStateLabel()->isVisible());
        QVERIFY(timeline()->emptyStateLabel()->text().contains(QStringLiteral("no alerts or key events")));
        // The other tabs of an empty case say what to do rather than show blank tables.
        m_window->tabs()->setCurrentWidget(hunt());
        QTRY_VERIFY(hunt()->emptyStateLabel()->isVisible());
        QVERIFY(hunt()->emptyStateLabel()->text().startsWith(QStringLiteral("Type words")));
        hunt()->search(QStringLiteral("mimikatz"));
        QTRY_COMPARE(hunt()->emptyStateLabel()->text(), QStringLiteral("No events match this search."));
        m_window->tabs()->setCurrentWidget(m_window->reconTab());
        QTRY_VERIFY(m_window->reconTab()->emptyStateLabel()->isVisible());
    }

private:
    void saveScreenshot(const QString& name) {
        const QString dir = qEnvironmentVariable("HITOME_SCREENSHOT_DIR");
        if (dir.isEmpty()) return;
        QTest::qWait(300);
        QVERIFY(m_window->grab().save(dir + QLatin1Char('/') + name));
    }
};

QTEST_MAIN(TestTimeline)
#include "test_timeline.moc"
