// SPDX-License-Identifier: GPL-3.0-or-later
// `hitome events CASE [--search TEXT] [--host H] [--eid N]... [--json]`:
// search the stored Windows events; pivots --registry KEY and
// --other-hosts COLUMN=VALUE.

#include <nlohmann/json.hpp>

#include <charconv>
#include <filesystem>

#include "app/cli/arg_parser.h"
#include "app/cli/cli_support.h"
#include "app/cli/command_registry.h"
#include "core/store/case_file.h"
#include "core/store/event_queries.h"
#include "core/util/time.h"

namespace hitome::app {

namespace {

nlohmann::json rowJson(const core::EventRow& r) {
    nlohmann::json j = {{"id", r.id}, {"time", core::formatIsoTime(r.time)}, {"host", r.host},
                        {"channel", r.channel}, {"provider", r.provider}, {"event_id", r.eventId},
                        {"record_id", r.recordId}, {"recovered", r.isRecovered}};
    auto put = [&](const char* key, const std::string& v) {
        if (!v.empty()) j[key] = v;
    };
    put("image", r.image);
    put("command_line", r.commandLine);
    put("parent_image", r.parentImage);
    put("parent_command_line", r.parentCommandLine);
    put("user", r.user);
    put("target_object", r.targetObject);
    put("details", r.details);
    put("task_name", r.taskName);
    put("service_name", r.serviceName);
    put("script_block_text", r.scriptBlockText);
    put("destination_ip", r.destinationIp);
    put("query_name", r.queryName);
    put("target_filename", r.targetFilename);
    put("process_guid", r.processGuid);
    if (r.destinationPort) j["destination_port"] = *r.destinationPort;
    if (r.pid) j["pid"] = *r.pid;
    return j;
}

std::string summaryOf(const core::EventRow& r) {
    for (const std::string* v : {&r.commandLine, &r.scriptBlockText, &r.targetObject, &r.taskName, &r.serviceName,
                                 &r.queryName, &r.targetFilename, &r.destinationIp, &r.image})
        if (!v->empty()) {
            std::string s = *v;
            for (char& c : s)
                if (c == '\n' || c == '\r' || c == '\t') c = ' ';
            s = terminalText(s);
            if (s.size() <= 200) return s;
            std::size_t cut = 200;
            while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;   // not inside a character
            return s.substr(0, cut) + "...";
        }
    return {};
}

std::optional<std::int64_t> toInt(const std::string& s) {
    std::int64_t v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
    return v;
}

// Fills the filter from the options; returns a usage message on bad values.
std::optional<std::string> buildFilter(const ArgParser& p, core::EventFilter& f) {
    f.text = p.value("search");
    f.host = p.value("host");
    for (const auto& e : p.values("eid")) {
        const auto n = toInt(e);
        if (!n || *n < 0 || *n > 0xFFFFFFFF) return "--eid needs an event id number, got '" + e + "'";
        f.eventIds.push_back(static_cast<std::uint32_t>(*n));
    }
    for (const char* key : {"since", "until"}) {
        if (!p.has(key)) continue;
        const auto t = core::parseIsoTime(p.value(key));
        if (!t) return std::string("--") + key + " needs an ISO-8601 time, got '" + p.value(key) + "'";
        (std::string(key) == "since" ? f.from : f.to) = *t;
    }
    const auto limit = toInt(p.value("limit", "1000"));
    if (!limit || *limit < 0) return "--limit needs a number";
    f.limit = *limit;
    return std::nullopt;
}

core::Result<std::vector<core::EventRow>> runQuery(const ArgParser& p, core::EventQueries& q, const core::EventFilter& f) {
    if (p.has("registry")) return q.registryEventsForKey(p.value("registry"), f.limit);
    if (p.has("other-hosts")) {
        const std::string spec = p.value("other-hosts");
        const size_t eq = spec.find('=');
        const auto column = eq == std::string::npos ? std::nullopt : core::eventColumnFromName(spec.substr(0, eq));
        if (!column)
            return core::Error::make(core::ErrorCode::Usage, "--other-hosts needs COLUMN=VALUE, e.g. TaskName=\\Updater");
        return q.sameValueOnOtherHosts(*column, spec.substr(eq + 1), f.host, f.limit);
    }
    return q.search(f);
}

int runEvents(CliContext& ctx) {
    ArgParser p("hitome events CASE [--search TEXT] [--host H] [--eid N] [--json]",
                "Search the Windows events of a case (full text over command lines, images, registry keys, task "
                "and service names, script blocks...), or pivot from a value.");
    p.addPositional("CASE", "the case file (.hitome)");
    p.addOption("search", "TEXT", "full-text search; words must all occur, \"quoted phrases\" kept together");
    p.addOption("host", "H", "only this computer (with --other-hosts: the host to leave out)");
    p.addOption("eid", "N", "only this event id (repeatable)");
    p.addOption("since", "TIME", "only events at or after this ISO-8601 time");
    p.addOption("until", "TIME", "only events before this ISO-8601 time");
    p.addOption("limit", "N", "at most N events (default 1000, 0 = all)");
    p.addOption("registry", "KEY", "pivot: registry events under KEY (e.g. HKLM:\\Software\\Microsoft\\Network)");
    p.addOption("other-hosts", "COLUMN=VALUE", "pivot: events with this value on other hosts (e.g. TaskName=\\Updater)");
    p.addFlag("json", "print a JSON array");
    if (auto code = p.parse(ctx); code) return *code;
    core::EventFilter filter;
    if (auto problem = buildFilter(p, filter)) {
        ctx.err << "hitome events: " << *problem << "\n";
        return kExitUsage;
    }
    if (!std::filesystem::exists(p.positional(0))) {
        ctx.err << "hitome events: " << p.positional(0) << ": no such case file\n";
        return kExitBadInput;
    }
    auto caseFile = core::CaseFile::open(p.positional(0));
    if (!caseFile) {
        ctx.err << "hitome events: " << terminalText(caseFile.error().message()) << "\n";
        return kExitBadInput;
    }
    core::EventQueries queries(caseFile->connection());
    auto rows = runQuery(p, queries, filter);
    if (!rows) {
        ctx.err << "hitome events: " << terminalText(rows.error().message()) << "\n";
        return rows.error().code == core::ErrorCode::Usage ? kExitUsage : kExitBadInput;
    }
    if (p.has("json")) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& r : *rows) out.push_back(rowJson(r));
        ctx.out << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return kExitOk;
    }
    for (const auto& r : *rows)
        ctx.out << core::formatShortTime(r.time) << "  " << (r.host.empty() ? "-" : terminalText(r.host)) << "  " << r.eventId
                << "  " << terminalText(r.channel) << (r.isRecovered ? " (recovered)" : "") << "  " << summaryOf(r) << "\n";
    ctx.out << rows->size() << " event(s)\n";
    return kExitOk;
}

const CommandRegistration kRegistration({"events", "search the Windows events of a case", runEvents});

}  // namespace

}  // namespace hitome::app
