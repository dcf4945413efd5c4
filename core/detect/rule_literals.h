// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The literals a rule cannot match without: a set of (field, text) such that
// whenever the rule matches an event, at least one of those fields contains
// its text (lowered). The candidate index evaluates a rule only when one is
// present, found for all rules at once by one pass per field.

#include <optional>
#include <string>
#include <vector>

#include "core/detect/sigma_rule.h"

namespace hitome::core {

struct RequiredLiteral {
    int fieldId = -1;
    std::string text;   // lowered (ASCII)
};

// nullopt when the rule could match without any literal we can name
// (regexes, numbers, `not`, keyword searches, null...): it is always evaluated.
std::optional<std::vector<RequiredLiteral>> requiredLiterals(const SigmaRule& rule);

}  // namespace hitome::core
