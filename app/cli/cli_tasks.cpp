// SPDX-License-Identifier: GPL-3.0-or-later
// `hitome tasks CASE [--name N] [--services] [--json]`: the scheduled tasks
// found in events (4698..., Task Scheduler log, registry, schtasks/at command
// lines) with the hosts they were seen on, run-as account and action.

#include <nlohmann/json.hpp>

#include <filesystem>

#include "app/cli/arg_parser.h"
#include "app/cli/cli_support.h"
#include "app/cli/command_registry.h"
#include "core/store/case_file.h"
#include "core/store/task_queries.h"
#include "core/util/time.h"

namespace hitome::app {

namespace {

std::string time(core::Ticks t) { return t ? core::formatIsoTime(t) : std::string(); }

int printSummaries(CliContext& ctx, core::TaskQueries& q, bool json) {
    auto tasks = q.summaries();
    if (!tasks) {
        ctx.err << "hitome tasks: " << terminalText(tasks.error().message()) << "\n";
        return kExitBadInput;
    }
    if (json) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& t : *tasks)
            out.push_back({{"name", t.name}, {"hosts", t.hosts}, {"run_as", t.runAs}, {"action", t.action},
                           {"triggers", t.triggers}, {"hidden", t.isHidden}, {"first_seen", time(t.first)},
                           {"last_seen", time(t.last)}, {"sightings", t.sightings}});
        ctx.out << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return kExitOk;
    }
    for (const auto& t : *tasks) {
        ctx.out << terminalText(t.name) << (t.isHidden ? "  [hidden]" : "") << "\n  hosts: ";
        for (size_t i = 0; i < t.hosts.size(); ++i) ctx.out << (i ? ", " : "") << terminalText(t.hosts[i]);
        ctx.out << (t.hosts.empty() ? "(unknown)" : "") << "\n";
        if (!t.runAs.empty()) ctx.out << "  run as: " << terminalText(t.runAs) << "\n";
        if (!t.action.empty()) ctx.out << "  action: " << terminalText(t.action) << "\n";
        if (!t.triggers.empty()) ctx.out << "  triggers: " << terminalText(t.triggers) << "\n";
    }
    ctx.out << tasks->size() << " task(s)\n";
    return kExitOk;
}

int printSightings(CliContext& ctx, core::TaskQueries& q, const std::string& name, bool json) {
    auto rows = q.sightingsOf(name);
    if (!rows) {
        ctx.err << "hitome tasks: " << terminalText(rows.error().message()) << "\n";
        return kExitBadInput;
    }
    if (json) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& s : *rows)
            out.push_back({{"name", s.name}, {"host", s.host}, {"operation", s.operation}, {"time", time(s.time)},
                           {"author", s.author}, {"run_as", s.runAs}, {"action", s.action}, {"triggers", s.triggers},
                           {"hidden", s.isHidden}, {"origin", s.origin}, {"event_id", s.eventId}});
        ctx.out << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return kExitOk;
    }
    for (const auto& s : *rows)
        ctx.out << core::formatShortTime(s.time) << "  " << (s.host.empty() ? "-" : s.host) << "  " << s.operation
                << "  " << s.name << "  run as " << (s.runAs.empty() ? "?" : s.runAs) << "  " << s.action << "  ("
                << s.origin << ")\n";
    return kExitOk;
}

int printServices(CliContext& ctx, core::TaskQueries& q, bool json) {
    auto rows = q.services();
    if (!rows) {
        ctx.err << "hitome tasks: " << terminalText(rows.error().message()) << "\n";
        return kExitBadInput;
    }
    if (json) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& s : *rows)
            out.push_back({{"name", s.name}, {"host", s.host}, {"image_path", s.imagePath}, {"start_type", s.startType},
                           {"account", s.account}, {"origin", s.origin}, {"time", time(s.time)}});
        ctx.out << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return kExitOk;
    }
    for (const auto& s : *rows)
        ctx.out << core::formatShortTime(s.time) << "  " << (s.host.empty() ? "-" : s.host) << "  " << s.name << "  "
                << s.imagePath << "  (" << s.origin << ")\n";
    return kExitOk;
}

int runTasks(CliContext& ctx) {
    ArgParser p("hitome tasks CASE [--name N] [--services] [--json]",
                "List the scheduled tasks found in a case's events, with hosts, run-as account and action.");
    p.addPositional("CASE", "the case file (.hitome)");
    p.addOption("name", "N", "every sighting of this task name, on all hosts");
    p.addFlag("services", "list installed services instead (7045, 4697, sc create)");
    p.addFlag("json", "print JSON");
    if (auto code = p.parse(ctx); code) return *code;
    if (!std::filesystem::exists(p.positional(0))) {
        ctx.err << "hitome tasks: " << p.positional(0) << ": no such case file\n";
        return kExitBadInput;
    }
    auto caseFile = core::CaseFile::open(p.positional(0));
    if (!caseFile) {
        ctx.err << "hitome tasks: " << terminalText(caseFile.error().message()) << "\n";
        return kExitBadInput;
    }
    core::TaskQueries q(caseFile->connection());
    if (p.has("services")) return printServices(ctx, q, p.has("json"));
    if (p.has("name")) return printSightings(ctx, q, p.value("name"), p.has("json"));
    return printSummaries(ctx, q, p.has("json"));
}

const CommandRegistration kRegistration({"tasks", "scheduled tasks (and services) found in events", runTasks});

}  // namespace

}  // namespace hitome::app
