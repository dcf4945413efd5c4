// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The ATT&CK Enterprise catalog: tactics in matrix order, techniques and
// sub-techniques, revoked technique IDs and their replacements. Built from
// Hitome's catalog JSON (resources/attack/catalog.json) and optionally
// superseded by an official ATT&CK STIX 2.1 bundle.
//
// Lookups never throw and accept the spellings found in incident data
// (IDs, names, former names, shortnames, Defender's PascalCase categories,
// Japanese names). Returned pointers stay valid until the catalog is changed
// (applyStixBundle) or destroyed. Not synchronised: share a const catalog
// between threads, never one being modified.

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/attack/attack_types.h"
#include "core/util/result.h"

namespace hitome::core {

class AttackCatalog {
public:
    AttackCatalog() = default;

    // Parses catalog JSON in Hitome's format (format_version 1).
    static Result<AttackCatalog> fromJson(std::string_view catalogJson);

    // Applies an official ATT&CK STIX 2.1 bundle (enterprise-attack.json) on
    // top: its tactic names, matrix order, technique names, tactic mapping,
    // revocations and descriptions win; Japanese names stay. On error the
    // catalog is unchanged.
    Status applyStixBundle(std::string_view stixJson);

    const std::string& attackVersion() const { return m_attackVersion; }
    const std::vector<Tactic>& tacticsInMatrixOrder() const { return m_tactics; }
    // By ID ("TA0003"), name, shortname, former name or shortname, Japanese
    // name, Defender category ("DefenseEvasion"); case, space, '-' and '_'
    // insensitive. nullptr when unknown.
    const Tactic* tactic(std::string_view idOrName) const;

    // All current techniques and sub-techniques, sorted by ID.
    const std::vector<Technique>& techniques() const { return m_techniques; }
    // Revoked IDs resolve to their replacement (the caller keeps the original
    // ID if it wants to show it). Accepts "t1053.005" and "T1053/005".
    // nullptr when unknown.
    const Technique* technique(std::string_view id) const;
    // The current ID for `id`: itself, or its replacement when revoked
    // (following chains). Normalised ("T1053.005"); empty when `id` is not
    // shaped like a technique ID.
    std::string resolveTechniqueId(std::string_view id) const;
    bool isRevoked(std::string_view id) const;
    // Revoked ID → direct replacement, as recorded.
    const std::map<std::string, std::string>& revokedTechniques() const { return m_revoked; }
    // Tactic IDs of a technique (after resolving revocation); empty if unknown.
    std::vector<std::string> tacticIdsForTechnique(std::string_view id) const;
    // "Scheduled Task/Job: Scheduled Task" for a sub-technique (ATT&CK's own
    // way of naming one), the plain name otherwise.
    std::string fullName(const Technique& technique) const;
    // Techniques and sub-techniques of a tactic, sorted by ID.
    std::vector<const Technique*> techniquesForTactic(std::string_view tacticId) const;

    // Tactic IDs for a Defender / Graph alert category ("Persistence",
    // "DefenseEvasion", "CommandAndControl", ...). Categories that name no
    // tactic (Malware, SuspiciousActivity, UnwantedSoftware, Ransomware,
    // Exploit, "", "null", anything unknown) give { kOtherTactic }. A list
    // ("Execution, Persistence") gives each tactic once, in matrix order.
    std::vector<std::string> tacticIdsForCategory(std::string_view defenderCategory) const;

private:
    void rebuildIndexes();
    void indexTacticKey(std::string_view text, size_t index);

    std::string m_attackVersion;
    std::vector<Tactic> m_tactics;
    std::vector<Technique> m_techniques;
    std::map<std::string, std::string> m_revoked;
    std::unordered_map<std::string, size_t> m_tacticByKey;
    std::unordered_map<std::string, size_t> m_techniqueById;
};

}  // namespace hitome::core
