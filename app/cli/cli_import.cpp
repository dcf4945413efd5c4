// SPDX-License-Identifier: GPL-3.0-or-later
// `hitome import CASE PATH...`: import incident files and folders into a
// case (created when missing). Progress on stderr (a bar on a terminal,
// plain lines otherwise); a per-file summary on stdout. All or nothing: on
// any error the case is left exactly as it was.

#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <iomanip>
#include <sstream>
#include <stop_token>

#include "app/cli/arg_parser.h"
#include "app/cli/cli_support.h"
#include "app/cli/command_registry.h"
#include "app/cli/detection_support.h"
#include "core/ingest/import_job.h"
#include "core/store/case_file.h"
#include "core/store/event_search_index.h"

namespace hitome::app {
namespace {

std::stop_source& interruptSource() {
    static std::stop_source source;
    return source;
}

extern "C" void onInterrupt(int) { interruptSource().request_stop(); }

// The end of the name, made safe for the terminal, cut on a character boundary.
std::string shortName(const std::string& path, std::size_t width) {
    const std::string shown = terminalText(path);
    if (shown.size() <= width) return shown;
    std::size_t from = shown.size() - (width - 3);
    while (from < shown.size() && (static_cast<unsigned char>(shown[from]) & 0xC0) == 0x80) ++from;
    return "..." + shown.substr(from);
}

class ProgressPrinter {
public:
    ProgressPrinter(std::ostream& err, bool isTerminal) : m_err(err), m_isTerminal(isTerminal) {}

