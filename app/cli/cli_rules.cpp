// SPDX-License-Identifier: GPL-3.0-or-later
// `hitome rules check DIR [--json]`: loads a directory of Sigma rules and
// reports what loaded, what is unsupported (and why), and what is broken.

#include <nlohmann/json.hpp>

#include <filesystem>

#include "app/cli/arg_parser.h"
#include "app/cli/command_registry.h"
#include "core/detect/rule_set.h"

namespace hitome::app {

namespace {

nlohmann::json issues(const std::vector<core::RuleLoadIssue>& list) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& i : list) out.push_back({{"file", i.source}, {"reason", i.reason}});
    return out;
}

void printText(std::ostream& out, const core::RuleLoadReport& r) {
    out << "loaded: " << r.loaded << " of " << r.total() << "\n";
    auto list = [&](const char* label, const std::vector<core::RuleLoadIssue>& items) {
        out << label << ": " << items.size() << "\n";
        for (const auto& i : items) out << "  " << i.source << ": " << i.reason << "\n";
    };
    list("unsupported", r.unsupported);
    list("errors", r.errors);
    list("duplicates", r.duplicates);
}

int runRules(CliContext& ctx) {
    ArgParser p("hitome rules check DIR [--json]", "Check that a directory of Sigma rules loads; list every rule that does not, with the reason.");
    p.addPositional("ACTION", "check");
    p.addPositional("DIR", "a directory of Sigma rules (searched recursively)");
    p.addFlag("json", "print JSON: loaded, unsupported, errors");
    if (auto code = p.parse(ctx); code) return *code;
    if (p.positional(0) != "check") {
        ctx.err << "hitome rules: unknown action '" << p.positional(0) << "' (expected: check)\n";
        return kExitUsage;
    }
    const std::string dir = p.positional(1);
    if (!std::filesystem::is_directory(dir)) {
        ctx.err << "hitome rules check: " << dir << ": not a directory\n";
        return kExitBadInput;
    }
    core::RuleSet rules;
    core::RuleLoadReport report;
    rules.addDirectory(dir, report);
    if (p.has("json")) {
        const nlohmann::json j = {{"loaded", report.loaded},
                                  {"total", report.total()},
                                  {"unsupported", issues(report.unsupported)},
                                  {"errors", issues(report.errors)},
                                  {"duplicates", issues(report.duplicates)}};
        ctx.out << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else {
        printText(ctx.out, report);
    }
    return report.errors.empty() ? kExitOk : kExitBadInput;
}

const CommandRegistration kRegistration({"rules", "check Sigma rules: rules check DIR [--json]", runRules});

}  // namespace

}  // namespace hitome::app
