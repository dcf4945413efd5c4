// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workers/import_worker.h"

#include <QCoreApplication>

#include "core/detect/detection_runner.h"
#include "core/ingest/import_job.h"
#include "core/store/case_file.h"
#include "core/store/event_search_index.h"
#include "ui/util/attack_catalog_loader.h"
#include "ui/util/builtin_rules.h"
#include "ui/util/qt_convert.h"

namespace hitome::ui {
namespace {

QString tr(const char* text, int n = -1) { return QCoreApplication::translate("hitome::ui", text, nullptr, n); }

// Raw events hold no alerts: the built-in rules and the attacker-command
// detector turn them into alerts beside the imported ones, as `hitome import
// --detect` does. A failed or cancelled run leaves the (imported) case as is.
core::Result<core::DetectionSummary> detect(core::CaseFile& caseFile, const core::AttackCatalog* catalog,
                                            std::stop_token stop) {
    core::RuleSet rules;
    core::RuleLoadReport report;
    addBuiltinRules(rules, report);
    rules.finalize();
    return core::runDetection(caseFile, rules, catalog, stop);
}

QString detectionMessage(const core::Result<core::DetectionSummary>& detection) {
    if (!detection) return tr("Detection did not run: %1").arg(toQString(detection.error().message()));
    return tr("Detection: %n alert(s) from rules and command bursts.", detection->alertsCreated);
}

ImportResult summarize(const core::Result<core::ImportSummary>& summary) {
    ImportResult r;
    if (!summary) {
        r.isCancelled = summary.error().code == core::ErrorCode::Cancelled;
        r.message = r.isCancelled ? tr("The import was cancelled; the case is unchanged.")
                                  : tr("Nothing was imported: %1").arg(toQString(summary.error().message()));
        return r;
    }
    r.isOk = true;
    const auto& s = summary.value();
    r.message = tr("%n file(s) imported: %1 alerts, %2 events, %3 warnings.", static_cast<int>(s.filesImported))
                    .arg(s.alertsAdded)
                    .arg(s.events)
                    .arg(s.warnings);
    return r;
}

}  // namespace

ImportWorker::ImportWorker(QObject* parent) : QObject(parent) { qRegisterMetaType<ImportResult>(); }

ImportWorker::~ImportWorker() { stopThread(); }

void ImportWorker::stopThread() {
    if (!m_thread.joinable()) return;
    m_thread.request_stop();   // indexing stops between two batches
    m_thread.join();
}

void ImportWorker::buildSearchIndex(core::CaseFile& caseFile, std::stop_token stop) {
    m_isIndexing = true;
    auto state = core::readSearchIndexState(caseFile.connection());
    if (state && state->isComplete()) {
        m_isIndexing = false;
        return;
    }
    auto progress = [this](std::int64_t done, std::int64_t total) { emit indexingProgressed(done, total); };
    const bool isComplete = state && core::indexPendingEvents(caseFile.connection(), stop, progress).ok();
    m_isIndexing = false;
    emit indexingFinished(isComplete);
}

void ImportWorker::indexCase(const QString& casePath) {
    if (m_isRunning || (m_isIndexing && m_indexingCase == casePath)) return;
    stopThread();
    m_indexingCase = casePath;
    m_thread = std::jthread([this, path = std::filesystem::path(toStdString(casePath))](std::stop_token stop) {
        if (auto caseFile = core::CaseFile::open(path)) buildSearchIndex(*caseFile, stop);
    });
}

bool ImportWorker::start(const QString& casePath, const QStringList& files) {
    if (m_isRunning) return false;
    stopThread();
    m_isRunning = true;
    m_indexingCase = casePath;
    std::vector<std::filesystem::path> inputs;
    for (const QString& f : files) inputs.emplace_back(toStdString(f));
    const std::filesystem::path path = toStdString(casePath);
    const core::AttackCatalog* catalog = &loadAttackCatalog();
    m_thread = std::jthread([this, path, inputs = std::move(inputs), catalog](std::stop_token stop) mutable {
        core::Result<core::ImportSummary> summary = core::Error::make(core::ErrorCode::Io, "case cannot be opened");
        auto caseFile = core::CaseFile::open(path);
        if (!caseFile) summary = caseFile.error();
        else {
            core::ImportJob job(*caseFile, catalog);
            auto progress = [this](const core::ImportProgress& p) {
                emit progressed(toQString(p.currentFile), p.filesDone, p.filesTotal, p.events, p.eventsPerSecond);
            };
            summary = job.run(std::move(inputs), {}, progress, stop);
        }
        ImportResult result = summarize(summary);
        if (summary && summary->events > 0 && !stop.stop_requested()) {
            result.message += QLatin1Char(' ') + detectionMessage(detect(*caseFile, catalog, stop));
        }
        const bool isImported = result.isOk && caseFile && !stop.stop_requested();
        m_isIndexing = isImported;   // so that opening the case does not restart the index build
        QMetaObject::invokeMethod(this, [this, result] {
            m_isRunning = false;
            emit finished(result);
        }, Qt::QueuedConnection);
        if (isImported) buildSearchIndex(*caseFile, stop);
        // The import deferred copying its log into the case file (import_job.cpp);
        // the window's readers keep the case open, so closing would not do it.
        if (caseFile) (void)caseFile->connection().exec("PRAGMA wal_checkpoint(PASSIVE)");
    });
    return true;
}

void ImportWorker::cancel() { m_thread.request_stop(); }

}  // namespace hitome::ui
