// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workers/case_reader_context.h"

namespace hitome::ui {

void CaseReaderContext::run(const std::function<void(core::Connection*)>& task) {
    if (!m_hasTriedOpen) {
        m_hasTriedOpen = true;
        auto conn = core::Connection::open(m_path, core::Connection::Mode::ReadOnly);
        if (conn) m_conn.emplace(std::move(conn).value());
    }
    core::Connection* conn = m_conn ? &*m_conn : nullptr;
    m_active.store(conn);
    task(conn);
    m_active.store(nullptr);
}

void CaseReaderContext::interrupt() {
    if (core::Connection* conn = m_active.load()) conn->interrupt();
}

}  // namespace hitome::ui
