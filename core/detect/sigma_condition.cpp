// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/sigma_condition.h"

#include "core/detect/sigma_pattern.h"
#include "core/util/text.h"

namespace hitome::core {

namespace {
constexpr int kMaxDepth = 64;
constexpr size_t kMaxTokens = 4096;
}  // namespace

// Recursive descent: or := and ('or' and)*; and := not ('and' not)*;
// not := 'not' not | '(' or ')' | quantifier | identifier.
class SigmaConditionParser {
public:
    SigmaConditionParser(std::string_view text, const std::vector<std::string>& names) : m_names(names) {
        tokenize(text);
    }

    Result<SigmaCondition> run() {
        if (!m_error.empty()) return fail(m_error);
        if (m_tokens.empty()) return fail("empty condition");
        const int root = parseOr(0);
        if (!m_error.empty()) return fail(m_error);
        if (m_pos != m_tokens.size()) return fail("unexpected '" + m_tokens[m_pos] + "' in condition");
        m_cond.m_root = root;
        return std::move(m_cond);
    }

private:
    static Error fail(std::string detail) { return Error::make(ErrorCode::Format, std::move(detail)); }

    void tokenize(std::string_view text) {
        size_t i = 0;
        while (i < text.size() && m_error.empty()) {
            const char c = text[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') { ++i; continue; }
            if (c == '|') { m_error = "unsupported: aggregation in condition"; return; }
            if (c == '(' || c == ')') { m_tokens.emplace_back(1, c); ++i; continue; }
            size_t j = i;
            while (j < text.size() && text[j] != ' ' && text[j] != '\t' && text[j] != '\n' && text[j] != '\r' &&
                   text[j] != '(' && text[j] != ')' && text[j] != '|')
                ++j;
            m_tokens.emplace_back(text.substr(i, j - i));
            i = j;
            if (m_tokens.size() > kMaxTokens) m_error = "condition too long";
        }
    }

    bool peekIs(std::string_view word) const {
        return m_pos < m_tokens.size() && equalsNoCase(m_tokens[m_pos], word);
    }

    int add(SigmaConditionNode node) {
        m_cond.m_nodes.push_back(std::move(node));
        return static_cast<int>(m_cond.m_nodes.size() - 1);
    }

    int parseBinary(int depth, bool isOr) {
        if (depth > kMaxDepth) { m_error = "condition nested too deeply"; return 0; }
        std::vector<int> parts{isOr ? parseBinary(depth + 1, false) : parseNot(depth + 1)};
        while (m_error.empty() && peekIs(isOr ? "or" : "and")) {
            ++m_pos;
            parts.push_back(isOr ? parseBinary(depth + 1, false) : parseNot(depth + 1));
        }
        if (parts.size() == 1) return parts.front();
        return add({isOr ? SigmaConditionNode::Op::Or : SigmaConditionNode::Op::And, std::move(parts), {}});
    }
    int parseOr(int depth) { return parseBinary(depth, true); }

    int parseNot(int depth) {
        if (depth > kMaxDepth) { m_error = "condition nested too deeply"; return 0; }
        if (m_pos >= m_tokens.size()) { m_error = "condition ends early"; return 0; }
        if (peekIs("not")) {
            ++m_pos;
            const int child = parseNot(depth + 1);
            return add({SigmaConditionNode::Op::Not, {child}, {}});
        }
        if (peekIs("(")) {
            ++m_pos;
            const int inner = parseOr(depth + 1);
            if (!peekIs(")")) { if (m_error.empty()) m_error = "missing ')' in condition"; return 0; }
            ++m_pos;
            return inner;
        }
        if (m_pos + 1 < m_tokens.size() && equalsNoCase(m_tokens[m_pos + 1], "of")) return parseQuantifier();
        return parseIdentifier();
    }

    int parseQuantifier() {
        const std::string quantifier = toLowerAscii(m_tokens[m_pos]);
        m_pos += 2;
        if (m_pos >= m_tokens.size()) { m_error = "missing target after 'of'"; return 0; }
        const std::string target = m_tokens[m_pos++];
        std::vector<int> matches;
        const SigmaPattern pattern = SigmaPattern::fromSigma(target, true);
        for (size_t i = 0; i < m_names.size(); ++i) {
            const bool isUnderscoreInternal = target == "them" && m_names[i].starts_with('_');
            if ((target == "them" && !isUnderscoreInternal) || pattern.matches(m_names[i]))
                matches.push_back(static_cast<int>(i));
        }
        if (matches.empty()) { m_error = "no search matches '" + target + "'"; return 0; }
        if (quantifier == "all") return add({SigmaConditionNode::Op::AllOf, {}, std::move(matches)});
        if (quantifier == "1" || quantifier == "any") return add({SigmaConditionNode::Op::AnyOf, {}, std::move(matches)});
        m_error = "unsupported quantifier '" + quantifier + " of'";
        return 0;
    }

    int parseIdentifier() {
        const std::string& name = m_tokens[m_pos];
        for (size_t i = 0; i < m_names.size(); ++i) {
            if (m_names[i] == name) {
                ++m_pos;
                return add({SigmaConditionNode::Op::Search, {}, {static_cast<int>(i)}});
            }
        }
        m_error = "unknown search identifier '" + name + "' in condition";
        return 0;
    }

    const std::vector<std::string>& m_names;
    std::vector<std::string> m_tokens;
    size_t m_pos = 0;
    std::string m_error;
    SigmaCondition m_cond;
};

Result<SigmaCondition> SigmaCondition::parse(std::string_view text, const std::vector<std::string>& searchNames) {
    return SigmaConditionParser(text, searchNames).run();
}

SigmaCondition SigmaCondition::anyOf(std::vector<SigmaCondition> parts) {
    if (parts.size() == 1) return std::move(parts.front());
    SigmaCondition out;
    std::vector<int> roots;
    for (auto& part : parts) {
        const int offset = static_cast<int>(out.m_nodes.size());
        for (auto node : part.m_nodes) {
            for (int& c : node.children) c += offset;
            out.m_nodes.push_back(std::move(node));
        }
        roots.push_back(part.m_root + offset);
    }
    out.m_nodes.push_back({SigmaConditionNode::Op::Or, std::move(roots), {}});
    out.m_root = static_cast<int>(out.m_nodes.size() - 1);
    return out;
}

}  // namespace hitome::core
