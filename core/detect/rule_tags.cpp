// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/rule_tags.h"

#include <algorithm>
#include <array>
#include <utility>

#include "core/util/text.h"

namespace hitome::core {

namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 16> kTactics = {{
    {"reconnaissance", "TA0043"},     {"resource-development", "TA0042"}, {"initial-access", "TA0001"},
    {"execution", "TA0002"},          {"persistence", "TA0003"},          {"privilege-escalation", "TA0004"},
    {"stealth", "TA0005"},            {"defense-evasion", "TA0005"},      {"defense-impairment", "TA0112"},
    {"credential-access", "TA0006"},  {"discovery", "TA0007"},            {"lateral-movement", "TA0008"},
    {"collection", "TA0009"},         {"command-and-control", "TA0011"},  {"exfiltration", "TA0010"},
    {"impact", "TA0040"},
}};

bool isTechniqueId(std::string_view s) {
    if (s.size() < 5 || (s[0] != 't' && s[0] != 'T')) return false;
    for (size_t i = 1; i < s.size(); ++i)
        if (!(s[i] >= '0' && s[i] <= '9') && s[i] != '.') return false;
    return true;
}

// attack.g0016 (group), attack.s0002 (software): not tactics.
bool isGroupOrSoftware(std::string_view s) {
    if (s.size() < 2 || (s[0] != 'g' && s[0] != 's')) return false;
    return std::all_of(s.begin() + 1, s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void addUnique(std::vector<std::string>& list, std::string value) {
    if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(std::move(value));
}

}  // namespace

AttackTags parseAttackTags(const std::vector<std::string>& tags) {
    AttackTags out;
    for (const auto& tag : tags) {
        const std::string lower = toLowerAscii(trim(tag));
        if (!lower.starts_with("attack.")) continue;
        const std::string_view rest = std::string_view(lower).substr(7);
        if (isTechniqueId(rest)) {
            std::string id(rest);
            id[0] = 'T';
            addUnique(out.techniques, std::move(id));
        } else if (!rest.empty() && !isGroupOrSoftware(rest)) {
            addUnique(out.tactics, std::string(rest));
        }
    }
    return out;
}

std::string_view builtinTacticId(std::string_view shortname) {
    std::string key = toLowerAscii(trim(shortname));
    std::replace(key.begin(), key.end(), '_', '-');
    std::replace(key.begin(), key.end(), ' ', '-');
    for (const auto& [name, id] : kTactics)
        if (name == key) return id;
    return {};
}

}  // namespace hitome::core
