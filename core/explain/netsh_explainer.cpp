// SPDX-License-Identifier: GPL-3.0-or-later
// netsh.exe: firewall off / rules (advfirewall and the legacy firewall
// context), portproxy relays, Wi-Fi keys, helper DLLs, packet capture,
// remote use (-r), with netsh's keyword abbreviations expanded.
#include "core/explain/explainers.h"
#include "core/explain/netsh_command.h"
#include "core/util/text.h"

namespace hitome::core {
namespace {

bool isProfile(std::string_view word) {
    for (std::string_view p : {"allprofiles", "currentprofile", "domainprofile", "privateprofile", "publicprofile"})
        if (word == p) return true;
    return false;
}

bool firstValueIs(const NetshCommand& c, std::initializer_list<std::string_view> words) {
    if (c.values.empty()) return false;
    for (auto w : words)
        if (equalsNoCase(c.values.front(), w)) return true;
    return false;
}

// Meanings for the keyword arguments, from the KB with the expanded words;
// an abbreviation is spelled out in front of the meaning.
void describeKeywords(ExplainContext& ctx, const NetshCommand& c) {
    std::vector<std::string> words = c.keywords;
    for (const auto& v : c.values) words.push_back(toLowerAscii(v));
    for (size_t k = 0; k < c.keywords.size();) {
        const size_t i = c.firstKeyword + k;
        const size_t used = ctx.describeKbPhrase(i, std::span<const std::string>(words).subspan(k));
        for (size_t w = k; w < std::max(k + 1, k + used) && w < c.keywords.size(); ++w) {
            const size_t at = c.firstKeyword + w;
            ExplainedArgument& a = ctx.explanation().arguments[at + 1];
            if (a.meaning.isEmpty())
                a.meaning = {"netsh context or command \"" + c.keywords[w] + "\"", "netsh のコンテキストまたはコマンド「" + c.keywords[w] + "」"};
            if (a.role == "argument") a.role = "subcommand";
            if (!equalsNoCase(ctx.arg(at), c.keywords[w])) {
                const std::string note = ctx.arg(at) + " = " + c.keywords[w] + ": ";
                a.meaning = {note + a.meaning.en, note + a.meaning.ja};
            }
        }
        k += std::max<size_t>(used, 1);
    }
}

void explainFirewall(ExplainContext& ctx, const NetshCommand& c) {
    const bool isAdvancedOff = c.keywords.size() == 4 && c.startsWith("advfirewall set") && isProfile(c.keywords[2]) &&
                               c.keywords[3] == "state" && firstValueIs(c, {"off"});
    const bool isLegacyOff = c.startsWith("firewall set opmode") &&
                             (firstValueIs(c, {"disable", "disabled"}) || equalsNoCase(c.param("mode"), "disable"));
    if (isAdvancedOff || isLegacyOff) {
        ctx.finding("netsh.firewall_off", Severity::High);
        ctx.technique("T1686.003");
    }
    const bool isAddRule = c.startsWith("advfirewall firewall add rule") || c.startsWith("firewall add");
    if (isAddRule) {
        std::string rule = c.param("name");
        if (rule.empty() && c.startsWith("firewall add portopening") && c.values.size() > 2) rule = c.values[2];
        if (!rule.empty()) ctx.entity("rule_name", rule);
        for (const char* key : {"localport", "port"})
            if (!c.param(key).empty()) ctx.entity("port", c.param(key));
        if (c.startsWith("firewall add portopening") && c.values.size() > 1) ctx.entity("port", c.values[1]);
        if (!c.param("program").empty()) ctx.entity("program", c.param("program"));
        ctx.finding("netsh.firewall_rule", Severity::Medium, {{"rule", rule.empty() ? "?" : rule}});
        ctx.technique("T1686.003");
    }
    if (c.startsWith("advfirewall firewall delete rule") || c.startsWith("firewall delete")) {
        ctx.finding("netsh.firewall_rule_delete", Severity::Low, {{"rule", c.param("name").empty() ? "?" : c.param("name")}});
        ctx.technique("T1686.003");
    }
}

void explainRelayAndOthers(ExplainContext& ctx, const NetshCommand& c) {
    if (c.startsWith("interface portproxy add") || c.startsWith("interface portproxy set")) {
        for (const char* key : {"listenport", "connectport"})
            if (!c.param(key).empty()) ctx.entity("port", c.param(key));
        if (!c.param("connectaddress").empty()) ctx.entity("remote_host", c.param("connectaddress"));
        ctx.finding("netsh.portproxy", Severity::High);
        ctx.technique("T1090");
    } else if (c.startsWith("interface portproxy")) {
        ctx.technique("T1016");
    }
    if (c.startsWith("wlan show profiles") && equalsNoCase(c.param("key"), "clear")) {
        ctx.finding("netsh.wifi_keys", Severity::High);
        ctx.technique("T1552.001");
    }
    if (c.startsWith("add helper") && !c.values.empty()) {
        ctx.entity("dll", c.values.front());
        ctx.finding("netsh.helper_dll", Severity::High, {{"dll", c.values.front()}});
        ctx.technique("T1546.007");
    }
    if (c.startsWith("trace start") && equalsNoCase(c.param("capture"), "yes")) {
        ctx.finding("netsh.capture", Severity::Medium);
        ctx.technique("T1040");
    }
}

}  // namespace

void explainNetsh(ExplainContext& ctx) {
    std::vector<std::string> args;
    for (size_t i = 0; i < ctx.count(); ++i) args.push_back(ctx.arg(i));
    const NetshCommand c = parseNetshCommand(args);
    if (!c.remoteHost.empty()) {
        ctx.entity("remote_host", c.remoteHost);
        ctx.finding("netsh.remote", Severity::Medium, {{"host", c.remoteHost}});
    }
    if (!c.user.empty()) ctx.entity("user", c.user);
    if (c.passwordIndex < ctx.count()) {
        ctx.maskArgument(c.passwordIndex);
        ctx.entity("password", "(given)");
        ctx.finding("credentials.given", Severity::Medium, {{"switch", "-p"}});
    }
    describeKeywords(ctx, c);
    explainFirewall(ctx, c);
    explainRelayAndOthers(ctx, c);
}

}  // namespace hitome::core
