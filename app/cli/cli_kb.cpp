// SPDX-License-Identifier: GPL-3.0-or-later
// `hitome kb list [--json]`, `hitome kb show NAME [--lang ja] [--json]`,
// `hitome kb lint`: the built-in knowledge base of Windows binaries.

#include <nlohmann/json.hpp>

#include "app/cli/arg_parser.h"
#include "app/cli/cli_support.h"
#include "app/cli/command_registry.h"
#include "core/attack/attack_catalog.h"
#include "core/explain/explanation_labels.h"
#include "core/explain/visible_text.h"
#include "core/kb/kb_lint.h"
#include "ui/util/knowledge_source.h"

namespace hitome::app {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kOverview =
    "usage: hitome kb list [--json]\n"
    "       hitome kb show NAME [--lang en|ja] [--json]\n"
    "       hitome kb lint\n\n"
    "The built-in knowledge base: what each Windows binary is, how admins and attackers use it,\n"
    "its switches, ATT&CK techniques and what to check next.\n";

Json localizedJson(const core::LocalizedText& t) { return Json{{"en", t.en}, {"ja", t.ja}}; }

Json entryJson(const core::KbEntry& e) {
    Json switches = Json::array();
    for (const auto& s : e.switches)
        switches.push_back({{"switch", s.name}, {"meaning", localizedJson(s.meaning)}, {"risk", std::string(core::switchRiskName(s.risk))}});
    return Json{{"name", e.name}, {"aliases", e.aliases}, {"kind", e.kind}, {"paths", e.paths}, {"signer", e.signer},
                {"phase", e.phase ? Json(*e.phase) : Json(nullptr)}, {"summary", localizedJson(e.summary)},
                {"admin_use", localizedJson(e.adminUse)}, {"attacker_use", localizedJson(e.attackerUse)},
                {"techniques", e.techniques}, {"switches", switches}, {"normal_parents", e.normalParents},
                {"suspicious_parents", e.suspiciousParents},
                {"next_steps", Json{{"en", e.nextSteps.en}, {"ja", e.nextSteps.ja}}}};
}

std::string dump(const Json& j) { return j.dump(2, ' ', false, Json::error_handler_t::replace); }
std::string vis(std::string_view s) { return core::visibleText(s); }

int runList(CliContext& ctx) {
    ArgParser p("hitome kb list [--json]", "List the knowledge-base entries.");
    p.addFlag("json", "print a JSON array of {name, kind, phase, techniques}");
    if (auto code = p.parse(ctx); code) return *code;
    const auto& kb = ui::builtinKnowledgeBase();
    if (p.has("json")) {
        Json list = Json::array();
        for (const auto& e : kb.entries())
            list.push_back({{"name", e.name}, {"kind", e.kind}, {"phase", e.phase ? Json(*e.phase) : Json(nullptr)}, {"techniques", e.techniques}});
        ctx.out << dump(list) << "\n";
        return kExitOk;
    }
    for (const auto& e : kb.entries())
        ctx.out << vis(e.name) << "  [" << vis(e.kind) << (e.phase ? ", " + vis(*e.phase) : "") << "]\n";
    return kExitOk;
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& i : items) out += (out.empty() ? "" : ", ") + vis(i);
    return out;
}

