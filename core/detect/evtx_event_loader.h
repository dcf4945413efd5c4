// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads an EVTX file into memory through the EVTX format reader, for rule
// checks and benchmarks that run rules without a case (`hitome rules test`,
// the SigmaHQ regression suite, bench_detect).

#include <filesystem>
#include <vector>

#include "core/model/win_event.h"
#include "core/util/result.h"

namespace hitome::core {

// Every live and recovered event of `path`, in file order. Damaged records
// are skipped (as in an import); an unreadable file is an error.
Result<std::vector<WinEvent>> loadEvtxEvents(const std::filesystem::path& path);

}  // namespace hitome::core
