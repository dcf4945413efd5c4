// SPDX-License-Identifier: GPL-3.0-or-later
// `hitome recon CASE [--json]`: the attacker-phase commands detection found,
// per host and phase, with counts.

#include <nlohmann/json.hpp>

#include <filesystem>

#include "app/cli/arg_parser.h"
#include "app/cli/cli_support.h"
#include "app/cli/command_registry.h"
#include "core/detect/recon_query.h"
#include "core/store/case_file.h"
#include "core/util/time.h"

namespace hitome::app {

namespace {

nlohmann::json toJson(const std::vector<core::ReconHostSummary>& hosts) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& h : hosts) {
        nlohmann::json phases = nlohmann::json::object();
        for (const auto& p : h.phases) {
            nlohmann::json commands = nlohmann::json::array();
            for (const auto& c : p.commands)
                commands.push_back({{"command", c.command}, {"technique", c.technique}, {"count", c.count},
                                    {"first", core::formatIsoTime(c.first)}, {"last", core::formatIsoTime(c.last)}});
            phases[p.phase] = std::move(commands);
        }
        out.push_back({{"host", h.host}, {"phases", std::move(phases)}});
    }
    return out;
}

int runRecon(CliContext& ctx) {
    ArgParser p("hitome recon CASE [--json]",
                "List the attacker-phase commands (initial recon, exploration, spread) found by `hitome detect`, per host.");
    p.addPositional("CASE", "the case file (.hitome)");
    p.addFlag("json", "print JSON");
    if (auto code = p.parse(ctx); code) return *code;
    if (!std::filesystem::exists(p.positional(0))) {
        ctx.err << "hitome recon: " << p.positional(0) << ": no such case file\n";
        return kExitBadInput;
    }
    auto caseFile = core::CaseFile::open(p.positional(0));
    if (!caseFile) {
        ctx.err << "hitome recon: " << terminalText(caseFile.error().message()) << "\n";
        return kExitBadInput;
    }
    auto hosts = core::reconByHost(caseFile->connection());
    if (!hosts) {
        ctx.err << "hitome recon: " << terminalText(hosts.error().message()) << "\n";
        return kExitBadInput;
    }
    if (p.has("json")) {
        ctx.out << toJson(*hosts).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return kExitOk;
    }
    if (hosts->empty()) ctx.out << "no attacker-phase commands (run `hitome detect` first)\n";
    for (const auto& h : *hosts) {
        ctx.out << (h.host.empty() ? std::string("(unknown host)") : terminalText(h.host)) << "\n";
        for (const auto& ph : h.phases) {
            ctx.out << "  " << ph.phase << ":";
            for (const auto& c : ph.commands) ctx.out << " " << terminalText(c.command) << " (" << c.count << ")";
            ctx.out << "\n";
        }
    }
    return kExitOk;
}

const CommandRegistration kRegistration({"recon", "attacker-phase commands per host and phase", runRecon});

}  // namespace

}  // namespace hitome::app
