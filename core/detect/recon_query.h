// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads the stored phase commands back for the GUI and the CLI: per host and
// phase, each command with how often it ran and when.

#include <cstdint>
#include <string>
#include <vector>

#include "core/util/result.h"
#include "core/util/time.h"

namespace hitome::core {

class Connection;

struct ReconCommandCount {
    std::string command;      // "net user"
    std::string technique;
    std::int64_t count = 0;
    Ticks first = 0, last = 0;
};

struct ReconPhaseSummary {
    std::string phase;        // initial-recon, exploration, spread
    std::vector<ReconCommandCount> commands;   // most frequent first
};

struct ReconHostSummary {
    std::string host;         // "" when the event named no computer
    std::vector<ReconPhaseSummary> phases;     // in phase order; empty phases omitted
};

// Hosts in name order.
Result<std::vector<ReconHostSummary>> reconByHost(Connection& conn);

}  // namespace hitome::core
