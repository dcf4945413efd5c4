// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs read queries against a case on one worker thread with its own SQLite
// connection. Results come back to a context object on its thread by queued
// call; a context destroyed meanwhile simply never gets them.

#include <QObject>
#include <QPointer>
#include <QThread>

#include <filesystem>
#include <functional>
#include <memory>

#include "core/store/connection.h"

namespace hitome::ui {

class CaseReaderContext;

class CaseReader : public QObject {
    Q_OBJECT
public:
    explicit CaseReader(std::filesystem::path casePath, QObject* parent = nullptr);
    ~CaseReader() override;

    // Queues `work` on the worker thread; `done` then runs on `context`'s
    // thread with the value. `work` receives nullptr when the case cannot be
    // opened. Tasks run in submission order.
    // `context` must live in this reader's (the GUI) thread.
    template <typename R>
    void submit(QObject* context, std::function<R(core::Connection*)> work, std::function<void(R)> done) {
        // The result is posted to the reader (which outlives its thread) and the
        // guard is checked there, on the GUI thread: a context deleted while the
        // query ran (a closed case, a replaced model) is never touched.
        QPointer<QObject> guard(context);
        post([this, guard, work = std::move(work), done = std::move(done)](core::Connection* conn) {
            auto result = std::make_shared<R>(work(conn));
            QMetaObject::invokeMethod(
                this, [guard, done, result]() { if (guard) done(std::move(*result)); }, Qt::QueuedConnection);
        });
    }

    // Asks a running query to stop (it then fails with an interrupt error).
    void interrupt();
    const std::filesystem::path& casePath() const { return m_path; }

private:
    void post(std::function<void(core::Connection*)> task);

    std::filesystem::path m_path;
    QThread m_thread;
    CaseReaderContext* m_context = nullptr;   // lives on m_thread
};

}  // namespace hitome::ui
