// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kb/kb_lint.h"

#include <algorithm>

#include "core/util/text.h"

namespace hitome::core {
namespace {

class EntryLinter {
public:
    EntryLinter(const KbEntry& e, std::vector<KbLintIssue>& out) : m_e(e), m_out(out) {}

    void report(const std::string& problem) { m_out.push_back({m_e.name, problem}); }

    void text(const std::string& field, const std::string& value) {
        if (trim(value).empty()) report(field + " is empty");
    }
    void localized(const std::string& field, const LocalizedText& t) {
        text(field + ".en", t.en);
        text(field + ".ja", t.ja);
    }
    void list(const std::string& field, const std::vector<std::string>& values) {
        for (const auto& v : values) text(field + " item", v);
    }
    void oneOf(const std::string& field, const std::string& value, std::initializer_list<std::string_view> allowed) {
        if (std::find(allowed.begin(), allowed.end(), value) == allowed.end())
            report(field + " \"" + value + "\" is not an allowed value");
    }

private:
    const KbEntry& m_e;
    std::vector<KbLintIssue>& m_out;
};

void lintNextSteps(const KbEntry& e, EntryLinter& lint) {
    if (e.nextSteps.en.empty()) lint.report("next_steps.en is empty");
    if (e.nextSteps.ja.empty()) lint.report("next_steps.ja is empty");
    if (e.nextSteps.en.size() != e.nextSteps.ja.size()) lint.report("next_steps.en and next_steps.ja differ in length");
    lint.list("next_steps.en", e.nextSteps.en);
    lint.list("next_steps.ja", e.nextSteps.ja);
}

void lintTechniques(const KbEntry& e, EntryLinter& lint, const TechniqueExists& exists) {
    if (e.techniques.empty()) lint.report("techniques is empty");
    for (const auto& t : e.techniques) {
        if (!isTechniqueIdFormat(t)) lint.report("technique \"" + t + "\" is not a technique ID");
        else if (exists && !exists(t)) lint.report("technique " + t + " is not in the ATT&CK catalog");
    }
}

}  // namespace

bool isTechniqueIdFormat(std::string_view id) {
    auto digits = [&](size_t from, size_t n) {
        if (id.size() < from + n) return false;
        for (size_t i = from; i < from + n; ++i)
            if (id[i] < '0' || id[i] > '9') return false;
        return true;
    };
    if (id.size() != 5 && id.size() != 9) return false;
    if (id[0] != 'T' || !digits(1, 4)) return false;
    return id.size() == 5 || (id[5] == '.' && digits(6, 3));
}

std::vector<KbLintIssue> lintKbEntry(const KbEntry& e, const TechniqueExists& techniqueExists) {
    std::vector<KbLintIssue> out;
    EntryLinter lint(e, out);
    lint.text("name", e.name);
    lint.list("aliases", e.aliases);
    lint.oneOf("kind", e.kind, {"system-binary", "lolbin", "admin-tool", "system-process", "third-party-tool"});
    lint.list("paths", e.paths);
    lint.text("signer", e.signer);
    if (e.phase) lint.oneOf("phase", *e.phase, {"initial-recon", "exploration", "spread"});
    lint.localized("summary", e.summary);
    lint.localized("admin_use", e.adminUse);
    lint.localized("attacker_use", e.attackerUse);
    lintTechniques(e, lint, techniqueExists);
    for (const auto& sw : e.switches) {
        lint.text("switches.switch", sw.name);
        lint.localized("switch " + sw.name + " meaning", sw.meaning);
    }
    lint.list("normal_parents", e.normalParents);
    lint.list("suspicious_parents", e.suspiciousParents);
    lintNextSteps(e, lint);
    return out;
}

std::vector<KbLintIssue> lintKnowledgeBase(const std::vector<KbEntry>& entries, const TechniqueExists& techniqueExists) {
    std::vector<KbLintIssue> out;
    for (const auto& e : entries) {
        auto issues = lintKbEntry(e, techniqueExists);
        out.insert(out.end(), issues.begin(), issues.end());
    }
    return out;
}

}  // namespace hitome::core
