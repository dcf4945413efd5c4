// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main_window/case_session.h"

#include "ui/workers/case_reader.h"

namespace hitome::ui {

core::Result<std::unique_ptr<CaseSession>> CaseSession::open(const std::filesystem::path& path) {
    auto c = core::CaseFile::open(path);
    if (!c) return c.error();
    return std::unique_ptr<CaseSession>(new CaseSession(std::make_unique<core::CaseFile>(std::move(c).value())));
}

CaseSession::CaseSession(std::unique_ptr<core::CaseFile> caseFile)
    : m_case(std::move(caseFile)), m_reader(new CaseReader(m_case->path(), this)),
      m_huntReader(new CaseReader(m_case->path(), this)) {}

CaseSession::~CaseSession() = default;

QString CaseSession::path() const { return QString::fromStdString(m_case->path().string()); }

}  // namespace hitome::ui
