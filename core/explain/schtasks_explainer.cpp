// SPDX-License-Identifier: GPL-3.0-or-later
// schtasks.exe: /create /delete /run /query /change /end and their options.
#include <map>

#include "core/explain/command_switch.h"
#include "core/explain/explainers.h"
#include "core/util/text.h"

namespace hitome::core {
namespace {

// Switches that take a value, and the entity kind the value is.
const std::map<std::string, std::string_view>& valueSwitches() {
    static const std::map<std::string, std::string_view> k = {
        {"tn", "task_name"}, {"tr", "program"},   {"sc", "schedule"},     {"mo", "modifier"},
        {"st", "start_time"}, {"sd", "start_date"}, {"et", "end_time"},   {"ed", "end_date"},
        {"ru", "run_as_user"}, {"rp", "password"},  {"rl", "run_level"},  {"s", "remote_host"},
        {"u", "user"},       {"p", "password"},    {"xml", "file"},        {"d", "days"},
        {"m", "months"},     {"i", "idle_time"},   {"du", "duration"},     {"ri", "interval"},
        {"ec", "channel"},   {"fo", "format"},     {"delay", "delay"},
    };
    return k;
}

// "/SC DAILY", "/RL HIGHEST": the value word's own KB meaning ("Schedule
// value: every day...").
void describeKeywordValue(ExplainContext& ctx, size_t i) {
    const KbEntry* entry = ctx.entry();
    if (const KbSwitch* word = entry ? entry->findSwitch(ctx.arg(i)) : nullptr) ctx.describe(i, word->meaning, "value");
}

struct TaskSpec {
    std::string action, task, program, schedule, modifier, time, user, runLevel, host, xml;
    bool isForced = false;
};

void readArguments(ExplainContext& ctx, TaskSpec& t) {
    for (size_t i = 0; i < ctx.count(); ++i) {
        const auto sw = parseSwitch(ctx.arg(i));
        if (!sw) continue;
        const auto vs = valueSwitches().find(sw->name);
        if (vs == valueSwitches().end()) {
            if (t.action.empty() && (sw->name == "create" || sw->name == "delete" || sw->name == "run" ||
                                     sw->name == "query" || sw->name == "change" || sw->name == "end" || sw->name == "showsid"))
                t.action = sw->name;
            if (sw->name == "f") t.isForced = true;
            continue;
        }
        if (!hasValueAfter(ctx, i)) continue;
        const std::string& v = ctx.arg(i + 1);
        if (vs->second == "password") {
            ctx.maskArgument(i + 1);
            ctx.describeValue(i + 1, "password", "(given)");
            ctx.finding("credentials.given", Severity::Medium, {{"switch", ctx.arg(i)}});
        } else {
            ctx.describeValue(i + 1, vs->second, v);
            if (sw->name == "sc" || sw->name == "rl") describeKeywordValue(ctx, i + 1);
        }
        std::string* slot = sw->name == "tn" ? &t.task : sw->name == "tr" ? &t.program : sw->name == "sc" ? &t.schedule
                          : sw->name == "mo" ? &t.modifier : sw->name == "st" ? &t.time : sw->name == "ru" ? &t.user
                          : sw->name == "rl" ? &t.runLevel : sw->name == "s" ? &t.host : sw->name == "xml" ? &t.xml : nullptr;
        if (slot) *slot = v;
        ++i;
    }
}

void explainSchedule(ExplainContext& ctx, const TaskSpec& t) {
    const std::string sc = toLowerAscii(t.schedule);
    std::string schedule = t.schedule + (t.modifier.empty() ? "" : " /MO " + t.modifier);
    if (!t.time.empty()) schedule += " " + t.time;
    bool isPersistent = false;
    if (sc == "once") {
        ctx.finding("schtasks.run_once", Severity::Informational, {{"time", t.time.empty() ? "?" : t.time}});
    } else if (sc == "minute" || sc == "hourly" || sc == "daily" || sc == "weekly" || sc == "monthly") {
        ctx.finding("schtasks.recurring", Severity::Medium, {{"schedule", schedule}});
        isPersistent = true;
    } else if (sc == "onstart" || sc == "onlogon" || sc == "onidle" || sc == "onevent") {
        ctx.finding("schtasks.trigger_event", Severity::Medium, {{"trigger", sc}, {"schedule", schedule}});
        isPersistent = true;
    }
    if (!t.user.empty() && isSystemAccount(t.user)) {
        if (isPersistent)
            ctx.finding("schtasks.system_persistence", Severity::High, {{"schedule", schedule}});
        else
            ctx.finding("schtasks.runs_as", Severity::Medium, {{"user", t.user}});
    } else if (!t.user.empty()) {
        ctx.finding("schtasks.runs_as", Severity::Low, {{"user", t.user}});
    }
}

void explainCreate(ExplainContext& ctx, const TaskSpec& t) {
    ctx.finding("schtasks.create", Severity::Informational, {{"task", t.task}});
    if (!t.program.empty()) explainLaunchedProgram(ctx, t.program, "scheduled program");
    explainSchedule(ctx, t);
    if (equalsNoCase(t.runLevel, "highest")) ctx.finding("schtasks.highest", Severity::Low);
    if (t.isForced) ctx.finding("schtasks.force", Severity::Low);
    if (!t.xml.empty()) ctx.finding("schtasks.xml", Severity::Medium, {{"file", t.xml}});
}

}  // namespace

void explainSchtasks(ExplainContext& ctx) {
    TaskSpec t;
    readArguments(ctx, t);
    ctx.technique("T1053.005");
    if (t.action == "create") explainCreate(ctx, t);
    else if (t.action == "delete") ctx.finding("schtasks.delete", Severity::Low, {{"task", t.task}});
    else if (t.action == "run") ctx.finding("schtasks.run", Severity::Low, {{"task", t.task}});
    else if (t.action == "change") {
        ctx.finding("schtasks.change", Severity::Medium, {{"task", t.task}});
        if (!t.program.empty()) explainLaunchedProgram(ctx, t.program, "scheduled program");
        explainSchedule(ctx, t);
    } else if (t.action == "end") ctx.finding("schtasks.end", Severity::Low, {{"task", t.task}});
    else if (t.action == "query" || t.action.empty()) ctx.finding("schtasks.query", Severity::Informational);
    if (!t.host.empty()) {
        ctx.finding("schtasks.remote", Severity::High, {{"host", t.host}});
    }
    if (!t.task.empty()) ctx.finding("pivot.task_name", Severity::Informational, {{"task", t.task}});
}

}  // namespace hitome::core
