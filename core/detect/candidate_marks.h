// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Per-thread scratch of the rule prefilter: which rules are candidates for
// the current event, which were already queued for evaluation, which
// literals and fields were already handled. Stamps instead of clearing, so
// starting a new event costs nothing.

#include <algorithm>
#include <cstdint>
#include <vector>

namespace hitome::core {

class CandidateMarks {
public:
    void startEvent(size_t ruleCount, size_t literalCount, size_t fieldCount) {
        grow(m_rules, ruleCount);
        grow(m_candidates, ruleCount);
        grow(m_literals, literalCount);
        grow(m_fields, fieldCount);
        if (++m_stamp == 0) {   // wrapped: old stamps could collide
            for (auto* v : {&m_rules, &m_candidates, &m_literals, &m_fields}) std::fill(v->begin(), v->end(), 0);
            m_stamp = 1;
        }
    }
    void markCandidate(int rule) { m_candidates[static_cast<size_t>(rule)] = m_stamp; }
    bool isCandidate(int rule) const { return m_candidates[static_cast<size_t>(rule)] == m_stamp; }
    // Each true the first time per event.
    bool markRule(int rule) { return mark(m_rules, rule); }
    bool markLiteral(int literal) { return mark(m_literals, literal); }
    bool markField(int field) { return mark(m_fields, field); }

private:
    static void grow(std::vector<std::uint32_t>& v, size_t n) {
        if (v.size() < n) v.resize(n, 0);
    }
    bool mark(std::vector<std::uint32_t>& stamps, int i) {
        auto& s = stamps[static_cast<size_t>(i)];
        if (s == m_stamp) return false;
        s = m_stamp;
        return true;
    }
    std::vector<std::uint32_t> m_rules, m_candidates, m_literals, m_fields;
    std::uint32_t m_stamp = 0;
};

}  // namespace hitome::core
