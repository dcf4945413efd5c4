// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "ui/util/tactic_info.h"

namespace hitome::ui {

// Reads the tactics from the built-in ATT&CK catalog.
std::vector<TacticInfo> loadWorkbenchTactics();

}  // namespace hitome::ui
