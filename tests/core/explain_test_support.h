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

}  // namespace hitome::test
