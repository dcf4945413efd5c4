// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One open case: its GUI-thread connection (for the analyst's small writes)
// and the reader threads the models query: one for the alert list, chart,
// detail and timeline, one for event hunting, so that a broad search over
// millions of events never holds up a click in the alert list.

#include <QObject>

#include <memory>

#include "core/store/case_file.h"

namespace hitome::ui {

class CaseReader;

class CaseSession : public QObject {
    Q_OBJECT
public:
    // Opens (creating or migrating) the case; errors name the file.
    static core::Result<std::unique_ptr<CaseSession>> open(const std::filesystem::path& path);
    ~CaseSession() override;

    core::CaseFile& caseFile() { return *m_case; }
    core::Connection& writer() { return m_case->connection(); }
    CaseReader* reader() const { return m_reader; }
    // Full-text searches and exports over the events.
    CaseReader* huntReader() const { return m_huntReader; }
    QString path() const;

private:
    explicit CaseSession(std::unique_ptr<core::CaseFile> caseFile);
    std::unique_ptr<core::CaseFile> m_case;
    CaseReader* m_reader;
    CaseReader* m_huntReader;
};

}  // namespace hitome::ui
