// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Compiles one Sigma rule (YAML text) into a SigmaRule. Errors come back as
// ErrorCode::Unsupported (valid Sigma we cannot run: aggregations, unknown
// logsources or modifiers, regex features RE2 lacks) or another code for
// broken input; the detail is one line.

#include <string>
#include <string_view>

#include "core/detect/sigma_field_table.h"
#include "core/detect/sigma_limits.h"
#include "core/detect/sigma_rule.h"
#include "core/util/result.h"

namespace hitome::core {

class SigmaRuleCompiler {
public:
    explicit SigmaRuleCompiler(SigmaFieldTable& fields, SigmaLimits limits = {}) : m_fields(fields), m_limits(limits) {}

    Result<SigmaRule> compile(std::string_view yamlText, const std::string& sourceName);
    const SigmaLimits& limits() const { return m_limits; }

private:
    SigmaFieldTable& m_fields;
    SigmaLimits m_limits;
};

}  // namespace hitome::core
