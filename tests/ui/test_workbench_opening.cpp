// SPDX-License-Identifier: GPL-3.0-or-later
// Opening things and finishing touches of the workbench window: drag and
// drop, recent cases, command-line arguments, an import with its progress
// dialog cancelled, the Preferences language switch, keyboard navigation and
// window state kept in QSettings.

#include <QApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

#include "core/store/case_file.h"
#include "core/store/event_search_index.h"
#include "core/store/statement.h"
#include "tests_support/test_paths.h"
#include "ui/main_window/alerts_workspace.h"
#include "ui/main_window/case_session.h"
#include "ui/main_window/main_window.h"
#include "ui/main_window/workbench_controller.h"
#include "ui/models/alert_table_model.h"
#include "ui/seeded_case.h"
#include "ui/util/language_manager.h"
#include "ui/widgets/alert_detail_pane.h"
#include "ui/widgets/alert_filter_bar.h"
#include "ui/widgets/hunt_tab.h"
#include "ui/widgets/timeline_tab.h"

using namespace hitome::ui;

namespace {

QString seededCase(const char* dir) {
    const auto path = hitome::test::scratchDir(dir) / "seed.hitome";
    return hitome::test::writeSeededCase(path) ? QString::fromStdString(path.string()) : QString();
}

void drop(QWidget* target, const QList<QUrl>& urls) {
    QMimeData data;
    data.setUrls(urls);
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(QPointF(pos), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropEvent);
}

}  // namespace