    void operator()(const core::ImportProgress& p) {
        if (m_isTerminal) {
            const double fraction = p.bytesTotal ? static_cast<double>(p.bytesDone) / static_cast<double>(p.bytesTotal) : 0;
            const int filled = static_cast<int>(std::min(1.0, fraction) * 24);
            std::ostringstream line;
            line << "\r[" << std::string(filled, '#') << std::string(24 - filled, '-') << "] " << std::setw(3)
                 << static_cast<int>(std::min(1.0, fraction) * 100) << "%  " << p.filesDone << "/" << p.filesTotal
                 << " files  " << p.alerts << " alerts  " << p.events << " events  "
                 << static_cast<std::uint64_t>(p.eventsPerSecond) << "/s  " << shortName(p.currentFile, 40);
            std::string text = line.str();
            m_err << text << std::string(m_lastWidth > text.size() ? m_lastWidth - text.size() : 0, ' ') << std::flush;
            m_lastWidth = text.size();
            return;
        }
        if (p.currentFile == m_lastFile) return;
        m_lastFile = p.currentFile;
        m_err << "importing " << terminalText(p.currentFile) << " (" << p.filesDone + 1 << "/" << p.filesTotal << ")\n";
    }
    void finish() {
        if (m_isTerminal && m_lastWidth) m_err << "\r" << std::string(m_lastWidth, ' ') << "\r" << std::flush;
    }

private:
    std::ostream& m_err;
    bool m_isTerminal;
    std::size_t m_lastWidth = 0;
    std::string m_lastFile;
};

void printSummary(std::ostream& out, std::ostream& err, const core::ImportSummary& s) {
    for (const auto& f : s.files) {
        switch (f.kind) {
        case core::FileOutcomeKind::AlreadyImported: out << "already imported  " << terminalText(f.displayName) << "\n"; continue;
        case core::FileOutcomeKind::Skipped: out << "skipped           " << terminalText(f.displayName) << " (" << terminalText(f.reason) << ")\n"; continue;
        case core::FileOutcomeKind::Imported: break;
        }
        const auto& c = f.counts;
        out << "imported          " << terminalText(f.displayName) << " [" << f.format << "]: " << c.alertsAdded << " alerts added";
        if (c.alertsMerged) out << ", " << c.alertsMerged << " already known";
        if (c.events || c.recoveredEvents) out << ", " << c.events << " events";
        if (c.recoveredEvents) out << " + " << c.recoveredEvents << " recovered";
        if (c.processes) out << ", " << c.processes << " processes";
        if (c.warnings) out << ", " << c.warnings << " records skipped";
        out << "\n";
        for (const auto& w : f.warnings) err << "warning: " << terminalText(w.message()) << "\n";
    }
    out << "total: " << s.filesImported << " file(s) imported, " << s.filesAlreadyImported << " already imported, "
        << s.filesSkipped << " skipped; " << s.alertsAdded << " alerts, " << s.events << " events, " << s.processes
        << " processes added in " << std::fixed << std::setprecision(1) << s.seconds << " s\n";
}

// The full-text index is built after the import has committed (see
// core/store/event_search_index.h). Ctrl-C here keeps the import and what was
// indexed; searches still find every event, and the next import resumes it.
void buildSearchIndex(core::CaseFile& caseFile, bool isQuiet, std::ostream& out, std::ostream& err) {
    auto state = core::readSearchIndexState(caseFile.connection());
    if (!state || state->isComplete()) return;
    const auto started = std::chrono::steady_clock::now();
    std::int64_t lastShown = -1;
    auto progress = [&](std::int64_t done, std::int64_t total) {
        if (isQuiet || !isatty(STDERR_FILENO) || done == lastShown) return;
        lastShown = done;
        err << "\rindexing events for search: " << done << "/" << total << std::flush;
    };
    std::signal(SIGINT, onInterrupt);
    core::Status st = core::indexPendingEvents(caseFile.connection(), interruptSource().get_token(), progress);
    std::signal(SIGINT, SIG_DFL);
    if (lastShown >= 0) err << "\n";
    if (!st) {
        err << "search index not finished (" << terminalText(st.error().message())
            << "); searches still find every event, and the next import completes the index\n";
        return;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    out << "search index: " << state->pendingRows() << " events indexed in " << std::fixed << std::setprecision(1)
        << seconds << " s\n";
}

int runImport(CliContext& ctx) {
    ArgParser p("hitome import CASE PATH...",
                "Import Defender/Graph alert exports, event logs and folders or archives of them into a case "
                "(created when missing). Formats are recognised by content. Files imported before are skipped. "
                "If anything fails, nothing is imported and the case stays as it was.");
    p.addPositional("CASE", "the case file (.hitome), created when missing");
    p.addPositional("PATH", "files or folders to import", true);
    p.addFlag("quiet", "no progress output");
    p.addFlag("detect", "run detection (built-in rules, attacker-command phases) after the import");
    if (auto code = p.parse(ctx); code) return *code;
    auto caseFile = openCaseOrReport(p.positional(0), true, ctx.err);
    if (!caseFile) return kExitBadInput;
    std::vector<std::filesystem::path> inputs(p.positionals().begin() + 1, p.positionals().end());
    ProgressPrinter printer(ctx.err, isatty(STDERR_FILENO) != 0);
    core::ProgressCallback progress;
    if (!p.has("quiet")) progress = [&printer](const core::ImportProgress& pr) { printer(pr); };
    std::signal(SIGINT, onInterrupt);
    core::ImportJob job(*caseFile, &cliAttackCatalog());
    auto summary = job.run(inputs, core::ImportOptions{}, progress, interruptSource().get_token());
    std::signal(SIGINT, SIG_DFL);
    printer.finish();
    if (!summary) {
        printError(ctx.err, summary.error().message());
        ctx.err << "nothing was imported; the case is unchanged\n";
        return summary.error().code == core::ErrorCode::Usage ? kExitUsage : kExitBadInput;
    }
    printSummary(ctx.out, ctx.err, *summary);
    buildSearchIndex(*caseFile, p.has("quiet"), ctx.out, ctx.err);
    if (p.has("detect")) return runDetectionCommand(*caseFile, {}, false, ctx.out, ctx.err);
    return kExitOk;
}

const CommandRegistration kRegistration({"import", "import incident files or folders into a case", runImport});

}  // namespace
}  // namespace hitome::app
