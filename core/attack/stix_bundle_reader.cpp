// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/attack/stix_bundle_reader.h"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>

#include "core/attack/attack_lookup_key.h"

namespace hitome::core {

namespace {

using Json = nlohmann::json;

// ATT&CK objects nest five levels at most; anything deeper is not a bundle.
constexpr int kMaxDepth = 24;
constexpr std::string_view kEnterpriseKillChain = "mitre-attack";
constexpr std::string_view kEnterpriseDomain = "enterprise-attack";

// Fields kept from each object; the rest is dropped while parsing.
constexpr std::array<std::string_view, 14> kKeptFields = {
    "type", "id", "name", "description", "external_references", "kill_chain_phases", "revoked",
    "x_mitre_deprecated", "x_mitre_shortname", "x_mitre_domains", "tactic_refs", "relationship_type",
    "source_ref", "target_ref"};

struct TooDeep {
    std::uint64_t depth;
};

bool isKeptField(const std::string& key) {
    for (auto kept : kKeptFields)
        if (key == kept) return true;
    return key == "x_mitre_version";
}

std::string str(const Json& obj, const char* key) {
    const auto it = obj.find(key);
    return (it != obj.end() && it->is_string()) ? it->get<std::string>() : std::string();
}

bool flag(const Json& obj, const char* key) {
    const auto it = obj.find(key);
    return it != obj.end() && it->is_boolean() && it->get<bool>();
}

// The ATT&CK ID and page of an object: its "mitre-attack" external reference.
void readAttackReference(const Json& obj, std::string& attackId, std::string& url) {
    const auto refs = obj.find("external_references");
    if (refs == obj.end() || !refs->is_array()) return;
    for (const auto& ref : *refs) {
        if (!ref.is_object() || str(ref, "source_name") != "mitre-attack") continue;
        attackId = str(ref, "external_id");
        url = str(ref, "url");
        return;
    }
}

bool hasEnterpriseDomain(const Json& obj) {
    const auto domains = obj.find("x_mitre_domains");
    if (domains == obj.end() || !domains->is_array()) return true;
    for (const auto& d : *domains)
        if (d.is_string() && d.get<std::string>() == kEnterpriseDomain) return true;
    return false;
}

void readTactic(const Json& obj, StixAttackData& data) {
    StixTactic t;
    t.stixId = str(obj, "id");
    readAttackReference(obj, t.attackId, t.url);
    if (t.attackId.size() != 6 || !t.attackId.starts_with("TA") || flag(obj, "revoked") ||
        flag(obj, "x_mitre_deprecated"))
        return;
    t.shortname = str(obj, "x_mitre_shortname");
    t.name = str(obj, "name");
    t.description = cleanStixDescription(str(obj, "description"));
    t.isEnterprise = hasEnterpriseDomain(obj);
    if (!t.name.empty()) data.tactics.push_back(std::move(t));
}

void readTechnique(const Json& obj, StixAttackData& data) {
    StixTechnique t;
    t.stixId = str(obj, "id");
    readAttackReference(obj, t.attackId, t.url);
    t.attackId = normalizeTechniqueId(t.attackId);
    if (t.attackId.empty()) return;   // mobile/ICS objects without an enterprise ID, or junk
    t.name = str(obj, "name");
    t.description = cleanStixDescription(str(obj, "description"));
    t.isRevoked = flag(obj, "revoked");
    t.isDeprecated = flag(obj, "x_mitre_deprecated");
    if (const auto phases = obj.find("kill_chain_phases"); phases != obj.end() && phases->is_array())
        for (const auto& p : *phases)
            if (p.is_object() && str(p, "kill_chain_name") == kEnterpriseKillChain)
                t.phaseNames.push_back(str(p, "phase_name"));
    data.techniques.push_back(std::move(t));
}

void readMatrix(const Json& obj, StixAttackData& data) {
    std::string attackId, url;
    readAttackReference(obj, attackId, url);
    const auto refs = obj.find("tactic_refs");
    if (attackId != kEnterpriseDomain || refs == obj.end() || !refs->is_array()) return;
    data.matrixTacticRefs.clear();
    for (const auto& r : *refs)
        if (r.is_string()) data.matrixTacticRefs.push_back(r.get<std::string>());
}

void readObject(const Json& obj, StixAttackData& data) {
    if (!obj.is_object()) return;
    const std::string type = str(obj, "type");
    if (type == "x-mitre-tactic") {
        readTactic(obj, data);
    } else if (type == "attack-pattern") {
        readTechnique(obj, data);
    } else if (type == "x-mitre-matrix") {
        readMatrix(obj, data);
    } else if (type == "relationship" && str(obj, "relationship_type") == "revoked-by") {
        data.revokedBy.emplace_back(str(obj, "source_ref"), str(obj, "target_ref"));
    } else if (type == "x-mitre-collection" && data.version.empty()) {
        data.version = str(obj, "x_mitre_version");
    }
}

Error bundleError(std::string detail) { return Error::make(ErrorCode::Format, "ATT&CK STIX bundle: " + std::move(detail)); }

}  // namespace

Result<StixAttackData> readStixBundle(std::string_view stixJson) {
    StixAttackData data;
    size_t objectCount = 0;
    // Each element of "objects" is read when it closes and then discarded.
    auto onEvent = [&](int depth, Json::parse_event_t event, Json& parsed) -> bool {
        if (depth > kMaxDepth) throw TooDeep{static_cast<std::uint64_t>(depth)};
        if (event == Json::parse_event_t::key && depth == 3) return isKeptField(parsed.get_ref<const std::string&>());
        if (event == Json::parse_event_t::object_end && depth == 2) {
            ++objectCount;
            readObject(parsed, data);
            return false;
        }
        return true;
    };
    Json root;
    try {
        root = Json::parse(stixJson.begin(), stixJson.end(), onEvent);
    } catch (const Json::parse_error& e) {
        return bundleError("not valid JSON: " + std::string(e.what())).atOffset(e.byte > 0 ? e.byte - 1 : 0);
    } catch (const TooDeep& e) {
        return bundleError("nesting deeper than " + std::to_string(kMaxDepth) + " levels (" +
                           std::to_string(e.depth) + ")");
    } catch (const Json::exception& e) {
        return bundleError(std::string("unreadable: ") + e.what());
    }
    if (!root.is_object() || str(root, "type") != "bundle" || !root.contains("objects"))
        return bundleError("not a STIX bundle (expected an object with \"type\": \"bundle\" and \"objects\")");
    const bool hasEnterpriseTactic =
        std::any_of(data.tactics.begin(), data.tactics.end(), [](const StixTactic& t) { return t.isEnterprise; });
    const bool hasEnterpriseTechnique = std::any_of(data.techniques.begin(), data.techniques.end(),
                                                    [](const StixTechnique& t) { return !t.phaseNames.empty(); });
    if (!hasEnterpriseTactic || !hasEnterpriseTechnique)
        return bundleError("holds no Enterprise ATT&CK tactics or techniques (" + std::to_string(objectCount) +
                           " objects read; mobile and ICS bundles are not supported)");
    return data;
}

std::string cleanStixDescription(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        if (text.substr(i).starts_with("(Citation:")) {
            const size_t close = text.find(')', i);
            if (close == std::string_view::npos) break;
            while (!out.empty() && out.back() == ' ') out.pop_back();
            i = close + 1;
            continue;
        }
        if (text[i] == '[') {
            // Markdown link [label](target): keep the label only.
            const size_t labelEnd = text.find(']', i);
            if (labelEnd != std::string_view::npos && labelEnd + 1 < text.size() && text[labelEnd + 1] == '(') {
                const size_t targetEnd = text.find(')', labelEnd);
                if (targetEnd != std::string_view::npos) {
                    out.append(text.substr(i + 1, labelEnd - i - 1));
                    i = targetEnd + 1;
                    continue;
                }
            }
        }
        out += text[i++];
    }
    while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
    return out;
}

}  // namespace hitome::core
