// SPDX-License-Identifier: GPL-3.0-or-later
// AttackCatalog::applyStixBundle: merges an official ATT&CK STIX bundle over
// the built-in catalog. The bundle decides names, tactic order, technique
// mapping and revocations; the built-in data keeps what the bundle lacks
// (Japanese names, tactics or techniques it does not mention).

#include <algorithm>
#include <unordered_map>

#include "core/attack/attack_catalog.h"
#include "core/attack/stix_bundle_reader.h"

namespace hitome::core {

namespace {

void addUnique(std::vector<std::string>& list, const std::string& value) {
    if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

Tactic mergedTactic(const StixTactic& stix, const std::vector<Tactic>& builtIn) {
    const auto it = std::find_if(builtIn.begin(), builtIn.end(), [&](const Tactic& t) { return t.id == stix.attackId; });
    Tactic t = it != builtIn.end() ? *it : Tactic{};
    t.id = stix.attackId;
    if (!t.name.empty() && t.name != stix.name) addUnique(t.formerNames, t.name);
    if (!t.shortname.empty() && !stix.shortname.empty() && t.shortname != stix.shortname)
        addUnique(t.formerNames, t.shortname);
    t.name = stix.name;
    if (!stix.shortname.empty()) t.shortname = stix.shortname;
    if (t.shortname.empty()) t.shortname = stix.attackId;
    if (!stix.url.empty()) t.url = stix.url;
    if (!stix.description.empty()) t.description = stix.description;
    std::erase(t.formerNames, t.name);
    std::erase(t.formerNames, t.shortname);
    return t;
}

// The bundle's enterprise tactics in matrix order (bundle order without a
// matrix), then built-in tactics it lacks, each after its built-in predecessor.
std::vector<Tactic> mergeTactics(const std::vector<Tactic>& builtIn, const StixAttackData& data) {
    std::unordered_map<std::string, const StixTactic*> byStixId;
    for (const auto& t : data.tactics) byStixId.emplace(t.stixId, &t);
    std::vector<const StixTactic*> ordered;
    for (const auto& ref : data.matrixTacticRefs)
        if (const auto it = byStixId.find(ref); it != byStixId.end()) ordered.push_back(it->second);
    if (ordered.empty())
        for (const auto& t : data.tactics)
            if (t.isEnterprise) ordered.push_back(&t);
    std::vector<Tactic> merged;
    for (const StixTactic* stix : ordered)
        if (std::none_of(merged.begin(), merged.end(), [&](const Tactic& t) { return t.id == stix->attackId; }))
            merged.push_back(mergedTactic(*stix, builtIn));
    const auto find = [&](const std::string& id) {
        return std::find_if(merged.begin(), merged.end(), [&](const Tactic& t) { return t.id == id; });
    };
    for (size_t i = 0; i < builtIn.size(); ++i) {
        if (find(builtIn[i].id) != merged.end()) continue;
        // The predecessor is present: from the bundle or inserted by an earlier round.
        const auto pos = i == 0 ? merged.begin() : find(builtIn[i - 1].id) + 1;
        merged.insert(pos, builtIn[i]);
    }
    return merged;
}

std::vector<std::string> tacticIdsInOrder(const std::vector<std::string>& phaseNames, const AttackCatalog& withTactics) {
    const auto& tactics = withTactics.tacticsInMatrixOrder();
    std::vector<bool> isHit(tactics.size(), false);
    for (const auto& phase : phaseNames)
        if (const Tactic* t = withTactics.tactic(phase)) isHit[static_cast<size_t>(t - tactics.data())] = true;
    std::vector<std::string> ids;
    for (size_t i = 0; i < tactics.size(); ++i)
        if (isHit[i]) ids.push_back(tactics[i].id);
    return ids;
}

Technique techniqueFrom(const StixTechnique& stix, const AttackCatalog& withTactics) {
    Technique t;
    t.id = stix.attackId;
    t.name = stix.name;
    t.url = stix.url;
    t.description = stix.description;
    t.tacticIds = tacticIdsInOrder(stix.phaseNames, withTactics);
    t.isSubtechnique = t.id.size() > 5;
    if (t.isSubtechnique) t.parentId = t.id.substr(0, 5);
    return t;
}

}  // namespace

Status AttackCatalog::applyStixBundle(std::string_view stixJson) {
    auto data = readStixBundle(stixJson);
    if (!data) return data.error();
    AttackCatalog next = *this;
    next.m_tactics = mergeTactics(m_tactics, *data);
    if (!data->version.empty()) next.m_attackVersion = data->version;
    next.rebuildIndexes();

    std::unordered_map<std::string, std::string> attackIdByStixId;
    std::unordered_map<std::string, size_t> techniqueIndex;
    for (size_t i = 0; i < next.m_techniques.size(); ++i) techniqueIndex.emplace(next.m_techniques[i].id, i);
    for (const auto& stix : data->techniques) {
        attackIdByStixId.emplace(stix.stixId, stix.attackId);
        // Without an enterprise kill-chain phase it belongs to another matrix (mobile, ICS).
        if (stix.isRevoked || stix.isDeprecated || stix.phaseNames.empty()) continue;
        Technique t = techniqueFrom(stix, next);
        next.m_revoked.erase(t.id);   // current in the bundle, whatever the built-in data said
        if (const auto it = techniqueIndex.find(t.id); it != techniqueIndex.end()) {
            next.m_techniques[it->second] = std::move(t);
        } else {
            techniqueIndex.emplace(t.id, next.m_techniques.size());
            next.m_techniques.push_back(std::move(t));
        }
    }
    for (const auto& [from, to] : data->revokedBy) {
        const auto oldId = attackIdByStixId.find(from);
        const auto newId = attackIdByStixId.find(to);
        if (oldId == attackIdByStixId.end() || newId == attackIdByStixId.end() || oldId->second == newId->second)
            continue;
        next.m_revoked[oldId->second] = newId->second;
        std::erase_if(next.m_techniques, [&](const Technique& t) { return t.id == oldId->second; });
    }
    next.rebuildIndexes();
    *this = std::move(next);
    return {};
}

}  // namespace hitome::core
