// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by `hitome detect` and `hitome import --detect`: loads the built-in
// rule pack (":/rules") plus extra directories, and runs detection on a case.

#include <ostream>
#include <string>
#include <vector>

#include "core/detect/rule_set.h"
#include "core/store/case_file.h"

namespace hitome::app {

// Built-in pack first, then each directory. Problems go into `report`.
core::RuleSet loadDetectionRules(const std::vector<std::string>& extraDirs, core::RuleLoadReport& report);

// Runs detection with the built-in pack and `extraDirs`; prints a summary
// (or JSON) to `out`, errors to `err`. Returns an exit code.
int runDetectionCommand(core::CaseFile& caseFile, const std::vector<std::string>& extraDirs, bool isJson,
                        std::ostream& out, std::ostream& err);

}  // namespace hitome::app
