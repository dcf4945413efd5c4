// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/explain/explanation.h"

#include <algorithm>

namespace hitome::core {
namespace {

void collectTechniques(const Explanation& ex, std::vector<std::string>& out) {
    for (const auto& t : ex.techniques)
        if (std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
    for (const auto& n : ex.nested) collectTechniques(n, out);
}

}  // namespace

std::vector<std::string> Explanation::allTechniques() const {
    std::vector<std::string> out;
    collectTechniques(*this, out);
    return out;
}

std::string Explanation::entity(std::string_view kind) const {
    for (const auto& e : entities)
        if (e.kind == kind) return e.value;
    return {};
}

bool Explanation::hasFinding(std::string_view code) const {
    for (const auto& f : findings)
        if (f.code == code) return true;
    return std::any_of(nested.begin(), nested.end(), [&](const Explanation& n) { return n.hasFinding(code); });
}

Severity Explanation::highestSeverity() const {
    Severity s = Severity::Informational;
    for (const auto& f : findings) s = std::max(s, f.severity);
    for (const auto& n : nested) s = std::max(s, n.highestSeverity());
    return s;
}

std::string_view findingSeverityName(Severity s) {
    switch (s) {
        case Severity::Low: return "low";
        case Severity::Medium: return "medium";
        case Severity::High: return "high";
        case Severity::Informational: break;
    }
    return "info";
}

}  // namespace hitome::core
