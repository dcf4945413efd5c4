// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench's Report action: the report for the open case is written on
// a worker thread and names what the analyst wrote.

#include <QSignalSpy>
#include <QtTest>

#include "core/store/case_file.h"
#include "core/store/statement.h"
#include "tests_support/test_paths.h"
#include "ui/main_window/main_window.h"
#include "ui/report/report_controller.h"

using namespace hitome;

class TestReportExport : public QObject {
    Q_OBJECT
private slots:
    void reportOfOpenCaseIncludesAnalystNotes() {
        const auto dir = test::scratchDir("ui-report");
        const auto casePath = dir / "case.hitome";
        {
            auto kase = core::CaseFile::open(casePath);
            QVERIFY(kase.ok());
            QVERIFY(kase->connection()
                        .exec("INSERT INTO sources(id, name, sha256, format, imported_at) VALUES (1, 's', 'x', 'mde-alerts', 0);"
                              "INSERT INTO hosts(id, name) VALUES (1, 'WS01');"
                              "INSERT INTO alerts(id, source_id, provider, external_id, title, severity, first_event, host_id) "
                              "VALUES (1, 1, 'mde', 'a', 'Task <b>Troj</b> created', 3, 17000000000000000, 1);"
                              "INSERT INTO alert_tactics VALUES (1, 'TA0003');"
                              "INSERT INTO notes(alert_id, author, created, modified, text) VALUES (1, 'me', 1, 1, 'Checked with IT');")
                        .ok());
        }
        ui::MainWindow window;
        QVERIFY(window.openCase(QString::fromStdString(casePath.string())));
        auto* controller = new ui::ReportController(&window, nullptr);
        QSignalSpy finished(controller, &ui::ReportController::reportFinished);
        const QString out = QString::fromStdString((dir / "report.html").string());
        controller->writeReportTo(out, QStringLiteral("ja"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.at(0).at(1).toString(), QString());
        const std::string html = test::readFile(dir / "report.html");
        QVERIFY(html.find("インシデント報告書") != std::string::npos);
        QVERIFY(html.find("Checked with IT") != std::string::npos);
        QVERIFY(html.find("Task &lt;b&gt;Troj&lt;/b&gt; created") != std::string::npos);
    }
};

QTEST_MAIN(TestReportExport)
#include "test_report_export.moc"
