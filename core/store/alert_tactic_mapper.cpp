// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/alert_tactic_mapper.h"

#include <algorithm>
#include <array>
#include <utility>

#include "core/util/text.h"

namespace hitome::core {
namespace {

// Defender / Graph alert categories (compared without case, spaces or
// dashes) → ATT&CK tactic. Facts from the Defender and Graph API references.
constexpr std::array<std::pair<std::string_view, std::string_view>, 22> kCategoryTactics = {{
    {"reconnaissance", "TA0043"},     {"resourcedevelopment", "TA0042"}, {"initialaccess", "TA0001"},
    {"execution", "TA0002"},          {"persistence", "TA0003"},         {"privilegeescalation", "TA0004"},
    {"defenseevasion", "TA0005"},     {"stealth", "TA0005"},             {"defenseimpairment", "TA0112"},
    {"credentialaccess", "TA0006"},   {"discovery", "TA0007"},           {"lateralmovement", "TA0008"},
    {"collection", "TA0009"},         {"exfiltration", "TA0010"},        {"commandandcontrol", "TA0011"},
    {"impact", "TA0040"},             {"malware", "other"},              {"suspiciousactivity", "other"},
    {"unwantedsoftware", "other"},    {"ransomware", "other"},           {"exploit", "other"},
    {"credentialtheft", "TA0006"},
}};

std::string normalisedCategory(std::string_view category) {
    std::string out;
    for (char c : category)
        if (c != ' ' && c != '-' && c != '_') out += asciiLower(c);
    return out;
}

std::string normalisedTechnique(std::string_view id) {
    std::string out(trim(id));
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

void addUnique(std::vector<std::string>& list, std::string value) {
    if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end()) list.push_back(std::move(value));
}

}  // namespace

std::string AlertTacticMapper::tacticForCategory(std::string_view category) {
    const std::string key = normalisedCategory(category);
    if (key.empty() || key == "null") return {};
    for (const auto& [name, tactic] : kCategoryTactics)
        if (name == key) return std::string(tactic);
    return "other";
}

std::vector<TechniqueRef> AlertTacticMapper::techniques(const std::vector<std::string>& written) const {
    std::vector<TechniqueRef> out;
    for (const auto& raw : written) {
        const std::string original = normalisedTechnique(raw);
        if (original.size() < 2 || original[0] != 'T') continue;
        std::string current = resolveTechnique(original);
        if (std::none_of(out.begin(), out.end(), [&](const TechniqueRef& t) { return t.id == current; }))
            out.push_back({std::move(current), original});
    }
    return out;
}

std::vector<std::string> AlertTacticMapper::tactics(const std::vector<TechniqueRef>& techniques,
                                                    std::string_view category) const {
    std::vector<std::string> out;
    for (const auto& t : techniques)
        for (auto& tactic : tacticsOfTechnique(t.id)) addUnique(out, std::move(tactic));
    for (auto& tactic : tacticsOfCategory(category))
        if (tactic != "other") addUnique(out, std::move(tactic));
    if (out.empty()) out.push_back("other");
    return out;
}

}  // namespace hitome::core
