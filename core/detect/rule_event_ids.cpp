// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/rule_event_ids.h"

#include <algorithm>
#include <charconv>
#include <optional>

namespace hitome::core {

namespace {

using Ids = std::optional<std::vector<std::uint32_t>>;   // nullopt: not pinned

// IDs a group requires: its EventID item when every value is a plain number.
Ids groupIds(const std::vector<SigmaFieldTest>& group, const SigmaFieldTable& fields) {
    for (const auto& test : group) {
        if (test.fieldId < 0 || fields.headerField(test.fieldId) != SigmaHeaderField::EventId || test.isAll) continue;
        std::vector<std::uint32_t> ids;
        for (const auto& value : test.values) {
            for (const auto& v : value) {
                if (v.kind != SigmaValueTest::Kind::Pattern || v.pattern.shape() != SigmaPattern::Shape::Equals)
                    return std::nullopt;
                const auto& text = v.pattern.literalText();
                std::uint32_t id = 0;
                auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
                if (ec != std::errc() || p != text.data() + text.size()) return std::nullopt;
                ids.push_back(id);
            }
        }
        return ids;
    }
    return std::nullopt;
}

Ids searchIds(const SigmaSearch& search, const SigmaFieldTable& fields) {
    std::vector<std::uint32_t> all;
    for (const auto& group : search.groups) {
        auto ids = groupIds(group, fields);
        if (!ids) return std::nullopt;   // one unpinned alternative frees the search
        all.insert(all.end(), ids->begin(), ids->end());
    }
    return all;
}

Ids nodeIds(const SigmaRule& rule, int index, const SigmaFieldTable& fields) {
    const auto& node = rule.condition.nodes()[static_cast<size_t>(index)];
    switch (node.op) {
    case SigmaConditionNode::Op::Search: return searchIds(rule.searches[static_cast<size_t>(node.searches.front())], fields);
    case SigmaConditionNode::Op::AllOf:
        for (int s : node.searches)
            if (auto ids = searchIds(rule.searches[static_cast<size_t>(s)], fields)) return ids;
        return std::nullopt;
    case SigmaConditionNode::Op::And:
        for (int c : node.children)
            if (auto ids = nodeIds(rule, c, fields)) return ids;
        return std::nullopt;
    case SigmaConditionNode::Op::Or:
    case SigmaConditionNode::Op::AnyOf: {
        std::vector<std::uint32_t> all;
        const bool isOr = node.op == SigmaConditionNode::Op::Or;
        const size_t n = isOr ? node.children.size() : node.searches.size();
        for (size_t i = 0; i < n; ++i) {
            auto ids = isOr ? nodeIds(rule, node.children[i], fields)
                            : searchIds(rule.searches[static_cast<size_t>(node.searches[i])], fields);
            if (!ids) return std::nullopt;
            all.insert(all.end(), ids->begin(), ids->end());
        }
        return all;
    }
    case SigmaConditionNode::Op::Not: return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace

std::vector<std::uint32_t> requiredEventIds(const SigmaRule& rule, const SigmaFieldTable& fields) {
    if (rule.condition.nodes().empty()) return {};
    auto ids = nodeIds(rule, rule.condition.root(), fields);
    if (!ids) return {};
    std::sort(ids->begin(), ids->end());
    ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
    return *ids;
}

}  // namespace hitome::core
