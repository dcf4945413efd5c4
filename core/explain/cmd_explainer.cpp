// SPDX-License-Identifier: GPL-3.0-or-later
// cmd.exe (/c /k and the chain it runs) and at.exe (local and \\host).
#include "core/explain/command_switch.h"
#include "core/explain/explainers.h"
#include "core/util/text.h"

namespace hitome::core {

void explainCmd(ExplainContext& ctx) {
    ctx.technique("T1059.003");
    for (size_t i = 0; i < ctx.count(); ++i) {
        const auto sw = parseSwitch(ctx.arg(i));
        if (!sw || (sw->name != "c" && sw->name != "k" && sw->name != "r")) continue;
        // cmd.exe takes everything after /c as raw text, quotes included.
        std::string_view rest = trim(ctx.rawFrom(i + 1));
        if (rest.size() >= 2 && rest.front() == '"' && rest.back() == '"' &&
            rest.substr(1, rest.size() - 2).find('"') == std::string_view::npos)
            rest = rest.substr(1, rest.size() - 2);
        if (rest.empty()) return;
        for (size_t k = i + 1; k < ctx.count(); ++k) ctx.describe(k, {"Part of the command cmd.exe runs", "cmd.exe が実行するコマンドの一部"}, "command");
        ctx.entity("command", rest);
        Explanation& child = ctx.nest(rest, "command run by cmd.exe");
        if (child.isChain())
            ctx.finding("cmd.chain", Severity::Low, {{"count", std::to_string(child.nested.size())}});
        return;
    }
}

void explainAt(ExplainContext& ctx) {
    ctx.technique("T1053.002");
    size_t i = 0;
    std::string host, time;
    if (i < ctx.count() && ctx.arg(i).rfind("\\\\", 0) == 0) {
        host = ctx.arg(i).substr(2);
        ctx.describeValue(i++, "remote_host", host);
    }
    bool isInteractive = false;
    for (; i < ctx.count(); ++i) {
        const auto sw = parseSwitch(ctx.arg(i));
        if (!sw) break;
        if (sw->name == "interactive") isInteractive = true;
        if (sw->name == "delete") return;
    }
    if (i < ctx.count()) {
        time = ctx.arg(i);
        ctx.describeValue(i++, "start_time", time);
    }
    for (; i < ctx.count(); ++i) {   // /interactive /every: /next: between time and command
        const auto sw = parseSwitch(ctx.arg(i));
        if (!sw || (sw->name != "every" && sw->name != "next" && sw->name != "interactive")) break;
        if (sw->name == "interactive") isInteractive = true;
        else ctx.entity("schedule", ctx.arg(i));
    }
    if (i < ctx.count()) {
        const std::string command(trim(ctx.rawFrom(i)));
        for (size_t k = i; k < ctx.count(); ++k)
            ctx.describe(k, {"Part of the command the job runs", "ジョブが実行するコマンドの一部"}, "command");
        ctx.finding("at.create", Severity::Medium, {{"command", command}, {"time", time}});
        explainLaunchedProgram(ctx, command, "scheduled program");
    }
    if (isInteractive) ctx.finding("at.interactive", Severity::High);
    if (!host.empty()) ctx.finding("at.remote", Severity::High, {{"host", host}});
}

}  // namespace hitome::core
