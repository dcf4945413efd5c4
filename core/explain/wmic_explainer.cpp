// SPDX-License-Identifier: GPL-3.0-or-later
// wmic.exe: global switches (/node /user /password), process call create,
// shadowcopy delete, discovery aliases, /format: with an XSL stylesheet.
#include "core/explain/command_switch.h"
#include "core/explain/explainers.h"
#include "core/util/text.h"

namespace hitome::core {
namespace {

// Global switch value: "/node:host" or "/node" "host".
std::string switchValue(ExplainContext& ctx, size_t& i, const CommandSwitch& sw) {
    if (sw.value) return *sw.value;
    if (hasValueAfter(ctx, i)) return ctx.arg(++i);
    return {};
}

// The built-in output formats (table, list, csv, htable, hform, xml,
// rawxml, value, mof and their .xsl files) are harmless; any other
// stylesheet is script that WMIC runs (T1220).
bool isBuiltinFormat(std::string_view format) {
    std::string f = toLowerAscii(trim(format));
    if (f.size() > 4 && f.substr(f.size() - 4) == ".xsl") f.resize(f.size() - 4);
    if (const size_t colon = f.find(':'); colon != std::string::npos) f.resize(colon);   // "list:writeable"
    for (std::string_view builtin : {"table", "list", "csv", "htable", "hform", "xml", "rawxml", "value", "mof",
                                     "textvaluelist", "texttable", "texttablewsys", "wmiclimofformat"})
        if (f == builtin) return true;
    return false;
}

void explainFormat(ExplainContext& ctx, size_t i, const CommandSwitch& sw) {
    std::string format = sw.value.value_or(std::string());
    if (format.empty() && hasValueAfter(ctx, i)) format = ctx.arg(i + 1);
    if (format.size() >= 2 && format.front() == '"' && format.back() == '"') format = format.substr(1, format.size() - 2);
    if (format.empty() || isBuiltinFormat(format)) return;
    const bool isRemote = !findUrls(format).empty();
    ctx.entity(isRemote ? "url" : "stylesheet", format);
    ctx.finding("wmic.xsl_script", Severity::High, {{"stylesheet", format}});
    ctx.technique("T1220");
    if (isRemote) ctx.technique("T1105");
}

void explainAlias(ExplainContext& ctx, size_t i) {
    const std::string alias = toLowerAscii(ctx.arg(i));
    ctx.describeKbPhrase(i);
    ctx.describeValue(i, "wmi_class", ctx.arg(i));
    auto argIs = [&](size_t k, std::string_view w) { return k < ctx.count() && equalsNoCase(ctx.arg(k), w); };
    if (alias == "process" && argIs(i + 1, "call") && argIs(i + 2, "create")) {
        const std::string command = i + 3 < ctx.count() ? ctx.arg(i + 3) : std::string();
        ctx.finding("wmic.process_create", Severity::High, {{"command", command}});
        ctx.technique("T1047");
        if (!command.empty()) {
            ctx.describeValue(i + 3, "command", command);
            ctx.nest(command, "process started through WMI");
        }
    } else if (alias == "shadowcopy" && argIs(i + 1, "delete")) {
        ctx.finding("wmic.shadow_delete", Severity::High);
        ctx.technique("T1490");
    } else {
        ctx.finding("wmic.discovery", Severity::Low, {{"alias", ctx.arg(i)}});
        ctx.technique("T1047");
    }
    // Verbs (get, list, where...) come from the KB; the rest names classes,
    // properties or values of the query.
    for (size_t k = i + 1; k < ctx.count();) {
        const size_t used = ctx.describeKbPhrase(k);
        if (used == 0 && ctx.explanation().arguments[k + 1].meaning.isEmpty())
            ctx.describe(k, {"Class, property or value of the WMI query", "WMI クエリのクラス、プロパティまたは値"}, "value");
        k += used ? used : 1;
    }
}

}  // namespace

void explainWmic(ExplainContext& ctx) {
    // /format: may follow the verb ("os get /format:evil.xsl").
    for (size_t i = 0; i < ctx.count(); ++i)
        if (const auto sw = parseSwitch(ctx.arg(i)); sw && sw->name == "format") explainFormat(ctx, i, *sw);
    for (size_t i = 0; i < ctx.count(); ++i) {
        const auto sw = parseSwitch(ctx.arg(i));
        if (!sw) {
            explainAlias(ctx, i);
            return;
        }
        const size_t at = i;
        if (sw->name == "node") {
            const std::string host = switchValue(ctx, i, *sw);
            ctx.entity("remote_host", host);
            ctx.finding("wmic.remote", Severity::High, {{"host", host}});
            ctx.technique("T1047");
        } else if (sw->name == "user") {
            ctx.entity("user", switchValue(ctx, i, *sw));
        } else if (sw->name == "password") {
            if (sw->value) ctx.maskArgument(at, "/password:");
            else if (hasValueAfter(ctx, i)) ctx.maskArgument(++i);
            ctx.entity("password", "(given)");
            ctx.finding("credentials.given", Severity::Medium, {{"switch", "/password"}});
        }
    }
}

}  // namespace hitome::core
