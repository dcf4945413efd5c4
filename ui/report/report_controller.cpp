// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/report_controller.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

#include "core/store/case_file.h"
#include "ui/main_window/case_session.h"
#include "ui/main_window/main_window.h"
#include "ui/report/report_service.h"
#include "ui/util/attack_catalog_loader.h"
#include "ui/util/language_manager.h"

namespace hitome::ui {

ReportController::ReportController(MainWindow* window, const LanguageManager* languages)
    : QObject(window), m_window(window), m_languages(languages) {
    connect(window, &MainWindow::reportRequested, this, &ReportController::askAndWrite);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString problem = m_watcher.result();
        m_window->statusBar()->showMessage(problem.isEmpty() ? tr("Report written to %1.").arg(m_outputPath)
                                                : tr("The report could not be written: %1").arg(problem));
        emit reportFinished(m_outputPath, problem);
    });
}

void ReportController::askAndWrite() {
    if (!m_window->session()) {
        m_window->statusBar()->showMessage(tr("Open a case before exporting a report."));
        return;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Report"), documents + QStringLiteral("/report.pdf"),
        tr("PDF report (*.pdf);;HTML report (*.html);;Markdown report (*.md)"));
    if (path.isEmpty()) return;
    const QStringList languages = {tr("English"), tr("Japanese")};
    const int current = m_languages && m_languages->activeLanguage().startsWith(QStringLiteral("ja")) ? 1 : 0;
    bool isOk = false;
    const QString choice =
        QInputDialog::getItem(m_window, tr("Export Report"), tr("Report language:"), languages, current, false, &isOk);
    if (!isOk) return;
    writeReportTo(path, choice == languages.at(1) ? QStringLiteral("ja") : QStringLiteral("en"));
}

void ReportController::writeReportTo(const QString& outputPath, const QString& language) {
    if (!m_window->session() || m_watcher.isRunning()) return;
    m_outputPath = outputPath;
    const std::string casePath = m_window->session()->path().toStdString();
    const auto lang = core::parseReportLanguage(language.toStdString());
    const core::AttackCatalog* catalog = &loadAttackCatalog();   // loaded here, on the GUI thread
    m_window->statusBar()->showMessage(tr("Writing the report…"));
    // The worker opens its own connection: SQLite handles stay on one thread.
    m_watcher.setFuture(QtConcurrent::run([casePath, outputPath, lang, catalog]() -> QString {
        auto kase = core::CaseFile::openReadOnly(casePath);
        if (!kase) return QString::fromStdString(kase.error().message());
        return writeReport(kase->connection(), *catalog, outputPath, lang, {});
    }));
}

}  // namespace hitome::ui
