// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs core::ImportJob on its own thread with its own connection to the
// case; progress and the result arrive as queued signals. cancel() stops the
// job, which then rolls the case back to how it was. After an import has
// finished (and for a case opened with events not indexed yet) the same
// thread builds the full-text search index in the background: searches find
// every event meanwhile, only slower; stopping it keeps what was indexed.

#include <QObject>
#include <QStringList>

#include <atomic>
#include <stop_token>
#include <thread>

#include "core/ingest/import_progress.h"

namespace hitome::core {
class CaseFile;
}

namespace hitome::ui {

struct ImportResult {
    bool isOk = false;
    bool isCancelled = false;
    QString message;          // translated summary or error sentence
};

class ImportWorker : public QObject {
    Q_OBJECT
public:
    explicit ImportWorker(QObject* parent = nullptr);
    ~ImportWorker() override;

    // Starts importing `files` into the case at `casePath`. One run at a time.
    bool start(const QString& casePath, const QStringList& files);
    void cancel();
    bool isRunning() const { return m_isRunning; }
    // Builds what is missing of the case's search index (nothing when complete).
    void indexCase(const QString& casePath);
    bool isIndexing() const { return m_isIndexing; }

signals:
    void progressed(const QString& currentFile, qulonglong filesDone, qulonglong filesTotal, qulonglong events,
                    double eventsPerSecond);
    void finished(const hitome::ui::ImportResult& result);
    void indexingProgressed(qint64 done, qint64 total);
    void indexingFinished(bool isComplete);

private:
    void stopThread();
    void buildSearchIndex(core::CaseFile& caseFile, std::stop_token stop);

    std::jthread m_thread;
    bool m_isRunning = false;
    std::atomic<bool> m_isIndexing = false;
    QString m_indexingCase;
};

}  // namespace hitome::ui

Q_DECLARE_METATYPE(hitome::ui::ImportResult)
