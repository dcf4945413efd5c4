// SPDX-License-Identifier: GPL-3.0-or-later
// `hitome tree CASE ALERT_ID`: the process tree around an alert's process,
// as indented text (ancestors, the alerting process marked with '*', its
// children).

#include <ostream>

#include "app/cli/arg_parser.h"
#include "app/cli/cli_support.h"
#include "app/cli/command_registry.h"
#include "core/store/process_lookup.h"
#include "core/store/process_tree_query.h"
#include "core/util/time.h"

namespace hitome::app {
namespace {

void printTree(std::ostream& out, const core::ProcessTree& tree) {
    out << "host " << (tree.host.empty() ? "-" : terminalText(tree.host)) << "\n";
    for (const auto& line : tree.lines) {
        const auto& p = line.process;
        out << std::string(static_cast<std::size_t>(line.depth) * 2, ' ') << (line.isFocus ? "* " : "- ");
        out << (p.image.empty() ? std::string("(unknown image)") : terminalText(p.image));
        out << "  [pid " << (p.pid ? std::to_string(*p.pid) : std::string("?"));
        if (p.startTime) out << ", " << core::formatShortTime(*p.startTime);
        out << "]";
        if (!p.commandLine.empty()) out << "  " << terminalText(p.commandLine);
        out << "\n";
    }
    if (tree.isTruncated) out << "(tree truncated)\n";
}

// `--process GUID` or `--host H --pid N`: the tree around a process from events.
int runProcessTree(CliContext& ctx, const ArgParser& p) {
    const auto pid = p.has("pid") ? parseId(p.value("pid")) : std::nullopt;
    if (!p.has("process") && (!p.has("host") || !pid)) {
        ctx.err << "hitome tree: give --process GUID, or --host H with --pid N\n";
        return kExitUsage;
    }
    auto caseFile = openCaseOrReport(p.positional(0), false, ctx.err);
    if (!caseFile) return kExitBadInput;
    auto id = p.has("process") ? core::findProcessByGuid(caseFile->connection(), p.value("process"))
                               : core::findProcessByHostPid(caseFile->connection(), p.value("host"), *pid);
    if (!id) {
        printError(ctx.err, id.error().message());
        return kExitBadInput;
    }
    auto tree = core::processTree(caseFile->connection(), *id);
    if (!tree) {
        printError(ctx.err, tree.error().message());
        return kExitBadInput;
    }
    printTree(ctx.out, *tree);
    return kExitOk;
}

int runTree(CliContext& ctx) {
    ArgParser p("hitome tree CASE ALERT_ID | hitome tree CASE --process GUID | --host H --pid N",
                "Print the process tree of an alert: grandparent, parent, the alerting process (marked *) and its "
                "children. With --process or --host/--pid: the tree of that process from the events.");
    p.addPositional("CASE", "the case file (.hitome)");
    p.addPositional("ALERT_ID", "the alert's id (first column of `hitome alerts`)", false, true);
    p.addOption("process", "GUID", "a process GUID (Sysmon ProcessGuid)");
    p.addOption("host", "H", "with --pid: the computer name");
    p.addOption("pid", "N", "with --host: the process id (the latest process with that pid)");
    if (auto code = p.parse(ctx); code) return *code;
    if (p.has("process") || p.has("host") || p.has("pid")) return runProcessTree(ctx, p);
    const auto alertId = parseId(p.positional(1));
    if (!alertId) {
        ctx.err << "hitome tree: ALERT_ID must be a positive number, got '" << p.positional(1) << "'\n";
        return kExitUsage;
    }
    auto caseFile = openCaseOrReport(p.positional(0), false, ctx.err);
    if (!caseFile) return kExitBadInput;
    auto processId = core::alertProcessId(caseFile->connection(), *alertId);
    if (!processId) {
        printError(ctx.err, processId.error().message());
        return kExitBadInput;
    }
    if (!*processId) {
        ctx.out << "alert " << *alertId << " has no process evidence\n";
        return kExitOk;
    }
    auto tree = core::processTree(caseFile->connection(), **processId);
    if (!tree) {
        printError(ctx.err, tree.error().message());
        return kExitBadInput;
    }
    printTree(ctx.out, *tree);
    return kExitOk;
}

const CommandRegistration kRegistration({"tree", "print the process tree of an alert", runTree});

}  // namespace
}  // namespace hitome::app
