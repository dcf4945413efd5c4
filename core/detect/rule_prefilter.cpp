// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/rule_prefilter.h"

namespace hitome::core {

void RulePrefilter::build(const std::vector<std::optional<std::vector<RequiredLiteral>>>& literals, int fieldCount) {
    m_slotOfField.assign(static_cast<size_t>(fieldCount), -1);
    m_fields.clear();
    m_isFiltered.assign(literals.size(), 0);
    for (size_t rule = 0; rule < literals.size(); ++rule) {
        if (!literals[rule]) continue;
        m_isFiltered[rule] = 1;
        for (const auto& lit : *literals[rule]) {
            auto& slot = m_slotOfField[static_cast<size_t>(lit.fieldId)];
            if (slot < 0) {
                slot = static_cast<int>(m_fields.size());
                m_fields.emplace_back();
            }
            FieldLiterals& f = m_fields[static_cast<size_t>(slot)];
            const auto index = static_cast<size_t>(f.matcher.add(lit.text));
            if (f.rulesByLiteral.size() <= index) f.rulesByLiteral.resize(index + 1);
            auto& rules = f.rulesByLiteral[index];
            if (rules.empty() || rules.back() != static_cast<int>(rule)) rules.push_back(static_cast<int>(rule));
        }
    }
    m_literalCount = 0;
    for (auto& f : m_fields) {
        f.matcher.build();
        f.literalBase = m_literalCount;
        m_literalCount += f.matcher.literalCount();
    }
}

size_t RulePrefilter::tableBytes() const {
    size_t n = 0;
    for (const auto& f : m_fields) n += f.matcher.tableBytes();
    return n;
}

}  // namespace hitome::core
