// SPDX-License-Identifier: GPL-3.0-or-later
// `hitome detect CASE [--rules DIR]... [--json]`: runs the built-in rule pack
// (and any extra Sigma rule directories) over the events of a case.

#include <filesystem>

#include "app/cli/arg_parser.h"
#include "app/cli/cli_support.h"
#include "app/cli/command_registry.h"
#include "app/cli/detection_support.h"
#include "core/detect/detection_runner.h"

namespace hitome::app {

namespace {

int runDetect(CliContext& ctx) {
    ArgParser p("hitome detect CASE [--rules DIR]... [--full] [--json]",
                "Run the built-in rules, extra Sigma rule directories and the attacker-command detector over a case. "
                "With the same rules as the last run, only events added since are matched.");
    p.addPositional("CASE", "the case file (.hitome)");
    p.addOption("rules", "DIR", "an extra directory of Sigma rules (repeatable)");
    p.addFlag("full", "match every event again, even with the same rules as the last run");
    p.addFlag("json", "print the summary as JSON");
    if (auto code = p.parse(ctx); code) return *code;
    const std::string path = p.positional(0);
    if (!std::filesystem::exists(path)) {
        ctx.err << "hitome detect: " << path << ": no such case file\n";
        return kExitBadInput;
    }
    for (const auto& dir : p.values("rules")) {
        if (!std::filesystem::is_directory(dir)) {
            ctx.err << "hitome detect: " << dir << ": not a directory\n";
            return kExitBadInput;
        }
    }
    auto caseFile = core::CaseFile::open(path);
    if (!caseFile) {
        ctx.err << "hitome detect: " << terminalText(caseFile.error().message()) << "\n";
        return kExitBadInput;
    }
    if (p.has("full"))
        if (auto st = core::forgetDetectionScan(*caseFile); !st) {
            ctx.err << "hitome detect: " << terminalText(st.error().message()) << "\n";
            return kExitBadInput;
        }
    return runDetectionCommand(*caseFile, p.values("rules"), p.has("json"), ctx.out, ctx.err);
}

const CommandRegistration kRegistration({"detect", "run Sigma rules and the attacker-command detector on a case", runDetect});

}  // namespace

}  // namespace hitome::app
