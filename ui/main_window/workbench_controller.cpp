// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main_window/workbench_controller.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

#include "ui/main_window/case_session.h"
#include "ui/main_window/main_window.h"
#include "ui/main_window/alerts_workspace.h"
#include "ui/util/inert_text.h"
#include "ui/util/language_manager.h"
#include "ui/workers/import_worker.h"

namespace hitome::ui {

WorkbenchController::WorkbenchController(MainWindow* window, LanguageManager* languages)
    : QObject(window), m_window(window), m_languages(languages), m_worker(new ImportWorker(this)) {
    connect(window, &MainWindow::demoRequested, this, &WorkbenchController::openDemo);
    connect(window, &MainWindow::importRequested, this, &WorkbenchController::importFiles);
    connect(window, &MainWindow::preferencesRequested, this, &WorkbenchController::showPreferences);
    connect(m_worker, &ImportWorker::finished, this, &WorkbenchController::importDone);
    connect(window, &MainWindow::caseOpened, m_worker, &ImportWorker::indexCase);
    connect(m_worker, &ImportWorker::indexingProgressed, this, [this](qint64 done, qint64 total) {
        m_window->statusBar()->showMessage(tr("Indexing events for search: %1 of %2 (searches already find every event).")
                                               .arg(done).arg(total));
    });
    connect(m_worker, &ImportWorker::indexingFinished, this, [this](bool isComplete) {
        if (isComplete) m_window->statusBar()->showMessage(tr("Search index ready."), 5000);
    });
}

QString WorkbenchController::demoCasePath() {
    // Named after the bundled files' content: a build with a newer demo never
    // reopens a case imported from an older one (older ones are left alone:
    // they may hold the analyst's notes).
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QDir demo(QStringLiteral(":/demo"));
    for (const QString& name : demo.entryList(QDir::Files, QDir::Name)) {
        QFile file(demo.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) continue;
        hash.addData(name.toUtf8());
        hash.addData(file.readAll());
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const QString version = QString::fromLatin1(hash.result().toHex().left(12));
    return QDir(dir).filePath(QStringLiteral("demo-incident-%1.hitome").arg(version));
}

void WorkbenchController::handleArguments(const QStringList& args) {
    QStringList files;
    for (const QString& a : args) {
        if (a == QLatin1String("--demo")) {
            openDemo();
            return;
        }
        if (!a.startsWith(QLatin1Char('-'))) files << a;
    }
    if (files.size() == 1 && files.first().endsWith(QLatin1String(".hitome"), Qt::CaseInsensitive)) {
        m_window->openCase(files.first());
        return;
    }
    if (!files.isEmpty()) {
        importFiles(files);
        return;
    }
    const QStringList recent = QSettings().value(QStringLiteral("recentCases")).toStringList();
    if (!recent.isEmpty() && QFileInfo::exists(recent.first()) && m_window->openCase(recent.first())) return;
    openDemo();
}

QStringList WorkbenchController::extractDemoFiles() {
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(QStringLiteral("hitome-demo"));
    QDir().mkpath(dir);
    QStringList files;
    const QDir demo(QStringLiteral(":/demo"));
    for (const QString& name : demo.entryList(QDir::Files, QDir::Name)) {
        const QString target = QDir(dir).filePath(name);
        QFile::remove(target);
        if (QFile::copy(demo.filePath(name), target)) files << target;
    }
    return files;
}

void WorkbenchController::openDemo() {
    const QString path = demoCasePath();
    if (QFileInfo::exists(path) && m_window->openCase(path)) return;
    const QStringList files = extractDemoFiles();
    if (files.isEmpty()) {
        m_window->statusBar()->showMessage(tr("The demo incident is not bundled with this build."));
        return;
    }
    m_isDemoImport = true;
    importInto(path, files);
}

void WorkbenchController::importFiles(const QStringList& files) {
    if (m_window->session()) {
        importInto(m_window->session()->path(), files);
        return;
    }
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(docs).filePath(QFileInfo(files.first()).completeBaseName() + QStringLiteral(".hitome"));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("New Case for the Imported Files"), suggested,
                                                      tr("Hitome cases (*.hitome)"));
    if (!path.isEmpty()) importInto(path, files);
}

void WorkbenchController::importInto(const QString& casePath, const QStringList& files) {
    if (m_worker->isRunning()) return;
    m_importCase = casePath;
    m_progress = new QProgressDialog(tr("Importing %n file(s)…", nullptr, static_cast<int>(files.size())), tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_progress, &QProgressDialog::canceled, m_worker, &ImportWorker::cancel);
    connect(m_worker, &ImportWorker::progressed, m_progress,
            [this](const QString& file, qulonglong done, qulonglong total, qulonglong events, double rate) {
                m_progress->setMaximum(static_cast<int>(total));
                m_progress->setValue(static_cast<int>(done));
                m_progress->setLabelText(progressLabel(file, done, total, events, rate));
            });
    m_worker->start(casePath, files);
}

QString WorkbenchController::progressLabel(const QString& file, qulonglong done, qulonglong total, qulonglong events,
                                          double rate) {
    // One substitution pass, so that a "%4" in the file name stays literal.
    return tr("File %1 of %2: %3\n%4 events (%5 per second)")
        .arg(QString::number(done + 1), QString::number(total), visibleQString(file).toHtmlEscaped(),
             QString::number(events), QString::number(static_cast<qulonglong>(rate)));
}

void WorkbenchController::importDone(const ImportResult& result) {
    if (m_progress) m_progress->close();
    m_progress = nullptr;
    const bool wasDemo = m_isDemoImport;
    m_isDemoImport = false;
    if (result.isOk || QFileInfo::exists(m_importCase)) {
        const bool isSameCase = m_window->session() && m_window->session()->path() == m_importCase;
        if (isSameCase) m_window->reloadCase();
        else m_window->openCase(m_importCase);
    }
    if (wasDemo && !result.isOk) QFile::remove(m_importCase);
    m_window->statusBar()->showMessage(result.message, 20000);
    emit importFinished(result.isOk, result.message);
}

void WorkbenchController::showPreferences() {
    const QStringList names{tr("System language"), QStringLiteral("English"), QStringLiteral("日本語")};
    const QStringList codes{QString(), QStringLiteral("en"), QStringLiteral("ja")};
    const int current = std::max<int>(0, static_cast<int>(codes.indexOf(m_languages->savedLanguage())));
    bool isAccepted = false;
    const QString choice = QInputDialog::getItem(m_window, tr("Preferences"), tr("Language:"), names, current, false, &isAccepted);
    if (!isAccepted) return;
    const QString code = codes.value(static_cast<int>(names.indexOf(choice)));
    m_languages->saveLanguage(code);
    m_languages->apply(code);
}

}  // namespace hitome::ui
