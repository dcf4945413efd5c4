// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A Sigma rule compiled for matching: metadata, the logsource targets, the
// searches (OR of AND-groups of field tests) and the condition over them.

#include <string>
#include <vector>

#include "core/detect/sigma_condition.h"
#include "core/detect/sigma_logsource.h"
#include "core/detect/sigma_value_test.h"
#include "core/model/severity.h"

namespace hitome::core {

class SigmaEventView;

// One value as written in the rule, with the variants modifiers made of it
// (windash, base64offset...): any variant may match.
using SigmaValue = std::vector<SigmaValueTest>;

// One "Field|modifiers: values" item. fieldId -1 means a keyword search over
// every field. Values are ORed, or ANDed with the `all` modifier.
struct SigmaFieldTest {
    int fieldId = -1;
    bool isAll = false;
    std::vector<SigmaValue> values;
    bool matches(SigmaEventView& view) const;
};

// A search identifier: its AND-groups, any of which may match.
struct SigmaSearch {
    std::string name;
    std::vector<std::vector<SigmaFieldTest>> groups;
    bool matches(SigmaEventView& view) const;
};

struct SigmaRuleInfo {
    std::string id, title, description, status, level, author, date;
    std::vector<std::string> tags, references, falsePositives;
    std::string noteEn, noteJa;   // our rule pack's explanations
    std::string sourcePath;
};

struct SigmaRule {
    SigmaRuleInfo info;
    Severity severity = Severity::Informational;
    SigmaLogsource logsource;
    std::vector<SigmaSearch> searches;
    SigmaCondition condition;

    bool matches(SigmaEventView& view) const;
};

}  // namespace hitome::core
