// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Event IDs a rule's condition requires ("EventID: 4698" ANDed at the top),
// used to index service rules that name no event ID in their logsource.

#include <cstdint>
#include <vector>

#include "core/detect/sigma_field_table.h"
#include "core/detect/sigma_rule.h"

namespace hitome::core {

// Empty when the condition does not pin the event ID (then any ID may match).
std::vector<std::uint32_t> requiredEventIds(const SigmaRule& rule, const SigmaFieldTable& fields);

}  // namespace hitome::core
