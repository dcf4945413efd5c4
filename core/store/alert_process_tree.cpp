// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/alert_process_tree.h"

#include <algorithm>
#include <unordered_set>

#include "core/store/statement.h"

namespace hitome::core {
namespace {

constexpr const char* kColumns = "SELECT id, parent_id, pid, image, command_line, user, start_time FROM processes";

ProcessTreeNode readNode(const Statement& st, std::optional<std::int64_t>& parentId) {
    ProcessTreeNode n;
    n.processId = st.columnInt(0);
    parentId = st.columnOptionalInt(1);
    n.pid = st.columnOptionalInt(2);
    n.image = st.columnText(3);
    n.commandLine = st.columnText(4);
    n.user = st.columnText(5);
    n.startTime = st.columnOptionalInt(6);
    return n;
}

// Ancestors first (root at front), the focus last.
Result<std::vector<ProcessTreeNode>> chainToRoot(Connection& conn, std::int64_t processId, bool& isTruncated) {
    Statement st(conn, std::string(kColumns) + " WHERE id = ?");
    if (!st.valid()) return st.prepareError();
    std::vector<ProcessTreeNode> chain;
    std::unordered_set<std::int64_t> seen;
    std::optional<std::int64_t> next = processId;
    while (next && !seen.count(*next)) {
        if (static_cast<int>(chain.size()) > kMaxProcessAncestors) {
            isTruncated = true;
            break;
        }
        seen.insert(*next);
        st.reset();
        st.bind(1, *next);
        auto r = st.step();
        if (!r) return r.error();
        if (*r == Statement::Step::Done) break;
        chain.push_back(readNode(st, next));
    }
    std::reverse(chain.begin(), chain.end());
    return chain;
}

Status addDescendants(Connection& conn, ProcessTree& tree, int focusIndex, std::unordered_set<std::int64_t>& seen) {
    Statement st(conn, std::string(kColumns) + " WHERE parent_id = ? ORDER BY start_time, id");
    if (!st.valid()) return st.prepareError();
    std::vector<int> queue{focusIndex};
    for (std::size_t q = 0; q < queue.size(); ++q) {
        const int parentIndex = queue[q];
        st.reset();
        st.bind(1, tree.nodes[static_cast<std::size_t>(parentIndex)].processId);
        for (;;) {
            auto r = st.step();
            if (!r) return r.error();
            if (*r == Statement::Step::Done) break;
            if (static_cast<int>(tree.nodes.size()) >= kMaxProcessTreeNodes) {
                tree.isTruncated = true;
                return {};
            }
            std::optional<std::int64_t> ignored;
            ProcessTreeNode child = readNode(st, ignored);
            if (!seen.insert(child.processId).second) continue;
            child.parent = parentIndex;
            const int index = static_cast<int>(tree.nodes.size());
            tree.nodes.push_back(std::move(child));
            tree.nodes[static_cast<std::size_t>(parentIndex)].children.push_back(index);
            queue.push_back(index);
        }
    }
    return {};
}

}  // namespace

Result<ProcessTree> queryProcessTree(Connection& conn, std::int64_t processId) {
    ProcessTree tree;
    auto chain = chainToRoot(conn, processId, tree.isTruncated);
    if (!chain) return chain.error();
    if (chain->empty()) return tree;
    std::unordered_set<std::int64_t> seen;
    for (auto& node : *chain) {
        const int index = static_cast<int>(tree.nodes.size());
        node.parent = index - 1;
        seen.insert(node.processId);
        tree.nodes.push_back(std::move(node));
        if (index > 0) tree.nodes[static_cast<std::size_t>(index - 1)].children.push_back(index);
    }
    const int focus = static_cast<int>(tree.nodes.size()) - 1;
    tree.nodes[static_cast<std::size_t>(focus)].isFocus = true;
    if (auto s = addDescendants(conn, tree, focus, seen); !s) return s.error();
    return tree;
}

}  // namespace hitome::core
