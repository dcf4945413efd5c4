// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A Sigma condition ("selection and not 1 of filter_*") compiled into a flat
// tree over search indexes. Aggregations ("| count() > 5") are rejected as
// unsupported rather than silently ignored.

#include <string>
#include <string_view>
#include <vector>

#include "core/util/result.h"

namespace hitome::core {

struct SigmaConditionNode {
    enum class Op { And, Or, Not, Search, AnyOf, AllOf };
    Op op = Op::Search;
    std::vector<int> children;   // node indexes (And/Or/Not)
    std::vector<int> searches;   // search indexes (Search/AnyOf/AllOf)
};

class SigmaCondition {
public:
    // Parses `text`; `searchNames` are the detection's search identifiers.
    static Result<SigmaCondition> parse(std::string_view text, const std::vector<std::string>& searchNames);
    // ORs several conditions (a rule may list more than one).
    static SigmaCondition anyOf(std::vector<SigmaCondition> parts);

    const std::vector<SigmaConditionNode>& nodes() const { return m_nodes; }
    int root() const { return m_root; }

    // Evaluates with `searchResult(index)` → bool (called lazily, short-circuit).
    template <typename SearchFn>
    bool evaluate(SearchFn&& searchResult) const { return evalNode(m_root, searchResult); }

private:
    template <typename SearchFn>
    bool evalNode(int index, SearchFn& searchResult) const {
        const auto& n = m_nodes[static_cast<size_t>(index)];
        switch (n.op) {
        case SigmaConditionNode::Op::And:
            for (int c : n.children) if (!evalNode(c, searchResult)) return false;
            return true;
        case SigmaConditionNode::Op::Or:
            for (int c : n.children) if (evalNode(c, searchResult)) return true;
            return false;
        case SigmaConditionNode::Op::Not: return !evalNode(n.children.front(), searchResult);
        case SigmaConditionNode::Op::Search: return searchResult(n.searches.front());
        case SigmaConditionNode::Op::AnyOf:
            for (int s : n.searches) if (searchResult(s)) return true;
            return false;
        case SigmaConditionNode::Op::AllOf:
            for (int s : n.searches) if (!searchResult(s)) return false;
            return !n.searches.empty();
        }
        return false;
    }

    friend class SigmaConditionParser;
    std::vector<SigmaConditionNode> m_nodes;
    int m_root = 0;
};

}  // namespace hitome::core
