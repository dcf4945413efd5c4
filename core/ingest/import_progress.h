// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace hitome::core {

// A snapshot of a running import, delivered to the progress callback (from
// the importing thread; the receiver marshals it to its own thread).
struct ImportProgress {
    std::string currentFile;
    std::uint64_t filesDone = 0;
    std::uint64_t filesTotal = 0;
    std::uint64_t bytesDone = 0;
    std::uint64_t bytesTotal = 0;
    std::uint64_t alerts = 0;
    std::uint64_t events = 0;
    double eventsPerSecond = 0;
};

using ProgressCallback = std::function<void(const ImportProgress&)>;

}  // namespace hitome::core
