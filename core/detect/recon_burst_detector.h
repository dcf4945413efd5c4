// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finds the shape of a human on a remote shell: one parent process (or one
// user on one host) running several different phase commands in quick
// succession. Thresholds are documented in docs/DETECTION.md.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/detect/recon_classifier.h"
#include "core/util/time.h"

namespace hitome::core {

struct ReconObservation {
    std::int64_t eventId = 0;
    std::optional<std::int64_t> hostId;
    std::string host;              // computer name
    std::string parentKey;         // parent process identity; empty when unknown
    std::string parentImage;
    std::string user;
    Ticks time = 0;
    std::optional<std::int64_t> processId;
    ReconCommand command;
};

struct ReconBurstThresholds {
    Ticks maxGap = 10 * 60 * kTicksPerSecond;   // between consecutive commands
    int minDistinctCommands = 4;                 // same parent
    int minPhases = 2;                           // e.g. initial recon + exploration
    int userMinDistinctCommands = 6;             // same user on a host, any parents
};

struct ReconBurst {
    bool isByUser = false;          // grouped by user rather than parent
    std::string host, key;          // key: parent key or user
    Ticks first = 0, last = 0;
    std::vector<size_t> members;    // indexes into the observations
    std::vector<std::string> commands;   // distinct, in first-seen order
    bool hasSpread = false;
};

std::vector<ReconBurst> findReconBursts(const std::vector<ReconObservation>& observations,
                                        const ReconBurstThresholds& thresholds = {});

}  // namespace hitome::core
