// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench window over a seeded case: tactic chart → filtered list,
// detail pane with process tree and explanation, hunting with a pivot,
// analyst work surviving a reopen. Every model runs under the model tester.

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>

#include <algorithm>
#include <set>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

#include "tests_support/test_paths.h"
#include "ui/main_window/alerts_workspace.h"
#include "ui/main_window/case_session.h"
#include "ui/main_window/main_window.h"
#include "ui/models/alert_table_model.h"
#include "ui/models/hunt_table_model.h"
#include "ui/models/process_tree_model.h"
#include "ui/seeded_case.h"
#include "ui/util/language_manager.h"
#include "ui/util/tactic_info.h"
#include "ui/widgets/alert_detail_pane.h"
#include "ui/widgets/alert_filter_bar.h"
#include "ui/widgets/analyst_work_panel.h"
#include "ui/widgets/hunt_tab.h"
#include "ui/widgets/recon_tab.h"
#include <QTreeWidget>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include "ui/widgets/tactic_chart_widget.h"
#include "ui/workers/case_reader.h"

using namespace hitome::ui;

namespace {

int tacticIndex(const QString& id) {
    const auto& tactics = workbenchTactics();
    for (std::size_t i = 0; i < tactics.size(); ++i)
        if (tactics[i].id == id) return static_cast<int>(i);
    return -1;
}

std::set<qint64> shownAlertIds(AlertTableModel* model) {
    std::set<qint64> ids;
    for (int r = 0; r < model->rowCount(); ++r) ids.insert(model->index(r, 0).data(AlertTableModel::AlertIdRole).toLongLong());
    return ids;
}

void waitForRowsLoaded(AlertTableModel* model) {
    for (int r = 0; r < model->rowCount(); ++r) model->index(r, 0).data();
    QTRY_VERIFY(model->rowCount() == 0 || model->index(model->rowCount() - 1, 0).data(AlertTableModel::IsLoadedRole).toBool());
}

}  // namespace

class TestWorkbench : public QObject {
    Q_OBJECT
    std::filesystem::path m_path;
    std::unique_ptr<MainWindow> m_window;
    LanguageManager m_languages;

    AlertsWorkspace* alerts() { return m_window->alertsWorkspace(); }

    void openSeeded() {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(m_window->openCase(QString::fromStdString(m_path.string())));
        QTRY_COMPARE(alerts()->model()->rowCount(), 5);
        QTRY_COMPARE(alerts()->chart()->alertCount(QStringLiteral("TA0003")), 2);
    }

