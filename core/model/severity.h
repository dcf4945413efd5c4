// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace hitome::core {

// Stored as an integer so that ORDER BY severity sorts by gravity.
enum class Severity { Informational = 0, Low = 1, Medium = 2, High = 3 };

// Accepts Defender/Graph/Sigma spellings ("High", "high", "critical",
// "UnknownFutureValue"...); unknown text maps to Informational.
Severity parseSeverity(std::string_view text);
std::string_view severityName(Severity s);   // "informational", "low", "medium", "high"

}  // namespace hitome::core
