// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/rule_literals.h"

#include <algorithm>

#include "core/util/text.h"

namespace hitome::core {

namespace {

using Literals = std::optional<std::vector<RequiredLiteral>>;

// Any piece of a required literal is required too. Keeping only the last 16
// bytes halves the automata of SigmaHQ's rules (57 → 33 MB) and filters as
// well: long literals are mostly paths whose start ("c:\windows\system32\")
// every event shares and whose end names the program.
constexpr size_t kMaxLiteralBytes = 16;

// The longest literal piece a pattern needs, or "" when it needs none.
std::string longestPiece(const SigmaPattern& pattern) {
    std::string best = pattern.shape() == SigmaPattern::Shape::Glob ? pattern.longestText() : pattern.literalText();
    return pattern.isCased() ? toLowerAscii(best) : best;
}

// Fewer, longer literals filter better: rank by the shortest one, then by count.
bool isBetter(const std::vector<RequiredLiteral>& a, const std::vector<RequiredLiteral>& b) {
    auto shortest = [](const std::vector<RequiredLiteral>& l) {
        size_t n = SIZE_MAX;
        for (const auto& x : l) n = std::min(n, x.text.size());
        return n;
    };
    const size_t sa = shortest(a), sb = shortest(b);
    return sa != sb ? sa > sb : a.size() < b.size();
}

void keepBest(Literals& best, Literals candidate) {
    if (candidate && (!best || isBetter(*candidate, *best))) best = std::move(candidate);
}

void append(std::vector<RequiredLiteral>& to, const std::vector<RequiredLiteral>& from) {
    to.insert(to.end(), from.begin(), from.end());
}

// One value (any variant may match): the union of its variants' literals.
Literals valueLiterals(int fieldId, const SigmaValue& value) {
    std::vector<RequiredLiteral> out;
    for (const auto& v : value) {
        if (v.kind != SigmaValueTest::Kind::Pattern || v.pattern.shape() == SigmaPattern::Shape::Any) return std::nullopt;
        std::string piece = longestPiece(v.pattern);
        if (piece.empty()) return std::nullopt;
        if (piece.size() > kMaxLiteralBytes) piece.erase(0, piece.size() - kMaxLiteralBytes);
        out.push_back({fieldId, std::move(piece)});
    }
    return out;
}

Literals testLiterals(const SigmaFieldTest& test) {
    if (test.fieldId < 0 || test.values.empty()) return std::nullopt;
    if (test.isAll) {   // every value must match: any one of them is required
        Literals best;
        for (const auto& value : test.values) keepBest(best, valueLiterals(test.fieldId, value));
        return best;
    }
    std::vector<RequiredLiteral> out;
    for (const auto& value : test.values) {
        auto l = valueLiterals(test.fieldId, value);
        if (!l) return std::nullopt;
        append(out, *l);
    }
    return out;
}

Literals searchLiterals(const SigmaSearch& search) {
    std::vector<RequiredLiteral> out;
    for (const auto& group : search.groups) {   // alternatives: each needs its own
        Literals best;
        for (const auto& test : group) keepBest(best, testLiterals(test));   // ANDed: one test suffices
        if (!best) return std::nullopt;
        append(out, *best);
    }
    if (out.empty()) return std::nullopt;
    return out;
}

Literals nodeLiterals(const SigmaRule& rule, int index) {
    const auto& node = rule.condition.nodes()[static_cast<size_t>(index)];
    auto search = [&](int s) { return searchLiterals(rule.searches[static_cast<size_t>(s)]); };
    Literals best;
    switch (node.op) {
    case SigmaConditionNode::Op::Search: return search(node.searches.front());
    case SigmaConditionNode::Op::AllOf:
        for (int s : node.searches) keepBest(best, search(s));
        return best;
    case SigmaConditionNode::Op::And:
        for (int c : node.children) keepBest(best, nodeLiterals(rule, c));
        return best;
    case SigmaConditionNode::Op::Or:
    case SigmaConditionNode::Op::AnyOf: {
        std::vector<RequiredLiteral> all;
        const bool isOr = node.op == SigmaConditionNode::Op::Or;
        const size_t n = isOr ? node.children.size() : node.searches.size();
        for (size_t i = 0; i < n; ++i) {
            auto l = isOr ? nodeLiterals(rule, node.children[i]) : search(node.searches[i]);
            if (!l) return std::nullopt;
            append(all, *l);
        }
        if (all.empty()) return std::nullopt;
        return all;
    }
    case SigmaConditionNode::Op::Not: return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace

std::optional<std::vector<RequiredLiteral>> requiredLiterals(const SigmaRule& rule) {
    if (rule.condition.nodes().empty()) return std::nullopt;
    return nodeLiterals(rule, rule.condition.root());
}

}  // namespace hitome::core
