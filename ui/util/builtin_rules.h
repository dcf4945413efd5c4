// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The rule pack compiled into the binary (":/rules"), for the workbench's
// imports and the CLI's detect commands alike.

#include "core/detect/rule_set.h"

namespace hitome::ui {

// Adds the built-in rules to `rules` (not finalized: callers may add more).
void addBuiltinRules(core::RuleSet& rules, core::RuleLoadReport& report);

}  // namespace hitome::ui