class TestWorkbenchOpening : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HitomeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_workbench_opening"));
    }

    void init() { QSettings().clear(); }

    void droppingACaseOpensItAndOtherFilesImport() {
        MainWindow window;
        window.show();
        const QString path = seededCase("opening_drop");
        drop(&window, {QUrl::fromLocalFile(path)});
        QVERIFY(window.session());
        QCOMPARE(QFileInfo(window.session()->path()).canonicalFilePath(),
                 QFileInfo(path).canonicalFilePath());
        QSignalSpy imports(&window, &MainWindow::importRequested);
        const QString json = QString::fromStdString((hitome::test::scratchDir("opening_drop") / "alerts.json").string());
        drop(&window, {QUrl::fromLocalFile(json)});
        QCOMPARE(imports.count(), 1);
        QCOMPARE(imports.first().first().toStringList(), QStringList{json});
    }

    // File and archive member names are the sender's choice; the progress
    // dialog would render one that looks like HTML, and chained arg() calls
    // would fill a "%4" in it.
    void importProgressShowsHostileFileNamesLiterally() {
        LanguageManager languages;
        languages.apply(QStringLiteral("en"));
        const QString label =
            WorkbenchController::progressLabel(QStringLiteral("case.zip!/<img src=x width=4000>%4.evtx"), 0, 3, 12, 5.7);
        QVERIFY2(label.contains(QStringLiteral("&lt;img src=x width=4000&gt;%4.evtx")), qPrintable(label));
        QVERIFY(!label.contains(QStringLiteral("<img")));
        QVERIFY(label.startsWith(QStringLiteral("File 1 of 3: ")));
        QVERIFY(label.contains(QStringLiteral("12 events (5 per second)")));
    }

    void recentCasesAreRememberedAndReopen() {
        const QString first = seededCase("opening_recent_a");
        const QString second = seededCase("opening_recent_b");
        {
            MainWindow window;
            QVERIFY(window.openCase(first));
            QVERIFY(window.openCase(second));
        }
        MainWindow window;  // a new window reads the list from the settings
        const QList<QAction*> actions = window.recentMenu()->actions();
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions[0]->data().toString(), QFileInfo(second).absoluteFilePath());
        QCOMPARE(actions[1]->data().toString(), QFileInfo(first).absoluteFilePath());
        // The full path is the tooltip, shown literally.
        QVERIFY(actions[0]->toolTip().contains(QFileInfo(second).absoluteFilePath()));
        QVERIFY(actions[0]->toolTip().startsWith(QStringLiteral("<p")));
        actions[1]->trigger();
        QVERIFY(window.session());
        QCOMPARE(window.session()->path(), QFileInfo(first).absoluteFilePath());
        QCOMPARE(window.recentMenu()->actions().first()->data().toString(), QFileInfo(first).absoluteFilePath());
        // A case that cannot be opened says so in the status bar, naming the file.
        QVERIFY(!window.openCase(QStringLiteral("/nonexistent/dir/x.hitome")));
    }

    void commandLineOpensTheNamedCase() {
        LanguageManager languages;
        MainWindow window;
        WorkbenchController controller(&window, &languages);
        const QString path = seededCase("opening_args");
        controller.handleArguments({path});
        QVERIFY(window.session());
        QTRY_COMPARE(window.alertsWorkspace()->model()->rowCount(), 5);
    }

    void cancelledImportShowsProgressAndLeavesTheCaseUnchanged() {
        LanguageManager languages;
        languages.apply(QStringLiteral("en"));
        MainWindow window;
        window.show();
        WorkbenchController controller(&window, &languages);
        const QString path = seededCase("opening_cancel");
        QVERIFY(window.openCase(path));
        QTRY_COMPARE(window.alertsWorkspace()->model()->rowCount(), 5);
        QStringList files;
        for (int i = 0; i < 20; ++i) {
            const QString copy = QString::fromStdString((hitome::test::scratchDir("opening_cancel") /
                                                         ("alerts" + std::to_string(i) + ".json")).string());
            QFile::remove(copy);
            QVERIFY(QFile::copy(QStringLiteral(":/demo/defender-alerts.json"), copy));
            files << copy;
        }
        QSignalSpy finished(&controller, &WorkbenchController::importFinished);
        controller.importInto(path, files);
        auto* progress = window.findChild<QProgressDialog*>();
        QVERIFY(progress);
        QVERIFY(progress->labelText().contains(QStringLiteral("20 files")));
        auto* cancel = progress->findChild<QPushButton*>();
        QVERIFY(cancel);
        cancel->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("cancelled")));
        window.alertsWorkspace()->reload();
        QTRY_COMPARE(window.alertsWorkspace()->model()->rowCount(), 5);
    }

    // Events are searchable as soon as the import ends; the full-text index
    // is built afterwards on the worker thread, and a case opened with events
    // not indexed yet (an index build stopped by quitting) gets it finished.
    void searchIndexIsBuiltAfterImportAndOnOpen() {
        LanguageManager languages;
        languages.apply(QStringLiteral("en"));
        MainWindow window;
        window.show();
        WorkbenchController controller(&window, &languages);
        const auto dir = hitome::test::scratchDir("opening_index");
        const QString path = QString::fromStdString((dir / "events.hitome").string());
        const QString events = QString::fromStdString((dir / "sysmon-events.jsonl").string());
        QFile::remove(events);
        QVERIFY(QFile::copy(QStringLiteral(":/demo/sysmon-events.jsonl"), events));
        QSignalSpy finished(&controller, &WorkbenchController::importFinished);
        controller.importInto(path, {events});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(finished.first().first().toBool());
        auto pending = [&] {
            auto caseFile = hitome::core::CaseFile::openReadOnly(path.toStdString());
            if (!caseFile) return std::int64_t{-1};
            auto state = hitome::core::readSearchIndexState(caseFile->connection());
            return state ? state->pendingRows() : -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(pending(), 0, 30000);
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Search index ready")));

        {
            auto caseFile = hitome::core::CaseFile::open(path.toStdString());
            QVERIFY(caseFile.ok());
            QVERIFY(caseFile->connection().exec("INSERT INTO events_fts(events_fts) VALUES('delete-all');"
                                                "UPDATE case_info SET value = '0' WHERE key = 'search_indexed_through'").ok());
        }
        QVERIFY(pending() > 0);
        QVERIFY(window.openCase(path));
        QTRY_COMPARE_WITH_TIMEOUT(pending(), 0, 30000);
        auto caseFile = hitome::core::CaseFile::openReadOnly(path.toStdString());
        hitome::core::Statement st(caseFile->connection(), "SELECT count(*) FROM events_fts WHERE events_fts MATCH '\"schtasks\"'");
        QVERIFY(st.step().ok());
        QVERIFY(st.columnInt(0) > 0);
    }

    void preferencesSwitchTheLanguage() {
        LanguageManager languages;
        languages.apply(QStringLiteral("en"));
        MainWindow window;
        window.show();
        WorkbenchController controller(&window, &languages);
        auto choose = [](const QString& language) {
            QTimer::singleShot(0, [language] {
                auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
                if (!dialog) return;
                dialog->setTextValue(language);
                dialog->accept();
            });
        };
        choose(QString::fromUtf8("日本語"));
        controller.showPreferences();
        QCOMPARE(languages.savedLanguage(), QStringLiteral("ja"));
        QTRY_COMPARE(window.fileMenu()->title(), QString::fromUtf8("ファイル(&F)"));
        QCOMPARE(window.tabs()->tabText(0), QString::fromUtf8("アラート"));
        QCOMPARE(window.tabs()->tabText(1), QString::fromUtf8("タイムライン"));
        choose(QStringLiteral("English"));
        controller.showPreferences();
        QCOMPARE(languages.savedLanguage(), QStringLiteral("en"));
        QTRY_COMPARE(window.fileMenu()->title(), QStringLiteral("&File"));
        QCOMPARE(window.tabs()->tabText(1), QStringLiteral("Timeline"));
    }

    void keyboardReachesSearchListAndTree() {
        MainWindow window;
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openCase(seededCase("opening_keys")));
        AlertsWorkspace* alerts = window.alertsWorkspace();
        QTRY_COMPARE(alerts->model()->rowCount(), 5);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(alerts->filterBar()->searchField()));
        // Arrows walk the list and show each alert; Enter moves on to its process tree.
        alerts->table()->setFocus();
        alerts->table()->setCurrentIndex(alerts->model()->index(0, 0));
        QTest::keyClick(alerts->table(), Qt::Key_Down);
        QCOMPARE(alerts->table()->currentIndex().row(), 1);
        QTRY_COMPARE(alerts->detailPane()->alertId().value_or(0), alerts->model()->alertIdAt(1));
        QTest::keyClick(alerts->table(), Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(alerts->detailPane()->processView()));
        // Ctrl+3 opens Hunting, where Ctrl+F goes to the hunting search.
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.tabs()->currentWidget(), static_cast<QWidget*>(window.huntTab()));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window.huntTab()->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.tabs()->currentWidget(), static_cast<QWidget*>(window.timelineTab()));
    }

    void windowSplitterColumnAndTabStateSurvive() {
        const QString path = seededCase("opening_state");
        QList<int> sizes;
        {
            MainWindow window;
            window.resize(1300, 850);
            window.show();
            QVERIFY(window.openCase(path));
            QTRY_COMPARE(window.alertsWorkspace()->model()->rowCount(), 5);
            window.alertsWorkspace()->table()->setColumnWidth(AlertTableModel::HostColumn, 211);
            QSplitter* main = window.alertsWorkspace()->splitters().first();
            main->setSizes({900, 380});
            sizes = main->sizes();
            window.tabs()->setCurrentWidget(window.huntTab());
            window.close();
        }
        MainWindow window;
        window.show();
        QCOMPARE(window.size(), QSize(1300, 850));
        QCOMPARE(window.tabs()->currentWidget(), static_cast<QWidget*>(window.huntTab()));
        window.tabs()->setCurrentWidget(window.alertsWorkspace());
        QTRY_COMPARE(window.alertsWorkspace()->splitters().first()->sizes(), sizes);
        QVERIFY(window.openCase(path));
        QCOMPARE(window.alertsWorkspace()->table()->columnWidth(AlertTableModel::HostColumn), 211);
    }
};

QTEST_MAIN(TestWorkbenchOpening)
#include "test_workbench_opening.moc"
