// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The rules one slot of the candidate index offers (one channel and event
// ID), split for the literal prefilter: rules it cannot filter are always
// evaluated; the others only when the prefilter finds one of their literals
// in the fields listed here.

#include <optional>
#include <vector>

#include "core/detect/candidate_marks.h"
#include "core/detect/rule_literals.h"

namespace hitome::core {

class CandidateList {
public:
    void add(int rule) { m_rules.push_back(rule); }
    // Splits the rules; `literals` as given to the prefilter (nullopt everywhere: no filtering).
    void build(const std::vector<std::optional<std::vector<RequiredLiteral>>>& literals);

    size_t size() const { return m_rules.size(); }
    // Fields whose literals can let one of this slot's rules through.
    const std::vector<int>& fields() const { return m_fields; }

    // Queues the always-evaluated rules in `out` and marks the others as candidates.
    void markCandidates(CandidateMarks& marks, std::vector<int>& out) const {
        for (int r : m_unfiltered)
            if (marks.markRule(r)) out.push_back(r);
        for (int r : m_filtered) marks.markCandidate(r);
    }

private:
    std::vector<int> m_rules;        // every rule of the slot
    std::vector<int> m_unfiltered;   // rules without required literals
    std::vector<int> m_filtered;
    std::vector<int> m_fields;
};

}  // namespace hitome::core