    void selectAlert(qint64 id) {
        AlertTableModel* model = alerts()->model();
        const int row = model->rowOfAlert(id);
        QVERIFY(row >= 0);
        QSignalSpy shown(alerts()->detailPane(), &AlertDetailPane::detailShown);
        alerts()->table()->selectRow(row);
        QTRY_COMPARE(alerts()->detailPane()->alertId().value_or(0), id);
    }

private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("HitomeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_workbench"));
        qputenv("HITOME_NO_BROWSER", "1");
        m_languages.apply(QStringLiteral("en"));  // English plural forms ("2 alerts")
        QVERIFY(workbenchTactics().size() == 15);
    }

    void init() {
        m_path = hitome::test::scratchDir("workbench") / "seed.hitome";
        QVERIFY(hitome::test::writeSeededCase(m_path));
        openSeeded();
    }

    void cleanup() { m_window.reset(); }

    void modelsPassTheModelTester() {
        QAbstractItemModelTester alertTester(alerts()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        waitForRowsLoaded(alerts()->model());
        alerts()->model()->sort(AlertTableModel::SeverityColumn, Qt::DescendingOrder);
        QTRY_COMPARE(alerts()->model()->alertIdAt(0), qint64(5));
        selectAlert(1);
        QAbstractItemModelTester treeTester(alerts()->detailPane()->processModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        HuntTab* hunt = m_window->huntTab();
        QAbstractItemModelTester huntTester(hunt->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        hunt->search(QStringLiteral("/create"));
        QTRY_COMPARE(hunt->model()->rowCount(), 1);
    }

    void persistenceBarFiltersTheList() {
        const int index = tacticIndex(QStringLiteral("TA0003"));
        QVERIFY(index >= 0);
        QSignalSpy loaded(alerts()->model(), &AlertTableModel::alertsLoaded);
        alerts()->chart()->activateTactic(index);  // what a click on the bar does
        QCOMPARE(alerts()->filterBar()->tacticId(), QStringLiteral("TA0003"));
        QVERIFY(alerts()->filterBar()->tacticChip()->isVisible());
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(shownAlertIds(alerts()->model()), (std::set<qint64>{1, 3}));
        waitForRowsLoaded(alerts()->model());
        saveScreenshot(QStringLiteral("workbench-overview.png"));
        // Clicking the same bar again clears the filter.
        alerts()->chart()->activateTactic(index);
        QTRY_COMPARE(alerts()->model()->rowCount(), 5);
        QVERIFY(!alerts()->filterBar()->tacticChip()->isVisible());
    }

    // The same through a real mouse click on the bar in the chart view.
    void mouseClickOnABarSelectsItsTactic() {
        TacticChartWidget* chart = alerts()->chart();
        const int index = tacticIndex(QStringLiteral("TA0007"));
        QTest::qWait(50);  // the chart lays out its bars on the first paint
        QSignalSpy selected(chart, &TacticChartWidget::tacticSelected);
        QTest::mouseClick(chart->chartView()->viewport(), Qt::LeftButton, {}, chart->barCenter(index));
        QTRY_COMPARE(selected.count(), 1);
        QCOMPARE(selected.first().first().toString(), QStringLiteral("TA0007"));
        QTRY_COMPARE(shownAlertIds(alerts()->model()), (std::set<qint64>{4}));
    }

    void chipRemovesTheTacticFilterAndEmptyTacticSaysSo() {
        const int impact = tacticIndex(QStringLiteral("TA0040"));
        alerts()->chart()->activateTactic(impact);
        QTRY_COMPARE(alerts()->model()->rowCount(), 0);
        QTRY_VERIFY(alerts()->emptyStateLabel()->isVisible());
        QVERIFY(alerts()->emptyStateLabel()->text().contains(QStringLiteral("No alerts for Impact")));
        alerts()->filterBar()->tacticChip()->click();
        QTRY_COMPARE(alerts()->model()->rowCount(), 5);
        QVERIFY(alerts()->chart()->selectedTactic().isEmpty());
    }

    void barTooltipNamesTheTopTechniques() {
        const QString text = alerts()->chart()->tooltipText(tacticIndex(QStringLiteral("TA0003")));
        QVERIFY2(text.contains(QStringLiteral("Persistence: 2 alerts, highest severity High")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("T1053.005 Scheduled Task/Job: Scheduled Task (1 alert)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("T1547.001")), qPrintable(text));
        const QString empty = alerts()->chart()->tooltipText(tacticIndex(QStringLiteral("TA0040")));
        QCOMPARE(empty, QStringLiteral("No alerts for Impact"));
    }

    // A click changes only the list and the bar colours: the chart keeps its counts and axes.
    void tacticClickRestylesBarsOnly() {
        TacticChartWidget* chart = alerts()->chart();
        const QList<QAbstractSeries*> seriesBefore = chart->chartView()->chart()->series();
        const int index = tacticIndex(QStringLiteral("TA0007"));
        chart->activateTactic(index);
        QCOMPARE(chart->selectedIndex(), index);
        for (QBarSet* set : chart->barSets()) QCOMPARE(set->selectedBars(), QList<int>{index});
        QCOMPARE(chart->chartView()->chart()->series(), seriesBefore);
        QTRY_COMPARE(alerts()->model()->rowCount(), 1);
        chart->activateTactic(index);
        for (QBarSet* set : chart->barSets()) QVERIFY(set->selectedBars().isEmpty());
    }

    void severityHostStatusAndSourceFiltersCombine() {
        AlertFilterBar* bar = alerts()->filterBar();
        QTRY_VERIFY(bar->hostBox()->count() == 3);  // all hosts, SRV02, WS01
        bar->severityBox()->setCurrentIndex(bar->severityBox()->findData(2));  // medium or higher
        QTRY_COMPARE(shownAlertIds(alerts()->model()), (std::set<qint64>{1, 2, 5}));
        bar->hostBox()->setCurrentIndex(bar->hostBox()->findData(QStringLiteral("WS01")));
        QTRY_COMPARE(shownAlertIds(alerts()->model()), (std::set<qint64>{1, 2}));
        bar->severityBox()->setCurrentIndex(0);
        bar->statusBox()->setCurrentIndex(bar->statusBox()->findData(QStringLiteral("new")));
        QTRY_COMPARE(shownAlertIds(alerts()->model()), (std::set<qint64>{1, 2, 4}));
        bar->sourceBox()->setCurrentIndex(bar->sourceBox()->findData(QStringLiteral("sigma")));
        QTRY_COMPARE(shownAlertIds(alerts()->model()), (std::set<qint64>{4}));
        bar->hostBox()->setCurrentIndex(bar->hostBox()->findData(QStringLiteral("SRV02")));
        QTRY_VERIFY(alerts()->emptyStateLabel()->isVisible());
        QCOMPARE(alerts()->emptyStateLabel()->text(), QStringLiteral("No alerts match these filters."));
    }

    void samePivotFindsTheValueOnOtherHosts() {
        HuntTab* hunt = m_window->huntTab();
        hunt->search(QStringLiteral("add"));
        QTRY_COMPARE(hunt->model()->rowCount(), 1);  // reg add on SRV02, EventID 1
        const QModelIndex cell = hunt->model()->index(0, HuntTableModel::EventIdColumn);
        QTRY_COMPARE(cell.data(HuntTableModel::RawValueRole).toString(), QStringLiteral("1"));
        QVERIFY(hunt->pivot(HuntTab::Pivot::SameValueOtherHosts, cell));
        QTRY_COMPARE(hunt->model()->rowCount(), 2);  // the two Sysmon 1 events on WS01
        for (int r = 0; r < 2; ++r)
            QTRY_COMPARE(hunt->model()->index(r, HuntTableModel::HostColumn).data().toString(), QStringLiteral("WS01"));
        // Time and host cells offer no such pivot.
        QVERIFY(!hunt->pivot(HuntTab::Pivot::SameValueOtherHosts, hunt->model()->index(0, HuntTableModel::HostColumn)));
    }

    // In Japanese the window shows 永続化 with Defender's 常設 where analysts look for it.
    void japaneseWindowShowsDefendersTacticLabels() {
        m_languages.apply(QStringLiteral("ja"));
        QTRY_COMPARE(m_window->tabs()->tabText(0), QString::fromUtf8("アラート"));
        QVERIFY(alerts()->chart()->categoryNames().contains(QString::fromUtf8("永続化 (常設)")));
        const int row = alerts()->model()->rowOfAlert(1);
        QTRY_COMPARE(alerts()->model()->index(row, AlertTableModel::TacticsColumn).data().toString(),
                     QString::fromUtf8("実行, 永続化 (常設)"));
        alerts()->chart()->activateTactic(tacticIndex(QStringLiteral("TA0003")));
        QVERIFY(alerts()->filterBar()->tacticChip()->text().contains(QString::fromUtf8("永続化 (常設)")));
        QTRY_COMPARE(alerts()->model()->rowCount(), 2);
        waitForRowsLoaded(alerts()->model());
        saveScreenshot(QStringLiteral("workbench-overview-ja.png"));
        m_languages.apply(QStringLiteral("en"));
        QTRY_COMPARE(m_window->tabs()->tabText(0), QStringLiteral("Alerts"));
    }

    void schtasksAlertIsExplained() {
        selectAlert(1);
        AlertDetailPane* pane = alerts()->detailPane();
        QTreeView* tree = pane->processView();
        ProcessTreeModel* model = pane->processModel();
        // explorer → cmd → schtasks (focus) and cmd → whoami: the tree is expanded.
        QTRY_VERIFY(model->focusIndex().isValid());
        QCOMPARE(model->focusIndex().data().toString(), QStringLiteral("schtasks.exe"));
        QVERIFY(tree->isExpanded(model->index(0, 0)));
        const QModelIndex cmd = model->index(0, 0, model->index(0, 0));
        QCOMPARE(model->rowCount(cmd), 1);  // ancestors and descendants only: no sibling whoami
        const QString text = pane->explanationView()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("/SC")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Backdoor.exe")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("not persistence"), Qt::CaseInsensitive), qPrintable(text));
        const QString html = pane->explanationView()->toHtml();
        QVERIFY(html.contains(QStringLiteral("https://attack.mitre.org/techniques/T1053/005/")));
        // Attacker text is escaped: the description's <b> stays literal.
        QVERIFY(pane->summaryView()->toPlainText().contains(QStringLiteral("<b>Troj</b>")));
        // Selecting another node explains that node.
        tree->setCurrentIndex(cmd);
        QVERIFY(pane->explanationView()->toPlainText().contains(QStringLiteral("cmd.exe")));
        QVERIFY(!pane->explanationView()->toPlainText().contains(QStringLiteral("Backdoor.exe")));
        tree->setCurrentIndex(model->focusIndex());
        saveScreenshot(QStringLiteral("workbench-alert-detail.png"));
    }

    void linksOnlyGoWhereWeIntend() {
        selectAlert(1);
        QSignalSpy opened(alerts()->detailPane(), &AlertDetailPane::linkActivated);
        emit alerts()->detailPane()->explanationView()->anchorClicked(QUrl(QStringLiteral("https://evil.example/x")));
        emit alerts()->detailPane()->explanationView()->anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
        QCOMPARE(opened.count(), 0);
        emit alerts()->detailPane()->explanationView()->anchorClicked(
            QUrl(QStringLiteral("https://attack.mitre.org/techniques/T1053/005/")));
        QCOMPARE(opened.count(), 1);
    }

    void huntRowsOfAnEarlierSearchNeverHideNewOnes() {
        const auto path = hitome::test::scratchDir("workbench_hunt_model") / "seed.hitome";
        QVERIFY(hitome::test::writeSeededCase(path));
        CaseReader reader(path);
        HuntTableModel model(&reader);
        QSignalSpy finished(&model, &HuntTableModel::searchFinished);
        hitome::core::HuntQuery first;
        first.text = "whoami";
        model.search(first);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        // Reading a row of the first search while the second runs queues a
        // chunk of stale ids behind it on the reader thread.
        hitome::core::HuntQuery second;
        second.text = "reg add";
        model.search(second);
        (void)model.index(0, HuntTableModel::CommandLineColumn).data(HuntTableModel::RawValueRole);
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(model.rowCount(), 1);
        QTRY_VERIFY(model.index(0, HuntTableModel::CommandLineColumn)
                        .data(HuntTableModel::RawValueRole).toString().startsWith(QStringLiteral("reg add")));
    }

    void huntSearchAndPivots() {
        HuntTab* hunt = m_window->huntTab();
        hunt->search(QStringLiteral("/create"));
        QTRY_COMPARE(hunt->model()->rowCount(), 1);
        QVERIFY(hunt->countLabel()->text().contains(QStringLiteral("1")));
        QModelIndex cell = hunt->model()->index(0, HuntTableModel::CommandLineColumn);
        QTRY_VERIFY(!cell.data(HuntTableModel::TaskNameRole).toString().isEmpty());
        QVERIFY(hunt->pivot(HuntTab::Pivot::TaskNameAllHosts, cell));
        QTRY_COMPARE(hunt->model()->rowCount(), 2);  // WS01 Sysmon 1 and SRV02 Security 4698
        m_window->tabs()->setCurrentWidget(hunt);
        saveScreenshot(QStringLiteral("workbench-hunting.png"));
        hunt->search(QStringLiteral("add"));
        QTRY_COMPARE(hunt->model()->rowCount(), 1);
        cell = hunt->model()->index(0, HuntTableModel::CommandLineColumn);
        QTRY_VERIFY(!cell.data(HuntTableModel::RawValueRole).toString().isEmpty());
        QSignalSpy finished(hunt->model(), &HuntTableModel::searchFinished);
        QVERIFY(hunt->pivot(HuntTab::Pivot::RegistryKeyEvents, cell));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(hunt->model()->rowCount(), 1);
        QCOMPARE(hunt->model()->index(0, HuntTableModel::EventIdColumn).data(HuntTableModel::EventRowIdRole).toLongLong(), qint64(5));
        const QString csv = QString::fromStdString((hitome::test::scratchDir("workbench_csv") / "hunt.csv").string());
        QSignalSpy exported(hunt, &HuntTab::exportFinished);
        hunt->exportCsv(csv);
        QTRY_COMPARE(exported.count(), 1);
        QVERIFY(exported.first().first().toBool());
        const std::string bytes = hitome::test::readFile(csv.toStdString());
        QVERIFY(bytes.find("ParentCommandLine") != std::string::npos);
        QVERIFY(bytes.find("SRV02,13,C:\\Windows\\System32\\reg.exe") != std::string::npos);
    }

    // The list stops at kMaxShownRows and says so; the CSV file still gets every match.
    void exportWritesEveryMatchBeyondTheShownRows() {
        const std::int64_t total = HuntTab::kMaxShownRows + 5;
        QVERIFY(m_window->session()->writer().exec(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + std::to_string(total) + ")"
            " INSERT INTO events(source_id, time, host_id, computer, event_id, command_line)"
            " SELECT 1, 17093001000000000 + i, 1, 'WS01', 1, 'bulkcopy.exe run ' || i FROM n;"
            " INSERT INTO events_fts(events_fts) VALUES ('rebuild');").ok());
        HuntTab* hunt = m_window->huntTab();
        hunt->search(QStringLiteral("bulkcopy"));
        QTRY_COMPARE(hunt->model()->rowCount(), static_cast<int>(HuntTab::kMaxShownRows));
        QVERIFY(hunt->model()->isTruncated());
        QVERIFY(hunt->countLabel()->text().contains(QStringLiteral("refine the search")));
        const QString csv = QString::fromStdString((hitome::test::scratchDir("workbench_csv") / "bulk.csv").string());
        QSignalSpy exported(hunt, &HuntTab::exportFinished);
        hunt->exportCsv(csv);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 30000);
        QVERIFY(exported.first().first().toBool());
        const std::string bytes = hitome::test::readFile(csv.toStdString());
        QCOMPARE(static_cast<std::int64_t>(std::count(bytes.begin(), bytes.end(), '\n')), total + 1);  // + header
    }

    void analystWorkSurvivesReopen() {
        selectAlert(1);
        AnalystWorkPanel* work = alerts()->workPanel();
        QTRY_VERIFY(work->isEnabled());
        work->setStatus(QStringLiteral("inProgress"));
        work->setClassification(QStringLiteral("truePositive"));
        QVERIFY(work->addNote(QStringLiteral("Troj registered from cmd on WS01")));
        QVERIFY(m_window->caseNotes()->addNote(QStringLiteral("Escalated to the CSIRT")));
        const int row = alerts()->model()->rowOfAlert(1);
        QTRY_COMPARE(alerts()->model()->index(row, AlertTableModel::StatusColumn).data().toString(), QStringLiteral("In progress"));
        m_window.reset();
        openSeededWithoutReseed();
        selectAlert(1);
        QTRY_COMPARE(alerts()->workPanel()->statusBox()->currentData().toString(), QStringLiteral("inProgress"));
        QCOMPARE(alerts()->workPanel()->noteTexts(), QStringList{QStringLiteral("Troj registered from cmd on WS01")});
        QCOMPARE(m_window->caseNotes()->noteTexts(), QStringList{QStringLiteral("Escalated to the CSIRT")});
    }

    void reconTabListsCommandsAndExportsAuditPolicy() {
        ReconTab* recon = m_window->reconTab();
        QTRY_COMPARE(recon->tree()->topLevelItemCount(), 1);
        QTreeWidgetItem* host = recon->tree()->topLevelItem(0);
        QCOMPARE(host->text(0), QStringLiteral("WS01"));
        QTreeWidgetItem* command = host->child(0)->child(0);
        QCOMPARE(command->text(0), QStringLiteral("whoami"));
        QCOMPARE(command->text(1), QStringLiteral("1"));
        const QString path = QString::fromStdString((hitome::test::scratchDir("workbench_applocker") / "p.xml").string());
        QVERIFY(!recon->exportPolicy(path));  // nothing checked yet
        command->setCheckState(0, Qt::Checked);
        QCOMPARE(recon->checkedBinaries(), QStringList{QStringLiteral("whoami.exe")});
        QVERIFY(recon->exportPolicy(path));
        const std::string xml = hitome::test::readFile(path.toStdString());
        QVERIFY(xml.find("AuditOnly") != std::string::npos);
        QVERIFY(xml.find("whoami.exe") != std::string::npos);
    }

    void textFilterFindsTitlesAndDescriptions() {
        AlertFilterBar* bar = alerts()->filterBar();
        bar->searchField()->setText(QStringLiteral("malware"));
        QTRY_COMPARE(alerts()->model()->rowCount(), 1);
        QCOMPARE(alerts()->model()->alertIdAt(0), qint64(5));
    }

private:
    void openSeededWithoutReseed() { openSeeded(); }

    // scripts/screenshots sets HITOME_SCREENSHOT_DIR to render the README images.
    void saveScreenshot(const QString& name) {
        const QString dir = qEnvironmentVariable("HITOME_SCREENSHOT_DIR");
        if (dir.isEmpty()) return;
        QTest::qWait(300);
        QVERIFY(m_window->grab().save(dir + QLatin1Char('/') + name));
    }
};

QTEST_MAIN(TestWorkbench)
#include "test_workbench.moc"
