// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finding codes and their English/Japanese sentences. A sentence names its
// parameters as {name}; makeFinding substitutes them (values shown visibly).

#include <string_view>

#include "core/explain/explanation.h"

namespace hitome::core {

// Builds a finding; an unknown code renders as the code itself.
Finding makeFinding(std::string_view code, Severity severity, FindingParams params = {});

// True when `code` has sentences in the catalog.
bool isKnownFindingCode(std::string_view code);

}  // namespace hitome::core
