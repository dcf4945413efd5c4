// SPDX-License-Identifier: GPL-3.0-or-later
// AttackCatalog::fromJson: reads Hitome's catalog JSON (see
// resources/attack/README.md and scripts/gen_attack_catalog.py).

#include <nlohmann/json.hpp>

#include "core/attack/attack_catalog.h"
#include "core/attack/attack_lookup_key.h"

namespace hitome::core {

namespace {

using Json = nlohmann::json;
constexpr int kFormatVersion = 1;

Error formatError(std::string detail) { return Error::make(ErrorCode::Format, "ATT&CK catalog: " + std::move(detail)); }

std::string stringField(const Json& obj, const char* key) {
    const auto it = obj.find(key);
    return (it != obj.end() && it->is_string()) ? it->get<std::string>() : std::string();
}

std::vector<std::string> stringList(const Json& obj, const char* key) {
    std::vector<std::string> out;
    const auto it = obj.find(key);
    if (it == obj.end() || !it->is_array()) return out;
    for (const auto& v : *it)
        if (v.is_string()) out.push_back(v.get<std::string>());
    return out;
}

Result<Tactic> readTactic(const Json& j, size_t index) {
    Tactic t;
    if (!j.is_object()) return formatError("tactic " + std::to_string(index + 1) + " is not an object");
    t.id = stringField(j, "id");
    t.shortname = stringField(j, "shortname");
    t.name = stringField(j, "name");
    if (t.id.size() != 6 || !t.id.starts_with("TA") || t.shortname.empty() || t.name.empty())
        return formatError("tactic " + std::to_string(index + 1) + " lacks an id (TAnnnn), shortname or name");
    t.nameJa = stringField(j, "name_ja");
    t.defenderLabelJa = stringField(j, "defender_label_ja");
    t.url = stringField(j, "url");
    t.description = stringField(j, "description");
    t.formerNames = stringList(j, "former_names");
    for (auto& s : stringList(j, "former_shortnames")) t.formerNames.push_back(std::move(s));
    t.otherNamesJa = stringList(j, "other_names_ja");
    return t;
}

Result<Technique> readTechnique(const Json& j, size_t index) {
    Technique t;
    if (!j.is_object()) return formatError("technique " + std::to_string(index + 1) + " is not an object");
    t.id = normalizeTechniqueId(stringField(j, "id"));
    t.name = stringField(j, "name");
    if (t.id.empty() || t.name.empty())
        return formatError("technique " + std::to_string(index + 1) + " lacks a valid id (Tnnnn[.nnn]) or name");
    t.url = stringField(j, "url");
    t.description = stringField(j, "description");
    t.tacticIds = stringList(j, "tactics");
    t.parentId = normalizeTechniqueId(stringField(j, "parent"));
    t.isSubtechnique = t.id.size() > 5;
    if (t.isSubtechnique && t.parentId.empty()) t.parentId = t.id.substr(0, 5);
    return t;
}

Status checkTacticRefs(const AttackCatalog& catalog) {
    for (const auto& t : catalog.techniques())
        for (const auto& id : t.tacticIds)
            if (!catalog.tactic(id)) return formatError("technique " + t.id + " names unknown tactic " + id);
    return {};
}

}  // namespace

Result<AttackCatalog> AttackCatalog::fromJson(std::string_view catalogJson) {
    Json root;
    try {
        root = Json::parse(catalogJson.begin(), catalogJson.end());
    } catch (const Json::parse_error& e) {
        return formatError("not valid JSON: " + std::string(e.what())).atOffset(e.byte > 0 ? e.byte - 1 : 0);
    }
    if (!root.is_object()) return formatError("top level is not an object");
    const auto version = root.find("format_version");
    if (version == root.end() || !version->is_number_integer() || version->get<int>() != kFormatVersion)
        return formatError("unsupported format_version (expected " + std::to_string(kFormatVersion) + ")");
    const auto tactics = root.find("tactics");
    const auto techniques = root.find("techniques");
    if (tactics == root.end() || !tactics->is_array() || tactics->empty() || techniques == root.end() ||
        !techniques->is_array())
        return formatError("missing the tactics or techniques array");
    AttackCatalog catalog;
    catalog.m_attackVersion = stringField(root, "attack_version");
    for (size_t i = 0; i < tactics->size(); ++i) {
        auto t = readTactic((*tactics)[i], i);
        if (!t) return t.error();
        catalog.m_tactics.push_back(std::move(t.value()));
    }
    for (size_t i = 0; i < techniques->size(); ++i) {
        auto t = readTechnique((*techniques)[i], i);
        if (!t) return t.error();
        catalog.m_techniques.push_back(std::move(t.value()));
    }
    if (const auto revoked = root.find("revoked"); revoked != root.end() && revoked->is_object()) {
        for (const auto& [oldId, entry] : revoked->items()) {
            const std::string from = normalizeTechniqueId(oldId);
            const std::string to = entry.is_object() ? normalizeTechniqueId(stringField(entry, "replaced_by")) : "";
            if (from.empty() || to.empty()) return formatError("revoked entry " + oldId + " is malformed");
            catalog.m_revoked[from] = to;
        }
    }
    catalog.rebuildIndexes();
    if (auto ok = checkTacticRefs(catalog); !ok) return ok.error();
    return catalog;
}

}  // namespace hitome::core
