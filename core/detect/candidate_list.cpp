// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/candidate_list.h"

#include <algorithm>

namespace hitome::core {

void CandidateList::build(const std::vector<std::optional<std::vector<RequiredLiteral>>>& literals) {
    m_unfiltered.clear();
    m_filtered.clear();
    m_fields.clear();
    for (int rule : m_rules) {
        const auto& required = literals[static_cast<size_t>(rule)];
        if (!required) {
            m_unfiltered.push_back(rule);
            continue;
        }
        m_filtered.push_back(rule);
        for (const auto& lit : *required) m_fields.push_back(lit.fieldId);
    }
    std::sort(m_fields.begin(), m_fields.end());
    m_fields.erase(std::unique(m_fields.begin(), m_fields.end()), m_fields.end());
}

}  // namespace hitome::core