void printEntry(std::ostream& out, const core::KbEntry& e, core::Lang lang) {
    const bool ja = lang == core::Lang::Ja;
    out << vis(e.name) << "  (" << vis(core::binaryKindLabel(e.kind).in(lang)) << ", " << vis(e.signer);
    if (e.phase) out << (ja ? "、JPCERT/CC の段階: " : ", JPCERT/CC phase: ") << vis(core::kbPhaseLabel(*e.phase).in(lang));
    out << ")\n";
    for (const auto& path : e.paths) out << "  " << vis(path) << "\n";
    out << "\n" << vis(e.summary.in(lang)) << "\n\n"
        << (ja ? "管理者の使い方: " : "Admin use: ") << vis(e.adminUse.in(lang)) << "\n\n"
        << (ja ? "攻撃者の使い方: " : "Attacker use: ") << vis(e.attackerUse.in(lang)) << "\n\n"
        << "ATT&CK:";
    for (const auto& t : e.techniques) {
        const core::Technique* tech = cliAttackCatalog().technique(t);
        out << "\n  " << t << (tech ? "  " + vis(cliAttackCatalog().fullName(*tech)) : "");
    }
    out << "\n\n" << (ja ? "スイッチ:" : "Switches:") << "\n";
    for (const auto& s : e.switches)
        out << "  " << vis(s.name) << "  [" << core::switchRiskLabel(core::switchRiskName(s.risk)).in(lang) << "]  "
            << vis(s.meaning.in(lang)) << "\n";
    out << "\n" << (ja ? "通常の親プロセス: " : "Normal parents: ") << joined(e.normalParents) << "\n"
        << (ja ? "不審な親プロセス: " : "Suspicious parents: ") << joined(e.suspiciousParents) << "\n";
    out << "\n" << (ja ? "次に確認すること:" : "Check next:") << "\n";
    for (const auto& step : e.nextSteps.in(lang)) out << "  - " << vis(step) << "\n";
}

int runShow(CliContext& ctx) {
    ArgParser p("hitome kb show NAME [--lang en|ja] [--json]", "Show one knowledge-base entry (name, alias or path).");
    p.addPositional("NAME", "e.g. schtasks, schtasks.exe or C:\\Windows\\System32\\schtasks.exe");
    p.addOption("lang", "LANG", "en (default) or ja");
    p.addFlag("json", "print the entry as JSON (both languages)");
    if (auto code = p.parse(ctx); code) return *code;
    core::Lang lang = core::Lang::En;
    if (p.has("lang") && !core::parseLang(p.value("lang"), lang)) {
        ctx.err << "hitome kb show: unknown language '" << p.value("lang") << "' (expected en or ja)\n";
        return kExitUsage;
    }
    const core::KbEntry* e = ui::builtinKnowledgeBase().find(p.positional(0));
    if (!e) {
        ctx.err << "hitome kb show: no entry for '" << vis(p.positional(0)) << "' (see hitome kb list)\n";
        return kExitBadInput;
    }
    if (p.has("json")) ctx.out << dump(entryJson(*e)) << "\n";
    else printEntry(ctx.out, *e, lang);
    return kExitOk;
}

int runLint(CliContext& ctx) {
    ArgParser p("hitome kb lint", "Check every built-in entry: both languages, no empty fields, known ATT&CK IDs.");
    if (auto code = p.parse(ctx); code) return *code;
    const auto& catalog = cliAttackCatalog();
    const auto issues = core::lintKnowledgeBase(ui::builtinKnowledgeBase().entries(),
                                                [&](std::string_view id) { return catalog.technique(id) != nullptr; });
    for (const auto& i : issues) ctx.out << vis(i.entry) << ": " << vis(i.problem) << "\n";
    ctx.out << ui::builtinKnowledgeBase().size() << " entries, " << issues.size() << " problems\n";
    return issues.empty() ? kExitOk : kExitBadInput;
}

int runKb(CliContext& ctx) {
    if (ctx.args.empty() || ctx.args[0] == "--help" || ctx.args[0] == "-h") {
        (ctx.args.empty() ? ctx.err : ctx.out) << kOverview;
        return ctx.args.empty() ? kExitUsage : kExitOk;
    }
    const std::string action = ctx.args[0];
    CliContext sub{std::vector<std::string>(ctx.args.begin() + 1, ctx.args.end()), ctx.out, ctx.err};
    if (action == "list") return runList(sub);
    if (action == "show") return runShow(sub);
    if (action == "lint") return runLint(sub);
    ctx.err << "hitome kb: unknown action '" << action << "' (expected: list, show, lint)\n";
    return kExitUsage;
}

const CommandRegistration kRegistration({"kb", "knowledge base: kb list | show NAME | lint", runKb});

}  // namespace
}  // namespace hitome::app
