// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the Sigma compiler (includes yaml-cpp, which is private to
// hitome_core): turns a rule's `detection` map into searches.

#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

#include "core/detect/sigma_field_table.h"
#include "core/detect/sigma_limits.h"
#include "core/detect/sigma_rule.h"
#include "core/util/result.h"

namespace hitome::core {

class SigmaDetectionCompiler {
public:
    SigmaDetectionCompiler(SigmaFieldTable& fields, const SigmaLimits& limits) : m_fields(fields), m_limits(limits) {}

    // Fills `searches` from every key of `detection` except condition.
    Status compile(const YAML::Node& detection, std::vector<SigmaSearch>& searches);

private:
    Status compileSearch(const YAML::Node& node, SigmaSearch& search);
    Status compileGroup(const YAML::Node& map, std::vector<SigmaFieldTest>& group);
    Status compileItem(const std::string& key, const YAML::Node& value, SigmaFieldTest& test);
    Status compileKeywords(const YAML::Node& list, std::vector<SigmaFieldTest>& group);
    Status countValues(size_t added);

    SigmaFieldTable& m_fields;
    const SigmaLimits& m_limits;
    size_t m_valueCount = 0;
};

}  // namespace hitome::core
