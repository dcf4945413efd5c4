// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/navigator_layer.h"

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

#include "core/util/text.h"

namespace hitome::core {
namespace {

constexpr size_t kMaxTitlesPerComment = 20;

std::string commentFor(const TechniqueHits& h) {
    std::set<std::string> unique(h.alertTitles.begin(), h.alertTitles.end());
    std::string comment;
    size_t n = 0;
    for (const auto& title : unique) {
        if (n++ == kMaxTitlesPerComment) {
            comment += "\n…";
            break;
        }
        if (!comment.empty()) comment += "\n";
        comment += sanitizeUtf8(title);
    }
    return comment;
}

}  // namespace

std::string buildNavigatorLayer(const std::string& layerName, const std::map<std::string, TechniqueHits>& hits) {
    nlohmann::json techniques = nlohmann::json::array();
    int maxScore = 1;
    std::set<std::string> parentsShown;
    for (const auto& [id, h] : hits) {
        maxScore = std::max(maxScore, h.alertCount);
        techniques.push_back({{"techniqueID", id},
                              {"score", h.alertCount},
                              {"comment", commentFor(h)},
                              {"enabled", true},
                              {"showSubtechniques", false}});
        if (const auto dot = id.find('.'); dot != std::string::npos) parentsShown.insert(id.substr(0, dot));
    }
    // Sub-techniques are only visible when their parent is expanded.
    for (const auto& parent : parentsShown) {
        const auto it = std::find_if(techniques.begin(), techniques.end(),
                                     [&](const nlohmann::json& t) { return t["techniqueID"] == parent; });
        if (it != techniques.end())
            (*it)["showSubtechniques"] = true;
        else
            techniques.push_back({{"techniqueID", parent}, {"enabled", true}, {"showSubtechniques", true}});
    }
    const nlohmann::json layer = {
        {"name", sanitizeUtf8(layerName)},
        {"versions", {{"attack", "19"}, {"navigator", "5.1.0"}, {"layer", "4.5"}}},
        {"domain", "enterprise-attack"},
        {"description", "Techniques seen in this incident, scored by alert count (exported by Hitome)."},
        {"sorting", 3},
        {"layout", {{"layout", "side"}, {"showID", true}, {"showName", true}}},
        {"hideDisabled", false},
        {"techniques", techniques},
        {"gradient", {{"colors", {"#fff3e0ff", "#ff9800ff", "#d32f2fff"}}, {"minValue", 0}, {"maxValue", maxScore}}},
        {"legendItems", nlohmann::json::array()},
        {"showTacticRowBackground", false},
        {"selectTechniquesAcrossTactics", true},
        {"selectSubtechniquesWithParent", false},
    };
    return layer.dump(2);
}

}  // namespace hitome::core
