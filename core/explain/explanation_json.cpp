// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/explain/explanation_json.h"

#include <map>

#include "core/explain/explanation_labels.h"
#include "core/explain/visible_text.h"

namespace hitome::core {
namespace {

using nlohmann::json;

std::string vis(std::string_view s) { return visibleText(s); }

json binaryJson(const Explanation& ex, Lang lang) {
    if (ex.binary.isEmpty()) return nullptr;
    json b;
    b["name"] = vis(ex.binary.canonicalName);
    b["as_written"] = vis(ex.binary.asWritten);
    b["has_path"] = ex.binary.hasPath;
    b["known"] = !ex.kbName.empty();
    b["kb_name"] = vis(ex.kbName);
    b["summary"] = vis(ex.binarySummary.in(lang));
    return b;
}

json entitiesJson(const Explanation& ex, Lang lang) {
    std::map<std::string, std::vector<std::string>> grouped;
    std::vector<std::string> order;
    for (const auto& e : ex.entities) {
        if (!grouped.count(e.kind)) order.push_back(e.kind);
        grouped[e.kind].push_back(vis(entityValueLabel(e.kind, e.value).in(lang)));
    }
    json out = json::object();
    for (const auto& kind : order) {
        const auto& values = grouped[kind];
        out[kind] = values.size() == 1 ? json(values.front()) : json(values);
    }
    return out;
}

json findingsJson(const Explanation& ex, Lang lang) {
    json out = json::array();
    for (const auto& f : ex.findings) {
        json params = json::object();
        for (const auto& [k, v] : f.params) params[k] = vis(v);
        out.push_back({{"code", f.code}, {"severity", std::string(findingSeverityName(f.severity))},
                       {"severity_label", severityLabel(f.severity).in(lang)},
                       {"text", vis(f.text.in(lang))}, {"params", params}});
    }
    return out;
}

json decodedJson(const Explanation& ex, Lang lang) {
    json out = json::array();
    for (const auto& l : ex.decoded)
        out.push_back({{"kind", l.kind}, {"kind_label", decodedKindLabel(l.kind).in(lang)},
                       {"text", visibleText(l.text, {true})}, {"truncated", l.isTruncated}});
    return out;
}

json nodeJson(const Explanation& ex, Lang lang) {
    json j;
    j["command_line"] = vis(ex.commandLine);
    if (!ex.role.empty()) {
        j["role"] = ex.role;
        j["role_label"] = nestedRoleLabel(ex.role).in(lang);
    }
    if (!ex.chainOperator.empty()) {
        j["chain_operator"] = ex.chainOperator;
        j["chain_operator_label"] = chainOperatorLabel(ex.chainOperator).in(lang);
    }
    j["binary"] = binaryJson(ex, lang);
    json args = json::array();
    for (const auto& a : ex.arguments)
        args.push_back({{"text", vis(a.text)}, {"meaning", vis(a.meaning.in(lang))}, {"role", a.role}});
    j["arguments"] = args;
    j["entities"] = entitiesJson(ex, lang);
    j["findings"] = findingsJson(ex, lang);
    j["techniques"] = ex.techniques;
    j["decoded"] = decodedJson(ex, lang);
    json steps = json::array();
    for (const auto& step : ex.nextSteps.in(lang)) steps.push_back(vis(step));
    j["next_steps"] = steps;
    json nested = json::array();
    for (const auto& n : ex.nested) nested.push_back(nodeJson(n, lang));
    j["nested"] = nested;
    return j;
}

}  // namespace

nlohmann::json explanationToJson(const Explanation& ex, Lang lang, const TechniqueLookup& lookup) {
    json j = nodeJson(ex, lang);
    j["language"] = std::string(langCode(lang));
    j["severity"] = std::string(findingSeverityName(ex.highestSeverity()));
    j["severity_label"] = severityLabel(ex.highestSeverity()).in(lang);
    j["techniques"] = ex.allTechniques();
    if (lookup) {
        json details = json::array();
        for (const auto& id : ex.allTechniques()) {
            const TechniqueInfo info = lookup(id);
            details.push_back({{"id", id}, {"name", vis(info.name)}, {"url", vis(info.url)}});
        }
        j["technique_details"] = details;
    }
    return j;
}

}  // namespace hitome::core
