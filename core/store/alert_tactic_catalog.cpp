// SPDX-License-Identifier: GPL-3.0-or-later
// AlertTacticMapper's catalog look-ups, kept apart so the mapping rules do
// not depend on the catalog's API.
#include "core/attack/attack_catalog.h"
#include "core/store/alert_tactic_mapper.h"

namespace hitome::core {

std::string AlertTacticMapper::resolveTechnique(const std::string& id) const {
    if (!m_catalog) return id;
    std::string current = m_catalog->resolveTechniqueId(id);
    return current.empty() ? id : current;
}

std::vector<std::string> AlertTacticMapper::tacticsOfTechnique(const std::string& id) const {
    if (!m_catalog) return {};
    return m_catalog->tacticIdsForTechnique(id);
}

std::vector<std::string> AlertTacticMapper::tacticsOfCategory(std::string_view category) const {
    if (m_catalog) {
        auto tactics = m_catalog->tacticIdsForCategory(category);
        // The catalog answers "other" for anything unknown; our table may know more spellings.
        if (!(tactics.size() == 1 && tactics[0] == kOtherTactic)) return tactics;
    }
    std::string tactic = tacticForCategory(category);
    if (tactic.empty()) return {};
    return {tactic};
}

}  // namespace hitome::core
