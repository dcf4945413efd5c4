// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workers/case_reader.h"

#include "ui/workers/case_reader_context.h"

namespace hitome::ui {

CaseReader::CaseReader(std::filesystem::path casePath, QObject* parent)
    : QObject(parent), m_path(std::move(casePath)), m_context(new CaseReaderContext(m_path)) {
    m_thread.setObjectName(QStringLiteral("case-reader"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

CaseReader::~CaseReader() {
    m_context->interrupt();
    m_thread.quit();
    m_thread.wait();
    delete m_context;  // the thread has stopped: closing its connection here is safe
}

void CaseReader::interrupt() { m_context->interrupt(); }

void CaseReader::post(std::function<void(core::Connection*)> task) {
    CaseReaderContext* ctx = m_context;
    QMetaObject::invokeMethod(ctx, [ctx, task = std::move(task)]() { ctx->run(task); }, Qt::QueuedConnection);
}

}  // namespace hitome::ui
