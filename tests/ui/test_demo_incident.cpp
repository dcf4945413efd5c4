// SPDX-License-Identifier: GPL-3.0-or-later
// Help > Open Demo Incident end to end: the bundled files are imported and
// run through detection on the worker, the Persistence bar filters the list to exactly the Persistence
// alerts, and the schtasks alert is explained.

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QtTest>

#include <set>

#include "core/store/case_file.h"
#include "core/store/statement.h"
#include "ui/main_window/alerts_workspace.h"
#include "ui/main_window/main_window.h"
#include "ui/main_window/workbench_controller.h"
#include "ui/models/alert_table_model.h"
#include "ui/models/process_tree_model.h"
#include "ui/models/timeline_model.h"
#include "ui/util/language_manager.h"
#include "ui/util/tactic_info.h"
#include "ui/widgets/alert_detail_pane.h"
#include "ui/widgets/tactic_chart_widget.h"
#include "ui/widgets/timeline_tab.h"

using namespace hitome::ui;

class TestDemoIncident : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HitomeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_demo_incident"));
        QFile::remove(WorkbenchController::demoCasePath());
    }

    void demoOpensFiltersAndExplains() {
        if (QDir(QStringLiteral(":/demo")).entryList(QDir::Files).isEmpty()) QFAIL("the demo incident is not compiled in");
        LanguageManager languages;
        languages.apply(QStringLiteral("en"));
        MainWindow window;
        WorkbenchController controller(&window, &languages);
        window.show();
        QSignalSpy imported(&controller, &WorkbenchController::importFinished);
        controller.openDemo();
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 60000);
        QVERIFY2(imported.first().first().toBool(), qPrintable(imported.first().at(1).toString()));
        // The demo's Sysmon events went through detection on the worker, as any GUI import does:
        // rule alerts beside Defender's, and host F's command burst for the recon tab.
        QVERIFY2(imported.first().at(1).toString().contains(QStringLiteral("Detection:")),
                 qPrintable(imported.first().at(1).toString()));
        QVERIFY(countInCase("SELECT count(*) FROM alerts WHERE provider = 'sigma'") > 0);
        QCOMPARE(countInCase("SELECT count(*) FROM alerts WHERE provider = 'recon'"), 1);
        QVERIFY(countInCase("SELECT count(*) FROM recon_commands") >= 10);
        AlertsWorkspace* alerts = window.alertsWorkspace();
        QTRY_VERIFY(alerts->model() && alerts->model()->rowCount() > 0);
        QAbstractItemModelTester tester(alerts->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        const std::set<qint64> expected = persistenceAlertsInCase();
        QVERIFY(!expected.empty());
        QTRY_COMPARE(alerts->chart()->alertCount(QStringLiteral("TA0003")), static_cast<int>(expected.size()));
        int persistence = -1;
        for (std::size_t i = 0; i < workbenchTactics().size(); ++i)
            if (workbenchTactics()[i].id == QLatin1String("TA0003")) persistence = static_cast<int>(i);
        QSignalSpy loaded(alerts->model(), &AlertTableModel::alertsLoaded);
        alerts->chart()->activateTactic(persistence);
        QTRY_COMPARE(loaded.count(), 1);
        std::set<qint64> shown;
        for (int r = 0; r < alerts->model()->rowCount(); ++r) {
            const QModelIndex tactics = alerts->model()->index(r, AlertTableModel::TacticsColumn);
            shown.insert(tactics.data(AlertTableModel::AlertIdRole).toLongLong());
            QTRY_VERIFY(tactics.data().toString().contains(QStringLiteral("Persistence")));
        }
        QCOMPARE(shown, expected);

        const int row = alerts->model()->rowOfAlert(schtasksAlertId());
        QVERIFY(row >= 0);
        alerts->table()->selectRow(row);
        AlertDetailPane* pane = alerts->detailPane();
        QTRY_VERIFY(pane->processModel()->focusIndex().isValid());
        QTRY_VERIFY(pane->explanationView()->toPlainText().contains(QStringLiteral("/SC")));
        const QString text = pane->explanationView()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("WinATP-Intro-Backdoor.exe")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("not persistence"), Qt::CaseInsensitive), qPrintable(text));
        QVERIFY(pane->explanationView()->toHtml().contains(QStringLiteral("https://attack.mitre.org/techniques/T1053/005/")));

        // The timeline places every alert of the demo on its host's lane.
        TimelineModel* timeline = window.timelineTab()->model();
        QTRY_VERIFY(!timeline->isLoading() && timeline->rowCount() > 0);
        QAbstractItemModelTester timelineTester(timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
        qint64 placed = 0;
        for (int r = 0; r < timeline->rowCount(); ++r)
            for (int c = 0; c < timeline->columnCount(); ++c)
                placed += timeline->index(r, c).data(TimelineModel::AlertCountRole).toLongLong();
        QCOMPARE(placed, static_cast<qint64>(alertsWithTime()));
    }

private:
    static std::set<qint64> persistenceAlertsInCase() {
        auto c = hitome::core::CaseFile::open(WorkbenchController::demoCasePath().toStdString());
        std::set<qint64> ids;
        if (!c) return ids;
        hitome::core::Statement st(c->connection(), "SELECT alert_id FROM alert_tactics WHERE tactic_id = 'TA0003'");
        while (st.step().value() == hitome::core::Statement::Step::Row) ids.insert(st.columnInt(0));
        return ids;
    }

    static int countInCase(const char* sql) {
        auto c = hitome::core::CaseFile::open(WorkbenchController::demoCasePath().toStdString());
        if (!c) return -1;
        hitome::core::Statement st(c->connection(), sql);
        return st.step().value() == hitome::core::Statement::Step::Row ? static_cast<int>(st.columnInt(0)) : -1;
    }

    static int alertsWithTime() { return countInCase("SELECT count(*) FROM alerts WHERE first_event IS NOT NULL"); }

    static qint64 schtasksAlertId() {
        auto c = hitome::core::CaseFile::open(WorkbenchController::demoCasePath().toStdString());
        if (!c) return 0;
        hitome::core::Statement st(c->connection(),
                                   "SELECT a.id FROM alerts a JOIN processes p ON p.id = a.process_id"
                                   " WHERE p.command_line LIKE 'schtasks.exe /create /SC ONCE%' ORDER BY a.id LIMIT 1");
        return st.step().value() == hitome::core::Statement::Step::Row ? st.columnInt(0) : 0;
    }
};

QTEST_MAIN(TestDemoIncident)
#include "test_demo_incident.moc"
