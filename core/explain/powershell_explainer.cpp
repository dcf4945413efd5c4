// SPDX-License-Identifier: GPL-3.0-or-later
// powershell.exe / pwsh: launch options, encoded commands and what the
// (decoded) script references: IEX, downloads, URLs, registry paths.
#include "core/explain/explainers.h"
#include "core/explain/layered_decoder.h"
#include "core/explain/powershell_invocation.h"
#include "core/explain/powershell_parameters.h"
#include "core/util/text.h"

namespace hitome::core {
namespace {

struct PsLaunch {
    std::string command;      // -Command text (or the bare script)
    std::string encoded;      // -EncodedCommand value
    bool isHidden = false, isNoProfile = false;
    std::string policy;
};

void readLaunch(ExplainContext& ctx, PsLaunch& p) {
    for (size_t i = 0; i < ctx.count(); ++i) {
        const auto param = parsePsParam(ctx.arg(i));
        if (!param) {   // the rest is the script (powershell.exe's default is -Command)
            for (size_t k = i; k < ctx.count(); ++k) {
                p.command += (k > i ? " " : "") + ctx.arg(k);
                ctx.describe(k, {"Part of the script", "スクリプトの一部"}, "value");
            }
            ctx.entity("script", p.command);
            return;
        }
        ctx.describeSwitch(i, psParamName(*param));
        if (*param == PsParam::NoProfile || *param == PsParam::NonInteractive) p.isNoProfile = true;
        if (!psParamTakesValue(*param) || i + 1 >= ctx.count()) continue;
        const std::string& v = ctx.arg(i + 1);
        if (*param == PsParam::Command || *param == PsParam::CommandWithArgs) {
            for (size_t k = i + 1; k < ctx.count(); ++k) p.command += (k > i + 1 ? " " : "") + ctx.arg(k);
            ctx.describeValue(i + 1, "script", p.command);
            for (size_t k = i + 2; k < ctx.count(); ++k)
                ctx.describe(k, {"Part of the script", "スクリプトの一部"}, "value");
            return;
        }
        if (*param == PsParam::EncodedCommand) {
            p.encoded = v;
            ctx.describe(i + 1, {"Base64-encoded script (decoded below)", "base64 でエンコードされたスクリプト（下にデコード結果）"}, "value");
        } else if (*param == PsParam::WindowStyle) {
            p.isHidden = startsWithNoCase(v, "h") || v == "1";
            ctx.describe(i + 1, {"Window style", "ウィンドウの表示方法"}, "value");
        } else if (*param == PsParam::ExecutionPolicy) {
            p.policy = v;
            ctx.describe(i + 1, {"Execution policy", "実行ポリシー"}, "value");
        } else if (*param == PsParam::File) {
            ctx.describeValue(i + 1, "file", v);
        }
        ++i;
    }
}

std::vector<std::string> findRegistryPaths(std::string_view s) {
    std::vector<std::string> out;
    for (size_t i = 0; i < s.size() && out.size() < 16; ++i) {
        const std::string_view rest = s.substr(i);
        bool hit = false;
        for (std::string_view prefix : {"hklm:", "hkcu:", "hkcr:", "hku:", "registry::", "hkey_local_machine\\",
                                        "hkey_current_user\\", "hkey_users\\", "hkey_classes_root\\"})
            hit = hit || startsWithNoCase(rest, prefix);
        if (!hit || (i > 0 && std::isalnum(static_cast<unsigned char>(s[i - 1])))) continue;
        size_t end = i;
        constexpr std::string_view kStop = " \t\r\n'\"`)(;,|{}";
        while (end < s.size() && kStop.find(s[end]) == std::string_view::npos) ++end;
        std::string key(s.substr(i, end - i));
        while (!key.empty() && key.back() == '\\') key.pop_back();
        if (std::find(out.begin(), out.end(), key) == out.end()) out.push_back(key);
        i = end;
    }
    return out;
}

// Findings for one script text (the command or a decoded layer).
void analyzeScript(ExplainContext& ctx, std::string_view script) {
    const std::string invocation = findExpressionInvocation(script);
    const bool hasIex = !invocation.empty();
    if (hasIex) ctx.finding("ps.iex", Severity::High, {{"form", invocation}});
    if (containsNoCase(script, "frombase64string")) {
        ctx.finding("ps.from_base64", Severity::Medium);
        ctx.technique("T1140");
    }
    const bool downloads = containsNoCase(script, "downloadstring") || containsNoCase(script, "downloadfile") ||
                           containsNoCase(script, "downloaddata") || containsNoCase(script, "net.webclient") ||
                           containsNoCase(script, "invoke-webrequest") || containsNoCase(script, "iwr ") || containsNoCase(script, "irm ") ||
                           containsNoCase(script, "invoke-restmethod") || containsNoCase(script, "start-bitstransfer");
    for (const auto& url : findUrls(script)) {
        ctx.entity("url", url);
        ctx.finding("ps.download", Severity::Medium, {{"url", url}});
        ctx.technique("T1105");
    }
    if (downloads && hasIex) ctx.finding("ps.download_cradle", Severity::High);
    for (const auto& key : findRegistryPaths(script)) {
        ctx.entity("registry_key", key);
        ctx.finding("ps.registry_payload", Severity::Medium, {{"key", key}});
        ctx.technique("T1027.011");
    }
}

void analyzeLayers(ExplainContext& ctx, const std::vector<DecodedLayer>& layers) {
    for (const auto& l : layers) {
        if (l.kind == "gzip" || l.kind == "deflate") ctx.finding("ps.compressed", Severity::Medium, {{"kind", l.kind}});
        if (l.kind == "char-codes" || l.kind == "concatenation" || l.kind == "format-string") {
            ctx.finding("ps.obfuscated", Severity::Medium, {{"kind", l.kind}});
            ctx.technique("T1027");
        }
        analyzeScript(ctx, l.text);
    }
}

// A script that is just a Windows command line ("schtasks /Create ...",
// "whoami") is explained as one. PowerShell aliases that shadow Windows
// commands (set, type, dir, echo...) are not, nor is PowerShell itself.
void explainScriptCommand(ExplainContext& ctx, std::string_view script) {
    script = trim(script);
    if (script.empty() || script.find_first_of(";\n") != std::string_view::npos) return;
    const auto tokens = splitCommandLine(script.substr(0, std::min<size_t>(script.size(), 512)));
    if (tokens.empty()) return;
    const BinaryIdentity id = identifyBinary(tokens[0].value);
    const bool isPowerShell = id.stem == "powershell" || id.stem == "pwsh" || id.stem == "cmd";
    const bool hasExe = id.fileName.size() > 4 && equalsNoCase(id.fileName.substr(id.fileName.size() - 4), ".exe");
    if (isPowerShell || (!explainerFor(id.stem) && !hasExe)) return;
    ctx.nest(script, "command in the script");
}

}  // namespace

void explainPowerShell(ExplainContext& ctx) {
    PsLaunch p;
    readLaunch(ctx, p);
    ctx.technique("T1059.001");
    if (p.isHidden) {
        ctx.finding("ps.hidden_window", Severity::Medium);
        ctx.technique("T1564.003");
    }
    if (equalsNoCase(p.policy, "bypass") || equalsNoCase(p.policy, "unrestricted"))
        ctx.finding("ps.bypass_policy", Severity::Medium, {{"policy", p.policy}});
    if (p.isNoProfile) ctx.finding("ps.no_profile", Severity::Low);
    if (!p.encoded.empty()) {
        auto layers = decodeEncodedCommand(p.encoded);
        ctx.technique("T1027");
        if (layers.empty()) {
            ctx.finding("decode.failed", Severity::Medium);
        } else {
            ctx.finding("ps.encoded", Severity::High);
            ctx.entity("script", layers.front().text);
            analyzeLayers(ctx, layers);
            explainScriptCommand(ctx, layers.front().text);
            ctx.addLayers(std::move(layers));
        }
    }
    if (!p.command.empty()) {
        analyzeScript(ctx, p.command);
        explainScriptCommand(ctx, p.command);
        auto layers = decodeScriptLayers(p.command);
        analyzeLayers(ctx, layers);
        ctx.addLayers(std::move(layers));
    }
}

}  // namespace hitome::core
