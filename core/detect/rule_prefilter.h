// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The literal prefilter of a rule set: per field, one Aho-Corasick automaton
// over the literals every rule requires (see rule_literals.h). Scanning an
// event's field once tells which rules could match through it; the
// candidate index then evaluates only those.

#include <algorithm>
#include <optional>
#include <vector>

#include "core/detect/candidate_marks.h"
#include "core/detect/literal_matcher.h"
#include "core/detect/rule_literals.h"

namespace hitome::core {

class RulePrefilter {
public:
    // `literals[rule]`: nullopt for rules that must always be evaluated.
    void build(const std::vector<std::optional<std::vector<RequiredLiteral>>>& literals, int fieldCount);

    bool isFiltered(int rule) const { return m_isFiltered[static_cast<size_t>(rule)] != 0; }
    int literalCount() const { return m_literalCount; }
    int filteredRuleCount() const { return static_cast<int>(std::count(m_isFiltered.begin(), m_isFiltered.end(), 1)); }
    size_t tableBytes() const;

    // Appends to `out` each rule that is a candidate (marked by the caller)
    // and whose literal occurs in `loweredText`, the value of `fieldId`.
    void scan(int fieldId, std::string_view loweredText, CandidateMarks& marks, std::vector<int>& out) const {
        const auto slot = m_slotOfField[static_cast<size_t>(fieldId)];
        if (slot < 0) return;
        const FieldLiterals& f = m_fields[static_cast<size_t>(slot)];
        f.matcher.scan(loweredText, [&](int literal) {
            if (!marks.markLiteral(f.literalBase + literal)) return;
            for (int r : f.rulesByLiteral[static_cast<size_t>(literal)])
                if (marks.isCandidate(r) && marks.markRule(r)) out.push_back(r);
        });
    }

private:
    struct FieldLiterals {
        int literalBase = 0;
        LiteralMatcher matcher;
        std::vector<std::vector<int>> rulesByLiteral;
    };
    std::vector<int> m_slotOfField;   // field id → index in m_fields, or -1
    std::vector<FieldLiterals> m_fields;
    std::vector<char> m_isFiltered;
    int m_literalCount = 0;
};

}  // namespace hitome::core
