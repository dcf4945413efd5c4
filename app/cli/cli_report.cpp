// SPDX-License-Identifier: GPL-3.0-or-later
// hitome report CASE -o FILE.pdf|.html|.md [--lang en|ja] [--since T] [--until T]

#include <ostream>

#include "app/cli/arg_parser.h"
#include "app/cli/cli_support.h"
#include "app/cli/command_registry.h"
#include "core/store/case_file.h"
#include "core/util/time.h"
#include "ui/report/report_service.h"
#include "ui/util/attack_catalog_loader.h"

namespace hitome::app {
namespace {

// Parses --since/--until; false after printing a usage error.
bool parsePeriod(const ArgParser& args, core::ReportOptions& options, std::ostream& err) {
    for (const char* name : {"since", "until"}) {
        if (!args.has(name)) continue;
        const auto t = core::parseIsoTime(args.value(name));
        if (!t) {
            err << "error: --" << name << " needs a time such as 2024-03-01 or 2024-03-01T13:36:00Z\n";
            return false;
        }
        (std::string_view(name) == "since" ? options.since : options.until) = *t;
    }
    return true;
}

int runReport(CliContext& ctx) {
    ArgParser args("hitome report CASE -o FILE.pdf|.html|.md [--lang en|ja] [--since T] [--until T]",
                   "Write the management report of a case: executive summary, ATT&CK tactic chart, findings\n"
                   "explained in plain language, timeline, hosts and users, indicators, recommendations and the\n"
                   "alert table with the analyst's notes. The format follows the file name.");
    args.addPositional("CASE", "the case file (.hitome)");
    args.addOption("o", "FILE", "where to write the report (.pdf, .html or .md)");
    args.addOption("output", "FILE", "same as -o");
    args.addOption("lang", "en|ja", "report language (default en)");
    args.addOption("since", "TIME", "only alerts first seen at or after this UTC time");
    args.addOption("until", "TIME", "only alerts first seen at or before this UTC time");
    // Accept the conventional single-dash -o as well.
    for (auto& a : ctx.args)
        if (a == "-o") a = "--o";
    if (auto code = args.parse(ctx)) return *code;
    const std::string output = args.value("o", args.value("output"));
    if (output.empty()) {
        ctx.err << "error: missing -o FILE\n";
        return kExitUsage;
    }
    core::ReportOptions options;
    if (!parsePeriod(args, options, ctx.err)) return kExitUsage;
    const std::string lang = args.value("lang", "en");
    if (lang != "en" && lang != "ja") {
        ctx.err << "error: --lang must be en or ja\n";
        return kExitUsage;
    }
    auto kase = core::CaseFile::openReadOnly(args.positional(0));
    if (!kase) {
        ctx.err << "error: " << terminalText(kase.error().message()) << "\n";
        return kExitBadInput;
    }
    const QString problem = ui::writeReport(kase->connection(), ui::loadAttackCatalog(), QString::fromStdString(output),
                                            core::parseReportLanguage(lang), options);
    if (!problem.isEmpty()) {
        ctx.err << "error: " << problem.toStdString() << "\n";
        return ui::reportFormatForPath(QString::fromStdString(output)) == ui::ReportFormat::Unknown ? kExitUsage
                                                                                                   : kExitBadInput;
    }
    ctx.err << "report written to " << output << "\n";
    return kExitOk;
}

const CommandRegistration kRegistration{
    {"report", "write the management report (PDF, HTML or Markdown)", &runReport, true}};

}  // namespace
}  // namespace hitome::app
