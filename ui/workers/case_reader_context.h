// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The worker-thread side of CaseReader: owns the read connection, opened on
// first use in the worker thread.

#include <QObject>

#include <atomic>
#include <filesystem>
#include <functional>
#include <optional>

#include "core/store/connection.h"

namespace hitome::ui {

class CaseReaderContext : public QObject {
    Q_OBJECT
public:
    explicit CaseReaderContext(std::filesystem::path path) : m_path(std::move(path)) {}

    // Worker thread only.
    void run(const std::function<void(core::Connection*)>& task);
    // Any thread.
    void interrupt();

private:
    std::filesystem::path m_path;
    std::optional<core::Connection> m_conn;
    bool m_hasTriedOpen = false;
    std::atomic<core::Connection*> m_active{nullptr};
};

}  // namespace hitome::ui
