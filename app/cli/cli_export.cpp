// SPDX-License-Identifier: GPL-3.0-or-later
// hitome export CASE --csv FILE | --events-csv FILE | --navigator FILE |
//                    --applocker FILE [--enforce] [--binary NAME]... | --json FILE

#include <fstream>
#include <functional>
#include <ostream>

#include "app/cli/arg_parser.h"
#include "app/cli/cli_support.h"
#include "app/cli/command_registry.h"
#include "core/report/applocker_selection.h"
#include "core/report/case_exporter.h"
#include "core/store/case_file.h"
#include "ui/util/knowledge_source.h"

namespace hitome::app {
namespace {

using Writer = std::function<core::Status(std::ostream&)>;

int writeTo(const std::string& path, const Writer& writer, CliContext& ctx) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) {
        ctx.err << "error: cannot write " << path << "\n";
        return kExitBadInput;
    }
    if (auto st = writer(out); !st) {
        ctx.err << "error: " << terminalText(st.error().message()) << "\n";
        return kExitBadInput;
    }
    out.flush();
    if (!out) {
        ctx.err << "error: writing " << path << " failed\n";
        return kExitBadInput;
    }
    ctx.err << "wrote " << path << "\n";
    return kExitOk;
}

core::Status writeAppLocker(core::Connection& conn, const ArgParser& args, std::ostream& out) {
    const auto& kb = ui::builtinKnowledgeBase();
    std::vector<core::AppLockerTarget> targets;
    if (args.has("binary")) {
        targets = core::namedTargets(args.values("binary"), kb);
    } else {
        auto found = core::attackerCommandTargets(conn, kb, ui::builtinExplainer());
        if (!found) return found.error();
        targets = std::move(found).value();
    }
    core::AppLockerOptions options;
    options.isEnforced = args.has("enforce");
    out << core::buildAppLockerPolicy(targets, options);
    return {};
}

int runExport(CliContext& ctx) {
    ArgParser args("hitome export CASE --csv FILE | --events-csv FILE | --navigator FILE | --applocker FILE | --json FILE",
                   "Export a case for other tools: alerts or events as CSV (RFC 4180, UTF-8), an ATT&CK Navigator\n"
                   "layer, an AppLocker policy (audit mode unless --enforce) for the attacker's commands seen in\n"
                   "the case (or the binaries given with --binary), or the whole case as JSON.");
    args.addPositional("CASE", "the case file (.hitome)");
    args.addOption("csv", "FILE", "alerts as CSV");
    args.addOption("events-csv", "FILE", "events as CSV");
    args.addFlag("bom", "start CSV files with a UTF-8 byte-order mark (for Excel)");
    args.addOption("navigator", "FILE", "ATT&CK Navigator layer JSON, techniques scored by alert count");
    args.addOption("applocker", "FILE", "AppLocker policy XML");
    args.addFlag("enforce", "AppLocker policy in enforce mode instead of audit mode");
    args.addOption("binary", "NAME", "binary to restrict in the AppLocker policy (repeatable)");
    args.addOption("json", "FILE", "the whole case as JSON");
    if (auto code = args.parse(ctx)) return *code;
    if (!args.has("csv") && !args.has("events-csv") && !args.has("navigator") && !args.has("applocker") && !args.has("json")) {
        ctx.err << "error: choose at least one of --csv, --events-csv, --navigator, --applocker, --json\n";
        return kExitUsage;
    }
    auto kase = core::CaseFile::openReadOnly(args.positional(0));
    if (!kase) {
        ctx.err << "error: " << terminalText(kase.error().message()) << "\n";
        return kExitBadInput;
    }
    auto& conn = kase->connection();
    const core::CsvOptions csv{args.has("bom")};
    std::vector<std::pair<std::string, Writer>> jobs;
    if (args.has("csv")) jobs.push_back({args.value("csv"), [&](std::ostream& o) { return core::exportAlertsCsv(conn, o, csv); }});
    if (args.has("events-csv"))
        jobs.push_back({args.value("events-csv"), [&](std::ostream& o) { return core::exportEventsCsv(conn, o, csv); }});
    if (args.has("json")) jobs.push_back({args.value("json"), [&](std::ostream& o) { return core::exportCaseJson(conn, o); }});
    if (args.has("applocker"))
        jobs.push_back({args.value("applocker"), [&](std::ostream& o) { return writeAppLocker(conn, args, o); }});
    if (args.has("navigator"))
        jobs.push_back({args.value("navigator"), [&](std::ostream& o) -> core::Status {
                            auto hits = core::techniqueHits(conn);
                            if (!hits) return hits.error();
                            o << core::buildNavigatorLayer(conn.path().filename().string(), *hits);
                            return {};
                        }});
    for (const auto& [path, writer] : jobs)
        if (const int code = writeTo(path, writer, ctx); code != kExitOk) return code;
    return kExitOk;
}

const CommandRegistration kRegistration{{"export", "export alerts/events CSV, Navigator layer, AppLocker policy, JSON", &runExport}};

}  // namespace
}  // namespace hitome::app
