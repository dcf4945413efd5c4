// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Derives an alert's ATT&CK techniques and tactics: techniques resolve
// through the catalog (revoked IDs → their replacement, the original kept);
// tactics are the union of the techniques' tactics and the category's tactic
// ("DefenseEvasion" → TA0005). Categories that are no tactic (Malware,
// SuspiciousActivity, Ransomware...) and alerts with nothing else give
// "other". Without a catalog, techniques stay as written and only the
// category maps.

#include <string>
#include <string_view>
#include <vector>

namespace hitome::core {

class AttackCatalog;

struct TechniqueRef {
    std::string id;         // current ID
    std::string originalId; // as the source wrote it
};

class AlertTacticMapper {
public:
    explicit AlertTacticMapper(const AttackCatalog* catalog) : m_catalog(catalog) {}

    std::vector<TechniqueRef> techniques(const std::vector<std::string>& written) const;
    // Tactic IDs in no particular order, never empty ("other" at least).
    std::vector<std::string> tactics(const std::vector<TechniqueRef>& techniques, std::string_view category) const;

    // The tactic for a Defender/Graph category, "other" for non-tactic ones, "" when unknown or empty.
    static std::string tacticForCategory(std::string_view category);

private:
    // Catalog look-ups (alert_tactic_catalog.cpp); identity / empty without a catalog.
    std::string resolveTechnique(const std::string& id) const;
    std::vector<std::string> tacticsOfTechnique(const std::string& id) const;
    std::vector<std::string> tacticsOfCategory(std::string_view category) const;

    const AttackCatalog* m_catalog;
};

}  // namespace hitome::core
