// SPDX-License-Identifier: GPL-3.0-or-later
// sc.exe: create / config / start / stop / delete / qc / query with the
// "option= value" syntax (binPath=, start=, obj=, password=).
#include "core/explain/explainers.h"
#include "core/util/text.h"

namespace hitome::core {
namespace {

struct ScOptions {
    std::string binPath, start, account;
};

// sc options are "name=" followed by the value as the next argument; the
// value may also be glued on ("binPath=C:\x.exe").
ScOptions readOptions(ExplainContext& ctx, size_t from) {
    ScOptions o;
    for (size_t i = from; i < ctx.count(); ++i) {
        const std::string& a = ctx.arg(i);
        const size_t eq = a.find('=');
        if (eq == std::string::npos) continue;
        const std::string name = toLowerAscii(a.substr(0, eq));
        std::string value = a.substr(eq + 1);
        const bool isSeparate = value.empty() && i + 1 < ctx.count();
        if (isSeparate) value = ctx.arg(i + 1);
        ctx.describeSwitch(i, name + "=");
        const size_t valueIndex = isSeparate ? i + 1 : i;
        if (name == "binpath") {
            o.binPath = value;
            ctx.describeValue(valueIndex, "service_binary", value);
        } else if (name == "start") {
            o.start = toLowerAscii(value);
            ctx.describeValue(valueIndex, "start_type", value);
        } else if (name == "obj") {
            o.account = value;
            ctx.describeValue(valueIndex, "run_as_user", value);
        } else if (name == "password") {
            ctx.maskArgument(valueIndex, isSeparate ? "" : "password=");
            ctx.entity("password", "(given)");
            ctx.finding("credentials.given", Severity::Medium, {{"switch", "password="}});
        } else if (isSeparate) {
            ctx.describe(valueIndex, {"Value of " + name + "=", name + "= の値"}, "value");
        }
        if (isSeparate) ++i;
    }
    return o;
}


}  // namespace

void explainSc(ExplainContext& ctx) {
    size_t i = 0;
    if (i < ctx.count() && ctx.arg(i).rfind("\\\\", 0) == 0) {
        ctx.describeValue(i, "remote_host", ctx.arg(i).substr(2));
        ctx.finding("sc.remote", Severity::High, {{"host", ctx.arg(i).substr(2)}});
        ++i;
    }
    if (i >= ctx.count()) return;
    const std::string op = toLowerAscii(ctx.arg(i));
    ctx.describe(i, {"sc operation", "sc の操作"}, "subcommand");
    if (const KbEntry* e = ctx.entry())
        if (const KbSwitch* s = e->findSwitch(op)) ctx.describe(i, s->meaning, "subcommand");
    const std::string service = i + 1 < ctx.count() ? ctx.arg(i + 1) : std::string();
    if (!service.empty() && service.find('=') == std::string::npos) ctx.describeValue(i + 1, "service_name", service);
    const ScOptions o = readOptions(ctx, i + 2);
    if (op == "create") {
        ctx.finding("sc.create", Severity::High, {{"service", service}, {"binary", o.binPath}});
        ctx.technique("T1543.003");
        if (!o.binPath.empty()) explainLaunchedProgram(ctx, o.binPath, "service program");
    } else if (op == "config") {
        ctx.finding("sc.config", Severity::Medium, {{"service", service}});
        ctx.technique("T1543.003");
        if (!o.binPath.empty()) explainLaunchedProgram(ctx, o.binPath, "service program");
        if (o.start == "disabled" && looksLikeSecurityService(service)) {
            ctx.finding("sc.stop_security", Severity::High, {{"service", service}});
            ctx.technique("T1685");
        }
    } else if (op == "start") {
        ctx.finding("sc.start", Severity::Low, {{"service", service}});
        ctx.technique("T1569.002");
    } else if (op == "stop" || op == "delete") {
        if (looksLikeSecurityService(service)) {
            ctx.finding("sc.stop_security", Severity::High, {{"service", service}});
            ctx.technique("T1685");
        } else {
            ctx.technique("T1489");
        }
    } else if (op == "query" || op == "queryex" || op == "qc" || op == "qdescription" || op == "sdshow") {
        ctx.finding("sc.query", Severity::Informational);
        ctx.technique("T1007");
    }
    if (o.start == "auto" && (op == "create" || op == "config")) ctx.finding("sc.autostart", Severity::Medium);
}

}  // namespace hitome::core
