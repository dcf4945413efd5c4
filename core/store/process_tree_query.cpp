// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/process_tree_query.h"

#include <functional>
#include <set>

#include "core/store/statement.h"

namespace hitome::core {
namespace {

constexpr const char* kColumns =
    "p.id, p.pid, p.parent_pid, p.guid, p.image, p.command_line, p.user, p.origin, p.start_time, p.parent_id";

ProcessNode readNode(const Statement& st) {
    ProcessNode n;
    n.id = st.columnInt(0);
    n.pid = st.columnOptionalInt(1);
    n.parentPid = st.columnOptionalInt(2);
    n.guid = st.columnText(3);
    n.image = st.columnText(4);
    n.commandLine = st.columnText(5);
    n.user = st.columnText(6);
    n.origin = st.columnText(7);
    n.startTime = st.columnOptionalInt(8);
    return n;
}

class TreeBuilder {
public:
    TreeBuilder(Connection& conn, const ProcessTreeLimits& limits)
        : m_limits(limits),
          m_byId(conn, std::string("SELECT ") + kColumns + " FROM processes p WHERE p.id = ?"),
          m_children(conn, std::string("SELECT ") + kColumns +
                               " FROM processes p WHERE p.parent_id = ? ORDER BY p.start_time, p.id") {}

    Result<std::optional<std::pair<ProcessNode, std::optional<std::int64_t>>>> node(std::int64_t id) {
        if (!m_byId.valid()) return m_byId.prepareError();
        m_byId.bind(1, id);
        auto step = m_byId.step();
        std::optional<std::pair<ProcessNode, std::optional<std::int64_t>>> out;
        if (step && *step == Statement::Step::Row) out.emplace(readNode(m_byId), m_byId.columnOptionalInt(9));
        m_byId.reset();
        if (!step) return step.error();
        return out;
    }

    Result<std::vector<ProcessNode>> children(std::int64_t id) {
        if (!m_children.valid()) return m_children.prepareError();
        m_children.bind(1, id);
        std::vector<ProcessNode> out;
        for (;;) {
            auto step = m_children.step();
            if (!step) {
                m_children.reset();
                return step.error();
            }
            if (*step == Statement::Step::Done) break;
            out.push_back(readNode(m_children));
        }
        m_children.reset();
        return out;
    }

    Status descend(std::int64_t id, int depth, int relativeDepth, ProcessTree& tree) {
        if (relativeDepth > m_limits.maxDescendantDepth) {
            tree.isTruncated = true;
            return {};
        }
        auto kids = children(id);
        if (!kids) return kids.error();
        for (auto& kid : *kids) {
            if (tree.lines.size() >= m_limits.maxNodes || !m_seen.insert(kid.id).second) {
                tree.isTruncated = tree.isTruncated || tree.lines.size() >= m_limits.maxNodes;
                continue;
            }
            const std::int64_t kidId = kid.id;
            tree.lines.push_back({std::move(kid), depth, false});
            if (auto st = descend(kidId, depth + 1, relativeDepth + 1, tree); !st) return st;
        }
        return {};
    }

    std::set<std::int64_t> m_seen;

private:
    ProcessTreeLimits m_limits;
    Statement m_byId, m_children;
};

Result<std::string> hostOf(Connection& conn, std::int64_t processId) {
    Statement st(conn, "SELECT h.name FROM processes p LEFT JOIN hosts h ON h.id = p.host_id WHERE p.id = ?");
    st.bind(1, processId);
    auto step = st.step();
    if (!step) return step.error();
    return *step == Statement::Step::Row ? st.columnText(0) : std::string();
}

}  // namespace

Result<ProcessTree> processTree(Connection& conn, std::int64_t processId, const ProcessTreeLimits& limits) {
    TreeBuilder builder(conn, limits);
    auto focus = builder.node(processId);
    if (!focus) return focus.error();
    if (!*focus) return Error::make(ErrorCode::NotFound, "no process " + std::to_string(processId));
    ProcessTree tree;
    auto host = hostOf(conn, processId);
    if (!host) return host.error();
    tree.host = *host;
    std::vector<ProcessNode> chain{(*focus)->first};
    builder.m_seen.insert(processId);
    std::optional<std::int64_t> parent = (*focus)->second;
    while (parent && static_cast<int>(chain.size()) <= limits.maxAncestors && builder.m_seen.insert(*parent).second) {
        auto up = builder.node(*parent);
        if (!up) return up.error();
        if (!*up) break;
        chain.push_back((*up)->first);
        parent = (*up)->second;
    }
    if (parent && static_cast<int>(chain.size()) > limits.maxAncestors) tree.isTruncated = true;
    int depth = 0;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it, ++depth)
        tree.lines.push_back({*it, depth, it == chain.rend() - 1});
    if (auto st = builder.descend(processId, depth, 1, tree); !st) return st.error();
    return tree;
}

Result<std::optional<std::int64_t>> alertProcessId(Connection& conn, std::int64_t alertId) {
    Statement st(conn, "SELECT process_id FROM alerts WHERE id = ?");
    st.bind(1, alertId);
    auto step = st.step();
    if (!step) return step.error();
    if (*step != Statement::Step::Row) return Error::make(ErrorCode::NotFound, "no alert " + std::to_string(alertId));
    return st.columnOptionalInt(0);
}

}  // namespace hitome::core
