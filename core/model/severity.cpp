// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/severity.h"

#include "core/util/text.h"

namespace hitome::core {

Severity parseSeverity(std::string_view text) {
    const std::string s = toLowerAscii(trim(text));
    if (s == "high" || s == "critical") return Severity::High;
    if (s == "medium" || s == "moderate") return Severity::Medium;
    if (s == "low") return Severity::Low;
    return Severity::Informational;
}

std::string_view severityName(Severity s) {
    switch (s) {
    case Severity::High: return "high";
    case Severity::Medium: return "medium";
    case Severity::Low: return "low";
    case Severity::Informational: return "informational";
    }
    return "informational";
}

}  // namespace hitome::core
