// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/attack/attack_catalog.h"

#include <algorithm>

#include "core/attack/attack_lookup_key.h"

namespace hitome::core {

namespace {

// Guards against a revocation cycle in an imported bundle.
constexpr int kMaxRevocationHops = 16;

// Category spellings that name a tactic without being one of its names.
struct CategoryAlias {
    std::string_view key;        // attackLookupKey() of the category
    std::string_view tacticId;
};
constexpr CategoryAlias kCategoryAliases[] = {
    {"credentialtheft", "TA0006"},
    {"commandcontrol", "TA0011"},
    {"c2", "TA0011"},
    {"exfil", "TA0010"},
};

std::vector<std::string_view> splitCategoryList(std::string_view text) {
    std::vector<std::string_view> parts;
    size_t start = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == ',' || text[i] == ';' || text[i] == '|') {
            parts.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    }
    return parts;
}

}  // namespace

void AttackCatalog::indexTacticKey(std::string_view text, size_t index) {
    std::string key = attackLookupKey(text);
    // First come wins: a current name is never shadowed by another tactic's former name.
    if (!key.empty()) m_tacticByKey.emplace(std::move(key), index);
}

void AttackCatalog::rebuildIndexes() {
    std::sort(m_techniques.begin(), m_techniques.end(),
              [](const Technique& a, const Technique& b) { return a.id < b.id; });
    m_techniqueById.clear();
    for (size_t i = 0; i < m_techniques.size(); ++i) m_techniqueById.emplace(m_techniques[i].id, i);
    m_tacticByKey.clear();
    // Current IDs, names and shortnames before any former or alternative spelling.
    for (size_t i = 0; i < m_tactics.size(); ++i) {
        indexTacticKey(m_tactics[i].id, i);
        indexTacticKey(m_tactics[i].name, i);
        indexTacticKey(m_tactics[i].shortname, i);
        indexTacticKey(m_tactics[i].nameJa, i);
    }
    for (size_t i = 0; i < m_tactics.size(); ++i) {
        for (const auto& former : m_tactics[i].formerNames) indexTacticKey(former, i);
        for (const auto& other : m_tactics[i].otherNamesJa) indexTacticKey(other, i);
        indexTacticKey(m_tactics[i].defenderLabelJa, i);
    }
}

const Tactic* AttackCatalog::tactic(std::string_view idOrName) const {
    const auto it = m_tacticByKey.find(attackLookupKey(idOrName));
    return it == m_tacticByKey.end() ? nullptr : &m_tactics[it->second];
}

std::string AttackCatalog::resolveTechniqueId(std::string_view id) const {
    std::string current = normalizeTechniqueId(id);
    for (int hop = 0; hop < kMaxRevocationHops && !current.empty(); ++hop) {
        const auto it = m_revoked.find(current);
        if (it == m_revoked.end()) break;
        current = it->second;
    }
    return current;
}

bool AttackCatalog::isRevoked(std::string_view id) const {
    return m_revoked.count(normalizeTechniqueId(id)) > 0;
}

const Technique* AttackCatalog::technique(std::string_view id) const {
    const auto it = m_techniqueById.find(resolveTechniqueId(id));
    return it == m_techniqueById.end() ? nullptr : &m_techniques[it->second];
}

std::vector<std::string> AttackCatalog::tacticIdsForTechnique(std::string_view id) const {
    const Technique* t = technique(id);
    return t ? t->tacticIds : std::vector<std::string>{};
}

std::string AttackCatalog::fullName(const Technique& technique) const {
    const Technique* parent = technique.isSubtechnique ? this->technique(technique.parentId) : nullptr;
    return parent ? parent->name + ": " + technique.name : technique.name;
}

std::vector<const Technique*> AttackCatalog::techniquesForTactic(std::string_view tacticId) const {
    std::vector<const Technique*> out;
    for (const auto& t : m_techniques)
        if (std::find(t.tacticIds.begin(), t.tacticIds.end(), tacticId) != t.tacticIds.end()) out.push_back(&t);
    return out;
}

std::vector<std::string> AttackCatalog::tacticIdsForCategory(std::string_view defenderCategory) const {
    std::vector<bool> isHit(m_tactics.size(), false);
    for (std::string_view part : splitCategoryList(defenderCategory)) {
        const std::string key = attackLookupKey(part);
        if (key.empty()) continue;
        const Tactic* found = tactic(part);
        for (const auto& alias : kCategoryAliases)
            if (!found && key == alias.key) found = tactic(alias.tacticId);
        if (found) isHit[static_cast<size_t>(found - m_tactics.data())] = true;
    }
    std::vector<std::string> ids;
    for (size_t i = 0; i < m_tactics.size(); ++i)
        if (isHit[i]) ids.push_back(m_tactics[i].id);
    if (ids.empty()) ids.emplace_back(kOtherTactic);
    return ids;
}

}  // namespace hitome::core
