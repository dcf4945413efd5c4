// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/sigma_rule.h"

#include "core/detect/sigma_event_view.h"

namespace hitome::core {

bool SigmaFieldTest::matches(SigmaEventView& view) const {
    if (fieldId < 0) {
        // Keyword search: any value of the event contains the text.
        const auto& all = view.allLowered();
        auto hit = [&](const SigmaValue& value) {
            for (const auto& v : value)
                for (const auto& text : all)
                    if (v.matchesText(text)) return true;
            return false;
        };
        for (const auto& v : values) {
            if (isAll && !hit(v)) return false;
            if (!isAll && hit(v)) return true;
        }
        return isAll && !values.empty();
    }
    for (const auto& value : values) {
        bool ok = false;
        for (const auto& v : value)
            if (v.matches(view, fieldId)) { ok = true; break; }
        if (isAll && !ok) return false;
        if (!isAll && ok) return true;
    }
    return isAll && !values.empty();
}

bool SigmaSearch::matches(SigmaEventView& view) const {
    for (const auto& group : groups) {
        bool isMatch = true;
        for (const auto& test : group) {
            if (!test.matches(view)) { isMatch = false; break; }
        }
        if (isMatch) return true;
    }
    return false;
}

bool SigmaRule::matches(SigmaEventView& view) const {
    return condition.evaluate([&](int index) { return searches[static_cast<size_t>(index)].matches(view); });
}

}  // namespace hitome::core
