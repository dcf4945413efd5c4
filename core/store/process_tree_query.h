// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The process tree around one process: its ancestors (root first), the
// process itself, and its descendants depth-first, as a flat list of lines
// with depths, ready to print or to wrap in a tree model. Bounded (ancestor
// chain, descendant depth, node count) and safe against parent cycles.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/util/result.h"
#include "core/util/time.h"

namespace hitome::core {

class Connection;

struct ProcessNode {
    std::int64_t id = 0;
    std::optional<std::int64_t> pid, parentPid;
    std::string guid, image, commandLine, user, origin;
    std::optional<Ticks> startTime;
};

struct ProcessTreeLine {
    ProcessNode process;
    int depth = 0;           // 0 for the topmost ancestor
    bool isFocus = false;    // the process the tree was asked for
};

struct ProcessTree {
    std::string host;
    std::vector<ProcessTreeLine> lines;   // display order
    bool isTruncated = false;             // a limit cut the tree
};

struct ProcessTreeLimits {
    int maxAncestors = 16;
    int maxDescendantDepth = 8;
    std::size_t maxNodes = 1000;
};

// NotFound when `processId` does not exist.
Result<ProcessTree> processTree(Connection& conn, std::int64_t processId, const ProcessTreeLimits& limits = {});
// The alerting process of an alert (alerts.process_id); NotFound when the
// alert does not exist, an empty optional when it has no process.
Result<std::optional<std::int64_t>> alertProcessId(Connection& conn, std::int64_t alertId);

}  // namespace hitome::core
