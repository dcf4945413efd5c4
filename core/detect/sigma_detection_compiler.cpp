// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/sigma_detection_compiler.h"

#include "core/detect/sigma_modifiers.h"
#include "core/util/text.h"

namespace hitome::core {

namespace {

Error formatError(std::string detail) { return Error::make(ErrorCode::Format, std::move(detail)); }

}  // namespace

Status SigmaDetectionCompiler::countValues(size_t added) {
    m_valueCount += added;
    if (m_valueCount > m_limits.maxValues)
        return Error::make(ErrorCode::TooLarge, "rule has more than " + std::to_string(m_limits.maxValues) + " values");
    return {};
}

Status SigmaDetectionCompiler::compile(const YAML::Node& detection, std::vector<SigmaSearch>& searches) {
    if (!detection.IsMap()) return formatError("detection is not a map");
    for (const auto& entry : detection) {
        const std::string key = entry.first.as<std::string>();
        if (key == "condition") continue;
        if (key == "timeframe") return Error::make(ErrorCode::Unsupported, "unsupported: timeframe (correlation)");
        if (searches.size() >= m_limits.maxSearches)
            return Error::make(ErrorCode::TooLarge, "rule has more than " + std::to_string(m_limits.maxSearches) + " searches");
        SigmaSearch search;
        search.name = key;
        if (auto st = compileSearch(entry.second, search); !st) {
            st.error().detail = "search '" + key + "': " + st.error().detail;
            return st;
        }
        searches.push_back(std::move(search));
    }
    if (searches.empty()) return formatError("detection has no search");
    return {};
}

Status SigmaDetectionCompiler::compileSearch(const YAML::Node& node, SigmaSearch& search) {
    if (node.IsMap()) {
        search.groups.emplace_back();
        return compileGroup(node, search.groups.back());
    }
    if (!node.IsSequence()) {
        // A single keyword.
        search.groups.emplace_back();
        YAML::Node list(YAML::NodeType::Sequence);
        list.push_back(node);
        return compileKeywords(list, search.groups.back());
    }
    bool hasMaps = false, hasScalars = false;
    for (const auto& item : node) (item.IsMap() ? hasMaps : hasScalars) = true;
    if (hasMaps && hasScalars) return formatError("search mixes maps and keywords");
    if (hasScalars) {
        search.groups.emplace_back();
        return compileKeywords(node, search.groups.back());
    }
    for (const auto& item : node) {
        if (search.groups.size() >= m_limits.maxSearches)
            return Error::make(ErrorCode::TooLarge, "search has too many alternatives");
        search.groups.emplace_back();
        if (auto st = compileGroup(item, search.groups.back()); !st) return st;
    }
    return {};
}

Status SigmaDetectionCompiler::compileGroup(const YAML::Node& map, std::vector<SigmaFieldTest>& group) {
    for (const auto& entry : map) {
        SigmaFieldTest test;
        if (auto st = compileItem(entry.first.as<std::string>(), entry.second, test); !st) return st;
        group.push_back(std::move(test));
    }
    return {};
}

Status SigmaDetectionCompiler::compileKeywords(const YAML::Node& list, std::vector<SigmaFieldTest>& group) {
    SigmaFieldTest test;
    if (auto st = compileItem("", list, test); !st) return st;
    group.push_back(std::move(test));
    return {};
}

Status SigmaDetectionCompiler::compileItem(const std::string& key, const YAML::Node& value, SigmaFieldTest& test) {
    const auto parts = split(key, '|');
    const std::string field(parts.empty() ? std::string_view() : parts.front());
    auto modifiers = SigmaModifiers::parse(std::vector<std::string_view>(parts.begin() + (parts.empty() ? 0 : 1), parts.end()));
    if (!modifiers) return modifiers.error();
    if (field.empty()) modifiers->useContainsByDefault();
    test.fieldId = field.empty() ? -1 : m_fields.intern(field);
    test.isAll = modifiers->isAll;
    std::vector<YAML::Node> raw;
    if (value.IsSequence()) {
        for (const auto& v : value) raw.push_back(v);
    } else {
        raw.push_back(value);
    }
    for (const auto& v : raw) {
        if (!v.IsScalar() && !v.IsNull()) return formatError("value of '" + key + "' is not a scalar");
        std::optional<std::string> text;
        if (v.IsScalar()) text = v.Scalar();
        auto tests = modifiers->build(text, m_fields);
        if (!tests) return tests.error();
        if (auto st = countValues(tests->size()); !st) return st;
        test.values.push_back(std::move(*tests));
    }
    if (test.fieldId < 0 && modifiers->needsField())
        return Error::make(ErrorCode::Unsupported, "unsupported: modifier needs a field name in keyword search");
    return {};
}

}  // namespace hitome::core
