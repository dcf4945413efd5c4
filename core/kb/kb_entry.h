// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One knowledge-base entry: what a Windows binary is, how admins and attackers
// use it, which switches matter. Parsed from resources/knowledge/<name>.json.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/kb/localized_text.h"

namespace hitome::core {

enum class SwitchRisk { Info, Low, Medium, High };
std::string_view switchRiskName(SwitchRisk risk);

struct KbSwitch {
    std::string name;              // as written in the entry, e.g. "/create", "-EncodedCommand"
    LocalizedText meaning;
    SwitchRisk risk = SwitchRisk::Info;
};

struct KbEntry {
    std::string name;              // "schtasks.exe"
    std::vector<std::string> aliases;
    std::string kind;              // system-binary | lolbin | admin-tool | system-process | third-party-tool
    std::vector<std::string> paths;
    std::string signer;
    std::optional<std::string> phase;   // initial-recon | exploration | spread
    LocalizedText summary;
    LocalizedText adminUse;
    LocalizedText attackerUse;
    std::vector<std::string> techniques;
    std::vector<KbSwitch> switches;
    std::vector<std::string> normalParents;
    std::vector<std::string> suspiciousParents;
    LocalizedList nextSteps;

    // The switch whose name matches `name` case-insensitively, ignoring the
    // "/" or "-" prefix and a trailing ":" or "=" ("/TN" matches "/tn"). A
    // name of several words ("Process Call Create") matches a phrase entry.
    const KbSwitch* findSwitch(std::string_view name) const;

    // The longest entry (a single switch or a phrase such as "process call
    // create" or "set allprofiles state off") whose words match `words` from
    // the first one, case-insensitively; a "key=" word also matches
    // "key=value". `wordCount` receives the number of words used (0: none).
    const KbSwitch* matchSwitchWords(std::span<const std::string_view> words, size_t& wordCount) const;
};

}  // namespace hitome::core
