// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Quality checks for knowledge-base entries: both languages present, no empty
// text, valid kinds/phases/risks, technique IDs well formed and known.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/kb/kb_entry.h"

namespace hitome::core {

struct KbLintIssue {
    std::string entry;     // entry name
    std::string problem;   // technical English
};

using TechniqueExists = std::function<bool(std::string_view id)>;

// `techniqueExists` may be empty: then only the ID format is checked.
std::vector<KbLintIssue> lintKbEntry(const KbEntry& entry, const TechniqueExists& techniqueExists);
std::vector<KbLintIssue> lintKnowledgeBase(const std::vector<KbEntry>& entries, const TechniqueExists& techniqueExists);

// "T1053" or "T1053.005".
bool isTechniqueIdFormat(std::string_view id);

}  // namespace hitome::core
