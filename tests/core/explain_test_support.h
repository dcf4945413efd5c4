// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the explainer tests: the built-in knowledge base read
// from resources/knowledge, explaining with it, and finding/technique lookups.

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "core/attack/attack_catalog.h"
#include "core/explain/command_explainer.h"
#include "core/explain/explain_context.h"
#include "core/explain/explanation_labels.h"
#include "core/explain/finding_catalog.h"
#include "core/kb/knowledge_base.h"
#include "tests_support/test_paths.h"

namespace hitome::test {

inline const core::KnowledgeBase& builtinKb() {
    static const core::KnowledgeBase kb = [] {
        std::vector<core::KbDocument> docs;
        const auto dir = resourcesDir() / "knowledge";
        if (std::filesystem::exists(dir))
            for (const auto& f : std::filesystem::directory_iterator(dir))
                if (f.path().extension() == ".json") docs.emplace_back(f.path().filename().string(), readFile(f.path()));
        std::vector<core::Error> problems;
        return core::KnowledgeBase::fromDocumentsLenient(docs, problems);
    }();
    return kb;
}

inline core::Explanation explain(const std::string& line) { return core::CommandExplainer(&builtinKb()).explain(line); }

inline const core::Finding* findingOf(const core::Explanation& ex, const std::string& code) {
    for (const auto& f : ex.findings)
        if (f.code == code) return &f;
    for (const auto& n : ex.nested)
        if (const core::Finding* f = findingOf(n, code)) return f;
    return nullptr;
}

inline std::string param(const core::Finding* f, const std::string& key) {
    if (!f) return "<no finding>";
    for (const auto& [k, v] : f->params)
        if (k == key) return v;
    return "<no param>";
}

inline bool hasTechnique(const core::Explanation& ex, const std::string& id) {
    const auto all = ex.allTechniques();
    return std::find(all.begin(), all.end(), id) != all.end();
}

// base64 of the UTF-16LE form of an ASCII script, as -EncodedCommand expects.
inline std::string utf16Base64(const std::string& ascii) {
    std::string bytes;
    for (char c : ascii) bytes += std::string{c, '\0'};
    static const char* k = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        const unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                           static_cast<unsigned char>(bytes[i + 2]);
        for (int s = 18; s >= 0; s -= 6) out += k[(v >> s) & 63];
    }
    if (bytes.size() - i == 2) {
        const unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8);
        out += std::string{k[(v >> 18) & 63], k[(v >> 12) & 63], k[(v >> 6) & 63], '='};
    } else if (bytes.size() - i == 1) {
        const unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
        out += std::string{k[(v >> 18) & 63], k[(v >> 12) & 63], '=', '='};
    }
    return out;
}

// Current (not revoked) technique IDs of the built-in ATT&CK catalog; empty when absent.
inline const std::set<std::string>& currentTechniqueIds() {
    static const std::set<std::string> ids = [] {
        std::set<std::string> out;
        const auto path = resourcesDir() / "attack" / "catalog.json";
        if (!std::filesystem::exists(path)) return out;
        if (auto catalog = core::AttackCatalog::fromJson(readFile(path)))
            for (const auto& t : catalog->techniques()) out.insert(t.id);
        return out;
    }();
    return ids;
}

// Everything an explanation would show in Japanese that has no Japanese
// text: unknown finding codes, labels that fall back to their code, KB
// meanings without a translation, placeholders left in a sentence.
inline void collectUntranslated(const core::Explanation& ex, std::vector<std::string>& out) {
    if (!ex.role.empty() && core::nestedRoleLabel(ex.role).ja == ex.role) out.push_back("role: " + ex.role);
    if (!ex.chainOperator.empty() && core::chainOperatorLabel(ex.chainOperator).ja == ex.chainOperator)
        out.push_back("operator: " + ex.chainOperator);
    for (const auto& f : ex.findings) {
        if (!core::isKnownFindingCode(f.code)) out.push_back("finding code without text: " + f.code);
        if (f.text.ja.empty() || f.text.ja.find('{') != std::string::npos) out.push_back("finding ja: " + f.code);
    }
    for (const auto& e : ex.entities)
        if (core::entityLabel(e.kind).ja == e.kind) out.push_back("entity label: " + e.kind);
    for (const auto& a : ex.arguments)
        if (!a.meaning.en.empty() && a.meaning.ja.empty()) out.push_back("meaning without ja: " + a.text);
    for (const auto& l : ex.decoded)
        if (core::decodedKindLabel(l.kind).ja == l.kind) out.push_back("layer kind: " + l.kind);
    if (!ex.kbName.empty() && ex.binarySummary.ja.empty()) out.push_back("summary without ja: " + ex.kbName);
    if (ex.nextSteps.en.size() != ex.nextSteps.ja.size()) out.push_back("next steps without ja: " + ex.kbName);
    for (const auto& n : ex.nested) collectUntranslated(n, out);
}

inline std::string untranslated(const core::Explanation& ex) {
    std::vector<std::string> problems;
    collectUntranslated(ex, problems);
    std::string out;
    for (const auto& p : problems) out += p + "\n";
    return out;
}

// Arguments of explanations of known programs (this one and nested ones)
// that have no meaning in English or Japanese.
inline void collectUnexplained(const core::Explanation& ex, std::vector<std::string>& out) {
    if (!ex.kbName.empty())
        for (size_t i = 1; i < ex.arguments.size(); ++i)
            if (ex.arguments[i].meaning.en.empty() || ex.arguments[i].meaning.ja.empty())
                out.push_back(ex.kbName + ": " + ex.arguments[i].text);
    for (const auto& n : ex.nested) collectUnexplained(n, out);
}

}  // namespace hitome::test
