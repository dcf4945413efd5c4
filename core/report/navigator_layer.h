// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ATT&CK Navigator layer (layer format 4.5): techniques scored by how many
// alerts carry them, with the alert titles as comments.

#include <map>
#include <string>
#include <vector>

namespace hitome::core {

struct TechniqueHits {
    int alertCount = 0;
    std::vector<std::string> alertTitles;
};

// `hits` maps technique ID (e.g. "T1053.005") to its alerts.
std::string buildNavigatorLayer(const std::string& layerName, const std::map<std::string, TechniqueHits>& hits);

}  // namespace hitome::core
