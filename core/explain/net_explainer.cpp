// SPDX-License-Identifier: GPL-3.0-or-later
// net.exe / net1.exe: user, localgroup, group, use, view, share, session,
// time, start/stop, accounts, config.
#include "core/explain/command_switch.h"
#include "core/explain/explainers.h"
#include "core/util/text.h"

namespace hitome::core {
namespace {

bool isPrivilegedGroup(std::string_view g) {
    for (std::string_view p : {"administrators", "domain admins", "enterprise admins", "remote desktop users",
                               "backup operators", "schema admins", "account operators", "server operators",
                               "administradores", "administrateurs", "administratoren"})
        if (equalsNoCase(g, p)) return true;
    return false;
}

struct NetArgs {
    std::vector<size_t> positional;   // argument indexes that are not switches
    bool isAdd = false, isDelete = false, isDomain = false;
};

NetArgs readNetArgs(ExplainContext& ctx) {
    NetArgs a;
    for (size_t i = 1; i < ctx.count(); ++i) {
        const auto sw = parseSwitch(ctx.arg(i));
        if (!sw) {
            a.positional.push_back(i);
            continue;
        }
        if (sw->name == "add") a.isAdd = true;
        if (sw->name == "delete" || sw->name == "del") a.isDelete = true;
        if (sw->name == "domain") a.isDomain = true;
        if (sw->name == "user" && sw->value) ctx.entity("user", *sw->value);
    }
    return a;
}

void explainUser(ExplainContext& ctx, const NetArgs& a) {
    if (a.positional.empty()) {
        ctx.finding("net.discovery", Severity::Low, {{"sub", ctx.arg(0) + (a.isDomain ? " /domain" : "")}});
        ctx.technique(a.isDomain ? "T1087.002" : "T1087.001");
        return;
    }
    const std::string user = ctx.arg(a.positional[0]);
    ctx.describeValue(a.positional[0], "user", user);
    if (a.positional.size() > 1) {   // net user NAME PASSWORD
        ctx.maskArgument(a.positional[1]);
        ctx.describeValue(a.positional[1], "password", "(given)");
        ctx.finding("credentials.given", Severity::Medium, {{"switch", "net user"}});
    }
    if (a.isAdd) {
        ctx.finding("net.user_add", Severity::High, {{"user", user}});
        ctx.technique(a.isDomain ? "T1136.002" : "T1136.001");
    } else {
        ctx.technique(a.isDomain ? "T1087.002" : "T1087.001");
    }
}

void explainGroup(ExplainContext& ctx, const NetArgs& a) {
    if (a.positional.empty() || !a.isAdd) {
        ctx.finding("net.discovery", Severity::Low, {{"sub", ctx.arg(0)}});
        ctx.technique(a.isDomain || equalsNoCase(ctx.arg(0), "group") ? "T1069.002" : "T1069.001");
        if (!a.positional.empty()) ctx.describeValue(a.positional[0], "group", ctx.arg(a.positional[0]));
        return;
    }
    const std::string group = ctx.arg(a.positional[0]);
    ctx.describeValue(a.positional[0], "group", group);
    const std::string user = a.positional.size() > 1 ? ctx.arg(a.positional[1]) : std::string("?");
    if (a.positional.size() > 1) ctx.describeValue(a.positional[1], "user", user);
    const bool isPrivileged = isPrivilegedGroup(group);
    ctx.finding(isPrivileged ? "net.admin_group_add" : "net.group_add", isPrivileged ? Severity::High : Severity::Medium,
                {{"user", user}, {"group", group}});
    ctx.technique("T1098");
}

void explainUse(ExplainContext& ctx, const NetArgs& a) {
    std::string target;
    for (size_t k : a.positional) {
        const std::string& v = ctx.arg(k);
        if (v.rfind("\\\\", 0) == 0) {
            target = v;
            ctx.describeValue(k, "share", v);
            const size_t end = v.find('\\', 2);
            ctx.entity("remote_host", v.substr(2, end == std::string::npos ? std::string::npos : end - 2));
        } else if (!target.empty() && v != "*") {
            ctx.maskArgument(k);
            ctx.describeValue(k, "password", "(given)");
            ctx.finding("credentials.given", Severity::Medium, {{"switch", "net use"}});
        }
    }
    if (target.empty()) {
        ctx.finding("net.discovery", Severity::Low, {{"sub", "use"}});
        ctx.technique("T1049");
        return;
    }
    ctx.finding("net.use", Severity::Medium, {{"target", target}});
    ctx.technique("T1021.002");
}

}  // namespace

void explainNet(ExplainContext& ctx) {
    if (ctx.count() == 0) return;
    const std::string sub = toLowerAscii(ctx.arg(0));
    ctx.describe(0, {"net subcommand", "net のサブコマンド"}, "subcommand");
    if (const KbEntry* e = ctx.entry())
        if (const KbSwitch* s = e->findSwitch(sub)) ctx.describe(0, s->meaning, "subcommand");
    const NetArgs a = readNetArgs(ctx);
    if (sub == "user" || sub == "users") return explainUser(ctx, a);
    if (sub == "localgroup" || sub == "group") return explainGroup(ctx, a);
    if (sub == "use") return explainUse(ctx, a);
    if (sub == "start" || sub == "stop") {
        const std::string service = a.positional.empty() && ctx.count() > 1 ? ctx.arg(1) : a.positional.empty() ? "" : ctx.arg(a.positional[0]);
        if (service.empty()) return ctx.finding("net.discovery", Severity::Low, {{"sub", sub}});
        if (!a.positional.empty()) ctx.describeValue(a.positional[0], "service_name", service);
        ctx.entity("service_name", service);
        ctx.finding("net.service", sub == "stop" ? Severity::Medium : Severity::Low, {{"sub", sub}, {"service", service}});
        const bool isDefenceStopped = sub == "stop" && looksLikeSecurityService(service);
        if (isDefenceStopped) ctx.finding("sc.stop_security", Severity::High, {{"service", service}});
        ctx.technique(isDefenceStopped ? "T1685" : sub == "stop" ? "T1489" : "T1569.002");
        return;
    }
    static const std::pair<std::string_view, std::string_view> kDiscovery[] = {
        {"view", "T1018"}, {"share", "T1135"}, {"session", "T1049"}, {"sessions", "T1049"}, {"time", "T1124"},
        {"accounts", "T1201"}, {"config", "T1016"}, {"statistics", "T1082"}, {"file", "T1049"}};
    for (const auto& [name, technique] : kDiscovery)
        if (sub == name) {
            ctx.finding("net.discovery", Severity::Low, {{"sub", sub}});
            ctx.technique(technique);
            for (size_t k : a.positional)
                if (ctx.arg(k).rfind("\\\\", 0) == 0) ctx.describeValue(k, "remote_host", ctx.arg(k).substr(2));
        }
}

}  // namespace hitome::core
