// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The process tree around one process: its ancestors up to the root and its
// descendants, bounded so that a hostile case cannot blow up the view.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/store/connection.h"
#include "core/util/result.h"
#include "core/util/time.h"

namespace hitome::core {

struct ProcessTreeNode {
    std::int64_t processId = 0;
    std::optional<std::int64_t> pid;
    std::string image;
    std::string commandLine;
    std::string user;
    std::optional<Ticks> startTime;
    bool isFocus = false;                 // the process the tree was built around
    int parent = -1;                      // index into ProcessTree::nodes, -1 for the root
    std::vector<int> children;            // indexes into ProcessTree::nodes
};

struct ProcessTree {
    std::vector<ProcessTreeNode> nodes;   // nodes[0] is the root when not empty
    bool isTruncated = false;             // a bound was reached
};

constexpr int kMaxProcessAncestors = 64;
constexpr int kMaxProcessTreeNodes = 2000;

// Empty tree when the process does not exist. Parent cycles are cut.
Result<ProcessTree> queryProcessTree(Connection& conn, std::int64_t processId);

}  // namespace hitome::core
