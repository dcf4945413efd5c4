// SPDX-License-Identifier: GPL-3.0-or-later
// reg.exe: add / query / export / save / delete / import / load; Run keys,
// hive dumps (SAM, SYSTEM, SECURITY) and security-relevant settings.
#include "core/explain/command_switch.h"
#include "core/explain/explainers.h"
#include "core/util/text.h"

namespace hitome::core {
namespace {

bool isRunKey(std::string_view key) {
    for (std::string_view k : {"\\currentversion\\run", "\\currentversion\\runonce", "\\currentversion\\runservices",
                               "\\currentversion\\policies\\explorer\\run", "\\winlogon", "\\image file execution options",
                               "\\currentversion\\explorer\\shell folders"})
        if (containsNoCase(key, k)) return true;
    return false;
}

bool isSecuritySetting(std::string_view key) {
    for (std::string_view k : {"windows defender", "\\lsa", "wdigest", "\\firewallpolicy", "terminal server",
                               "\\system\\currentcontrolset\\services\\", "enablelua", "safeboot", "amsi"})
        if (containsNoCase(key, k)) return true;
    return false;
}

std::string hiveName(std::string_view key) {
    std::string k = toLowerAscii(key);
    for (std::string_view prefix : {"hklm\\", "hkey_local_machine\\"})
        if (k.rfind(prefix, 0) == 0) k = k.substr(prefix.size());
    for (std::string_view hive : {"sam", "system", "security"})
        if (k == hive) {
            std::string upper(hive);
            for (auto& c : upper) c = static_cast<char>(c - 'a' + 'A');
            return upper;
        }
    return {};
}

// Describes /v and /d; returns the /d data.
std::string readOptions(ExplainContext& ctx) {
    std::string data;
    for (size_t i = 2; i < ctx.count(); ++i) {
        const auto sw = parseSwitch(ctx.arg(i));
        if (!sw || !hasValueAfter(ctx, i)) continue;
        if (sw->name == "v") ctx.describeValue(i + 1, "registry_value", ctx.arg(i + 1));
        else if (sw->name == "d") ctx.describeValue(i + 1, "registry_data", data = ctx.arg(i + 1));
        else if (sw->name == "t") ctx.describeKbPhrase(i + 1);
        else continue;
        ++i;
    }
    return data;
}

}  // namespace

void explainReg(ExplainContext& ctx) {
    if (ctx.count() < 2) return;
    const std::string op = toLowerAscii(ctx.arg(0));
    const std::string key = ctx.arg(1);
    ctx.describe(0, {"reg operation", "reg の操作"}, "subcommand");
    if (const KbEntry* e = ctx.entry())
        if (const KbSwitch* s = e->findSwitch(op)) ctx.describe(0, s->meaning, "subcommand");
    ctx.describeValue(1, "registry_key", key);
    const std::string data = readOptions(ctx);
    if ((op == "save" || op == "export") && !hiveName(key).empty()) {
        if (ctx.count() > 2) ctx.describeValue(2, "file", ctx.arg(2));
        ctx.finding("reg.hive_save", Severity::High, {{"hive", hiveName(key)}});
        ctx.technique("T1003.002");
        if (hiveName(key) == "SECURITY") ctx.technique("T1003.004");
        return;
    }
    if (op == "save" || op == "export") {
        if (ctx.count() > 2) ctx.describeValue(2, "file", ctx.arg(2));
        ctx.finding("reg.query", Severity::Low, {{"key", key}});
        ctx.technique("T1012");
    } else if (op == "query") {
        ctx.finding("reg.query", Severity::Informational, {{"key", key}});
        ctx.technique("T1012");
    } else if (op == "add" || op == "delete" || op == "import" || op == "load" || op == "copy" || op == "restore") {
        ctx.finding(op == "delete" ? "reg.delete" : "reg.modify", Severity::Low, {{"key", key}});
        ctx.technique("T1112");
        if (op == "add" && isRunKey(key)) {
            ctx.finding("reg.run_key", Severity::High);
            ctx.technique("T1547.001");
            if (!data.empty()) explainLaunchedProgram(ctx, data, "autostart program");
        }
    }
    if (isSecuritySetting(key) && op != "query") {
        ctx.finding("reg.security_setting", Severity::High, {{"key", key}});
        ctx.technique("T1685");
    }
}

}  // namespace hitome::core
