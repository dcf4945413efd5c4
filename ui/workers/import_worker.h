// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs core::ImportJob on its own thread with its own connection to the
// case; progress and the result arrive as queued signals. cancel() stops the
// job, which then rolls the case back to how it was.

#include <QObject>
#include <QStringList>

#include <atomic>
#include <stop_token>
#include <thread>

#include "core/ingest/import_progress.h"

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

signals:
    void progressed(const QString& currentFile, qulonglong filesDone, qulonglong filesTotal, qulonglong events,
                    double eventsPerSecond);
    void finished(const hitome::ui::ImportResult& result);

private:
    std::jthread m_thread;
    bool m_isRunning = false;
};

}  // namespace hitome::ui

Q_DECLARE_METATYPE(hitome::ui::ImportResult)
