// SPDX-License-Identifier: GPL-3.0-or-later
// `hitome explain "COMMAND LINE" [--lang en|ja] [--json] [--stdin]`: explain
// one Windows command line with the built-in knowledge base. Nothing is run.

#include <iostream>
#include <iterator>

#include "app/cli/arg_parser.h"
#include "app/cli/cli_support.h"
#include "app/cli/command_registry.h"
#include "core/attack/attack_catalog.h"
#include "core/explain/command_line_tokenizer.h"
#include "core/explain/explanation_json.h"
#include "ui/util/knowledge_source.h"

namespace hitome::app {
namespace {

constexpr size_t kMaxInput = 4u << 20;   // longer input is refused, not truncated

core::TechniqueLookup techniqueLookup() {
    return [](std::string_view id) {
        core::TechniqueInfo info;
        if (const core::Technique* t = cliAttackCatalog().technique(id)) {
            info.name = cliAttackCatalog().fullName(*t);
            info.url = t->url;
        }
        return info;
    };
}

// Several positionals are one command line split by the shell: re-join them
// with Windows quoting so "hitome explain schtasks /tn "a b"" still works.
std::string joinedCommandLine(const std::vector<std::string>& parts) {
    if (parts.size() == 1) return parts.front();
    std::string out;
    for (const auto& p : parts) {
        if (!out.empty()) out += ' ';
        out += core::quoteArgument(p);
    }
    return out;
}

int runExplain(CliContext& ctx) {
    ArgParser p("hitome explain \"COMMAND LINE\" [--lang en|ja] [--json] [--stdin]",
                "Explain a Windows command line: the program, every argument, the names it mentions,\n"
                "what looks suspicious and why, ATT&CK techniques, and decoded PowerShell. Nothing is executed.");
    p.addPositional("COMMAND LINE", "the command line (quote it); several arguments are joined", true, true);
    p.addOption("lang", "LANG", "language of the explanation: en (default) or ja");
    p.addFlag("json", "print one JSON object (binary, arguments, entities, findings, techniques, decoded, nested)");
    p.addFlag("stdin", "read the command line from standard input (for very long lines)");
    if (auto code = p.parse(ctx); code) return *code;
    core::Lang lang = core::Lang::En;
    if (p.has("lang") && !core::parseLang(p.value("lang"), lang)) {
        ctx.err << "hitome explain: unknown language '" << p.value("lang") << "' (expected en or ja)\n";
        return kExitUsage;
    }
    std::string line;
    if (p.has("stdin")) {
        line.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
        while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
    } else if (!p.positionals().empty()) {
        line = joinedCommandLine(p.positionals());
    } else {
        ctx.err << "error: missing COMMAND LINE\nusage: " << "hitome explain \"COMMAND LINE\" [--lang en|ja] [--json]\n";
        return kExitUsage;
    }
    if (line.size() > kMaxInput) {
        ctx.err << "hitome explain: the command line is " << line.size() << " bytes; the limit is " << kMaxInput << "\n";
        return kExitBadInput;
    }
    const core::Explanation ex = ui::builtinExplainer().explain(line);
    if (p.has("json")) {
        ctx.out << core::explanationToJson(ex, lang, techniqueLookup())
                       .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
                << "\n";
    } else {
        ctx.out << core::explanationToText(ex, lang, techniqueLookup());
    }
    return kExitOk;
}

const CommandRegistration kRegistration({"explain", "explain a Windows command line (switches, findings, ATT&CK, decoding)", runExplain});

}  // namespace
}  // namespace hitome::app
