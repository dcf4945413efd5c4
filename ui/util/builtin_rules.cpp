// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/util/builtin_rules.h"

#include "ui/util/builtin_resources.h"

namespace hitome::ui {

void addBuiltinRules(core::RuleSet& rules, core::RuleLoadReport& report) {
    for (const auto& [name, bytes] : readResourceDir(QStringLiteral(":/rules")))
        rules.addRuleText(bytes, ":/rules/" + name, report);
}

}  // namespace hitome::ui
