// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where format readers put what they read. The import job implements it over
// the case store; tests implement it over vectors.

#include "core/model/alert.h"
#include "core/model/win_event.h"
#include "core/store/prepared_event.h"
#include "core/util/result.h"

namespace hitome::core {

class ImportSink {
public:
    virtual ~ImportSink() = default;
    // A failing Status aborts the file's import (and rolls it back).
    virtual Status addAlert(const Alert& alert) = 0;
    virtual Status addEvent(WinEvent event) = 0;
    // An event whose stored form a reader computed on a worker thread. The
    // sink may move from it; the reader frees it (off the writer thread).
    virtual Status addPreparedEvent(PreparedEvent& event) { return addEvent(std::move(event.event)); }
    // A record that was skipped while the rest of the file imports: partial
    // success, shown to the analyst ("3 records skipped").
    virtual void addWarning(Error warning) = 0;
};

}  // namespace hitome::core
