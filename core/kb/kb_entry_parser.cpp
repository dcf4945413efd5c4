// SPDX-License-Identifier: GPL-3.0-or-later
// parseKbEntry (declared in knowledge_base.h): JSON → KbEntry with type checks.
#include <nlohmann/json.hpp>

#include "core/kb/knowledge_base.h"
#include "core/util/text.h"

namespace hitome::core {
namespace {

using nlohmann::json;

// Collects the first problem; later reads become no-ops.
class EntryReader {
public:
    explicit EntryReader(const json& j) : m_j(j) {}

    std::string text(const char* key) {
        const json* v = field(key);
        if (!v) return {};
        if (!v->is_string()) return fail(key, "must be a string"), std::string();
        return v->get<std::string>();
    }
    std::vector<std::string> strings(const char* key) { return stringsOf(field(key), key); }
    LocalizedText localized(const char* key) { return localizedOf(field(key), key); }

    LocalizedList localizedList(const char* key) {
        const json* v = field(key);
        LocalizedList out;
        if (!v) return out;
        if (!v->is_object()) return fail(key, "must be an object with en and ja"), out;
        out.en = stringsOf(v->contains("en") ? &(*v)["en"] : nullptr, key);
        out.ja = stringsOf(v->contains("ja") ? &(*v)["ja"] : nullptr, key);
        return out;
    }

    std::optional<std::string> optionalText(const char* key) {
        const json* v = field(key);
        if (!v || v->is_null()) return std::nullopt;
        if (!v->is_string()) return fail(key, "must be a string or null"), std::nullopt;
        return v->get<std::string>();
    }

    std::vector<KbSwitch> switches() {
        std::vector<KbSwitch> out;
        const json* v = field("switches");
        if (!v) return out;
        if (!v->is_array()) return fail("switches", "must be an array"), out;
        for (const auto& s : *v) {
            if (!s.is_object() || !s.contains("switch") || !s["switch"].is_string())
                return fail("switches", "each item needs a string \"switch\""), out;
            KbSwitch sw;
            sw.name = s["switch"].get<std::string>();
            sw.meaning = localizedOf(s.contains("meaning") ? &s["meaning"] : nullptr, "switches.meaning");
            const std::string risk = s.contains("risk") && s["risk"].is_string() ? s["risk"].get<std::string>() : "";
            if (!parseRisk(risk, sw.risk)) fail("switches.risk", "must be info, low, medium or high");
            out.push_back(std::move(sw));
        }
        return out;
    }

    const std::string& problem() const { return m_problem; }
    bool hasProblem() const { return !m_problem.empty(); }

private:
    const json* field(const char* key) {
        if (hasProblem()) return nullptr;
        if (!m_j.contains(key)) return fail(key, "is missing"), nullptr;
        return &m_j[key];
    }
    void fail(const std::string& key, const std::string& why) {
        if (m_problem.empty()) m_problem = "field \"" + key + "\" " + why;
    }
    std::vector<std::string> stringsOf(const json* v, const char* key) {
        std::vector<std::string> out;
        if (!v) return fail(key, "is missing"), out;
        if (!v->is_array()) return fail(key, "must be an array of strings"), out;
        for (const auto& s : *v) {
            if (!s.is_string()) return fail(key, "must be an array of strings"), out;
            out.push_back(s.get<std::string>());
        }
        return out;
    }
    LocalizedText localizedOf(const json* v, const char* key) {
        LocalizedText out;
        if (!v) return fail(key, "is missing"), out;
        if (!v->is_object() || !v->contains("en") || !v->contains("ja") || !(*v)["en"].is_string() ||
            !(*v)["ja"].is_string())
            return fail(key, "must be an object with string en and ja"), out;
        out.en = (*v)["en"].get<std::string>();
        out.ja = (*v)["ja"].get<std::string>();
        return out;
    }
    static bool parseRisk(const std::string& s, SwitchRisk& risk) {
        static const std::pair<const char*, SwitchRisk> kRisks[] = {
            {"info", SwitchRisk::Info}, {"low", SwitchRisk::Low}, {"medium", SwitchRisk::Medium}, {"high", SwitchRisk::High}};
        for (const auto& [name, value] : kRisks)
            if (equalsNoCase(s, name)) return risk = value, true;
        return false;
    }

    const json& m_j;
    std::string m_problem;
};

Result<KbEntry> readEntry(const json& j, std::string_view fileName) {
    if (!j.is_object()) return Error::make(ErrorCode::Format, "an entry must be a JSON object").inFile(std::string(fileName));
    EntryReader r(j);
    KbEntry e;
    e.name = r.text("name");
    e.aliases = r.strings("aliases");
    e.kind = r.text("kind");
    e.paths = r.strings("paths");
    e.signer = r.text("signer");
    e.phase = r.optionalText("phase");
    e.summary = r.localized("summary");
    e.adminUse = r.localized("admin_use");
    e.attackerUse = r.localized("attacker_use");
    e.techniques = r.strings("techniques");
    e.switches = r.switches();
    e.normalParents = r.strings("normal_parents");
    e.suspiciousParents = r.strings("suspicious_parents");
    e.nextSteps = r.localizedList("next_steps");
    if (!r.hasProblem() && trim(e.name).empty()) return Error::make(ErrorCode::Format, "field \"name\" is empty").inFile(std::string(fileName));
    if (r.hasProblem()) return Error::make(ErrorCode::Format, r.problem()).inFile(std::string(fileName));
    return e;
}

}  // namespace

Result<KbEntry> parseKbEntry(std::string_view fileName, std::string_view bytes) {
    try {
        const json j = json::parse(bytes.begin(), bytes.end());
        return readEntry(j, fileName);
    } catch (const json::parse_error& e) {
        return Error::make(ErrorCode::Format, "invalid JSON").inFile(std::string(fileName)).atOffset(e.byte);
    } catch (const json::exception& e) {
        return Error::make(ErrorCode::Format, std::string("invalid entry: ") + e.what()).inFile(std::string(fileName));
    }
}

}  // namespace hitome::core
