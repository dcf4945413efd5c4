// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the report builder needs from the ATT&CK catalog and the command
// explainer, as plain callbacks so the report does not depend on how
// those are loaded (built-in data, user's STIX bundle, language).

#include <functional>
#include <string>
#include <vector>

#include "core/report/report_language.h"

namespace hitome::core {

struct ExplainedCommand {
    std::string binary;                  // "schtasks.exe"
    std::string phase;                   // attacker-command phase, or empty
    std::vector<std::string> sentences;  // plain-language explanation and findings
};

struct ReportVocabulary {
    std::vector<std::string> tacticOrder;                              // 15 tactic IDs, matrix order
    std::function<std::string(const std::string& tacticId)> tacticName;
    std::function<std::string(const std::string& techniqueId)> techniqueName;
    std::function<std::string(const std::string& techniqueId)> techniqueUrl;
    std::function<ExplainedCommand(const std::string& commandLine)> explain;   // may be empty
};

}  // namespace hitome::core
