// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/sigma_rule_compiler.h"

#include <yaml-cpp/yaml.h>

#include "core/detect/sigma_detection_compiler.h"

namespace hitome::core {

namespace {

// yaml-cpp parses recursively: refuse deep flow nesting before it can
// exhaust the stack.
bool isNestingTooDeep(std::string_view text, size_t maxDepth) {
    size_t depth = 0;
    for (char c : text) {
        if (c == '[' || c == '{') {
            if (++depth > maxDepth) return true;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    size_t lineStart = 0;
    while (lineStart < text.size()) {
        size_t indent = 0;
        while (lineStart + indent < text.size() && (text[lineStart + indent] == ' ' || text[lineStart + indent] == '-'))
            ++indent;
        if (indent > maxDepth * 8) return true;
        const size_t next = text.find('\n', lineStart);
        if (next == std::string_view::npos) break;
        lineStart = next + 1;
    }
    return false;
}

std::string scalar(const YAML::Node& node, const char* key) {
    const YAML::Node v = node[key];
    return v && v.IsScalar() ? v.Scalar() : std::string();
}

std::vector<std::string> scalarList(const YAML::Node& node, const char* key) {
    std::vector<std::string> out;
    const YAML::Node v = node[key];
    if (v && v.IsSequence())
        for (const auto& item : v)
            if (item.IsScalar()) out.push_back(item.Scalar());
    return out;
}

SigmaRuleInfo readInfo(const YAML::Node& doc, const std::string& sourceName) {
    SigmaRuleInfo info;
    info.id = scalar(doc, "id");
    info.title = scalar(doc, "title");
    info.description = scalar(doc, "description");
    info.status = scalar(doc, "status");
    info.level = scalar(doc, "level");
    info.author = scalar(doc, "author");
    info.date = scalar(doc, "date");
    info.tags = scalarList(doc, "tags");
    info.references = scalarList(doc, "references");
    info.falsePositives = scalarList(doc, "falsepositives");
    info.noteEn = scalar(doc, "note_en");
    info.noteJa = scalar(doc, "note_ja");
    info.sourcePath = sourceName;
    return info;
}

Result<SigmaCondition> compileCondition(const YAML::Node& detection, const std::vector<SigmaSearch>& searches) {
    std::vector<std::string> names;
    for (const auto& s : searches) names.push_back(s.name);
    const YAML::Node cond = detection["condition"];
    if (!cond) return Error::make(ErrorCode::Format, "detection has no condition");
    std::vector<std::string> texts;
    if (cond.IsScalar()) texts.push_back(cond.Scalar());
    else if (cond.IsSequence())
        for (const auto& c : cond)
            if (c.IsScalar()) texts.push_back(c.Scalar());
    if (texts.empty()) return Error::make(ErrorCode::Format, "condition is not text");
    std::vector<SigmaCondition> parts;
    for (const auto& t : texts) {
        auto parsed = SigmaCondition::parse(t, names);
        if (!parsed) {
            if (parsed.error().detail.starts_with("unsupported")) parsed.error().code = ErrorCode::Unsupported;
            return parsed.error();
        }
        parts.push_back(std::move(*parsed));
    }
    return SigmaCondition::anyOf(std::move(parts));
}

// Whether content follows a "---" or "..." line that ends the first
// document's content. Rules are parsed with YAML::Load (one document) rather than
// LoadAll: yaml-cpp 0.7's LoadAll loops forever, allocating, on a document
// that starts with ',' (yaml-cpp #1040; fixed upstream after 0.8).
bool hasSecondDocument(std::string_view text) {
    bool hasContent = false, isFirstEnded = false;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        const bool isMarker = line.starts_with("---") || line.starts_with("...");
        if (isMarker && (line.size() == 3 || line[3] == ' ' || line[3] == '\t')) {
            isFirstEnded = hasContent;
            continue;
        }
        const std::size_t first = line.find_first_not_of(" \t");
        if (first == std::string_view::npos || line[first] == '#') continue;
        if (isFirstEnded) return true;
        hasContent = true;
    }
    return false;
}

}  // namespace

Result<SigmaRule> SigmaRuleCompiler::compile(std::string_view yamlText, const std::string& sourceName) {
    if (yamlText.size() > m_limits.maxFileBytes)
        return Error::make(ErrorCode::TooLarge, "rule file is larger than " + std::to_string(m_limits.maxFileBytes) + " bytes")
            .inFile(sourceName);
    if (isNestingTooDeep(yamlText, m_limits.maxNesting))
        return Error::make(ErrorCode::TooLarge, "YAML nested too deeply").inFile(sourceName);
    try {
        if (hasSecondDocument(yamlText))
            return Error::make(ErrorCode::Unsupported, "unsupported: multi-document rule collection").inFile(sourceName);
        const YAML::Node doc = YAML::Load(std::string(yamlText));
        if (!doc.IsMap()) return Error::make(ErrorCode::Format, "rule is not a YAML map").inFile(sourceName);
        if (doc["correlation"]) return Error::make(ErrorCode::Unsupported, "unsupported: correlation rule").inFile(sourceName);
        SigmaRule rule;
        rule.info = readInfo(doc, sourceName);
        if (rule.info.title.empty()) return Error::make(ErrorCode::Format, "rule has no title").inFile(sourceName);
        rule.severity = parseSeverity(rule.info.level);
        const YAML::Node ls = doc["logsource"];
        if (!ls || !ls.IsMap()) return Error::make(ErrorCode::Format, "rule has no logsource").inFile(sourceName);
        auto logsource = SigmaLogsource::map(scalar(ls, "product"), scalar(ls, "category"), scalar(ls, "service"));
        if (!logsource) return logsource.error().inFile(sourceName);
        rule.logsource = std::move(*logsource);
        const YAML::Node detection = doc["detection"];
        if (!detection) return Error::make(ErrorCode::Format, "rule has no detection").inFile(sourceName);
        SigmaDetectionCompiler detections(m_fields, m_limits);
        if (auto st = detections.compile(detection, rule.searches); !st) return st.error().inFile(sourceName);
        auto condition = compileCondition(detection, rule.searches);
        if (!condition) return condition.error().inFile(sourceName);
        rule.condition = std::move(*condition);
        return rule;
    } catch (const YAML::Exception& e) {
        const std::string where = e.mark.pos >= 0 ? " at line " + std::to_string(e.mark.line + 1) : std::string();
        return Error::make(ErrorCode::Format, "invalid YAML" + where + ": " + e.msg).inFile(sourceName);
    } catch (const std::exception& e) {
        return Error::make(ErrorCode::Format, std::string("invalid rule: ") + e.what()).inFile(sourceName);
    }
}

}  // namespace hitome::core
