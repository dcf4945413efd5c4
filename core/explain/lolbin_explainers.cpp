// SPDX-License-Identifier: GPL-3.0-or-later
// Signed Windows binaries abused to run or fetch code: rundll32, regsvr32,
// mshta, certutil, bitsadmin, vssadmin (netsh: netsh_explainer.cpp).
#include "core/explain/command_switch.h"
#include "core/explain/explainers.h"
#include "core/util/text.h"

namespace hitome::core {
namespace {

void recordUrls(ExplainContext& ctx, std::string_view text, std::string_view code) {
    for (const auto& url : findUrls(text)) {
        ctx.entity("url", url);
        ctx.finding(code, Severity::High, {{"url", url}});
        ctx.technique("T1105");
    }
}

bool argContains(const ExplainContext& ctx, std::string_view word) {
    for (size_t i = 0; i < ctx.count(); ++i)
        if (containsNoCase(ctx.arg(i), word)) return true;
    return false;
}

// "comsvcs.dll, MiniDump PID FILE full": which process, where the dump goes.
void describeMiniDumpArguments(ExplainContext& ctx) {
    size_t i = 0;
    while (i < ctx.count() && !containsNoCase(ctx.arg(i), "minidump")) ++i;
    if (i + 1 < ctx.count())
        ctx.describe(i + 1, {"ID of the process to dump: find which process had it (LSASS means credential theft)",
                             "ダンプするプロセスの ID。どのプロセスか確認してください（LSASS なら資格情報の窃取）"}, "value");
    if (i + 2 < ctx.count()) ctx.describeValue(i + 2, "output_file", ctx.arg(i + 2));
    if (i + 3 < ctx.count())
        ctx.describe(i + 3, {"Full memory dump, passwords and tickets included", "パスワードやチケットを含む完全なメモリダンプ"}, "value");
}

}  // namespace

void explainRundll32(ExplainContext& ctx) {
    ctx.technique("T1218.011");
    if (ctx.count() == 0) return;
    const std::string raw(ctx.rawFrom(0));
    if (containsNoCase(raw, "javascript:") || containsNoCase(raw, "mshtml") || containsNoCase(raw, "vbscript:")) {
        ctx.finding("rundll32.script", Severity::High);
        recordUrls(ctx, raw, "lolbin.remote_script");
        return;
    }
    const std::string& first = ctx.arg(0);
    const size_t comma = first.find(',');
    const std::string dll = first.substr(0, comma);
    std::string exportName = comma == std::string::npos ? (ctx.count() > 1 ? ctx.arg(1) : "") : first.substr(comma + 1);
    ctx.describeValue(0, "dll", dll);
    if (!exportName.empty()) ctx.entity("export", exportName);
    ctx.finding("rundll32.dll", isUserWritablePath(dll) ? Severity::High : Severity::Low, {{"dll", dll}, {"export", exportName}});
    if (containsNoCase(dll, "comsvcs") && containsNoCase(raw, "minidump")) {
        ctx.finding("rundll32.minidump", Severity::High);
        ctx.technique("T1003.001");
        describeMiniDumpArguments(ctx);
    }
}

void explainRegsvr32(ExplainContext& ctx) {
    ctx.technique("T1218.010");
    for (size_t i = 0; i < ctx.count(); ++i) {
        const auto sw = parseSwitch(ctx.arg(i));
        if (!sw) {
            ctx.describeValue(i, "dll", ctx.arg(i));
            continue;
        }
        if (sw->name == "i" && sw->value) {
            const bool isRemote = !findUrls(*sw->value).empty();
            if (isRemote || argContains(ctx, "scrobj")) {
                ctx.finding("regsvr32.squiblydoo", Severity::High);
                recordUrls(ctx, *sw->value, "lolbin.remote_script");
            }
            ctx.entity(isRemote ? "url" : "file", *sw->value);
        }
    }
}

void explainMshta(ExplainContext& ctx) {
    ctx.technique("T1218.005");
    if (ctx.count() == 0) return;
    const std::string raw(trim(ctx.rawFrom(0)));
    recordUrls(ctx, raw, "lolbin.remote_script");
    const bool isJs = startsWithNoCase(raw, "javascript:"), isVbs = startsWithNoCase(raw, "vbscript:");
    if (isJs || isVbs) {
        // mshta reads its raw command line: the script is everything after the program.
        ctx.entity("script", raw);
        ctx.finding("mshta.inline_script", Severity::High, {{"language", isJs ? "JavaScript" : "VBScript"}});
        ctx.technique(isJs ? "T1059.007" : "T1059.005");
        for (size_t k = 0; k < ctx.count(); ++k)
            ctx.describe(k, {"Part of the inline script mshta runs", "mshta が実行するインライン スクリプトの一部"}, "command");
        return;
    }
    if (!parseSwitch(ctx.arg(0))) ctx.describeValue(0, findUrls(ctx.arg(0)).empty() ? "file" : "url", ctx.arg(0));
}

void explainCertutil(ExplainContext& ctx) {
    bool isDownload = false;
    for (size_t i = 0; i < ctx.count(); ++i) {
        const auto sw = parseSwitch(ctx.arg(i));
        if (sw && (sw->name == "urlcache" || sw->name == "verifyctl")) isDownload = true;
        if (sw && (sw->name == "decode" || sw->name == "decodehex") && i + 1 < ctx.count()) {
            ctx.describeValue(i + 1, "file", ctx.arg(i + 1));
            if (i + 2 < ctx.count()) ctx.describeValue(i + 2, "output_file", ctx.arg(i + 2));
            ctx.finding("certutil.decode", Severity::Medium, {{"file", ctx.arg(i + 1)}});
            ctx.technique("T1140");
        }
    }
    if (isDownload) {
        for (size_t i = 0; i < ctx.count(); ++i) {
            if (!findUrls(ctx.arg(i)).empty()) ctx.describeValue(i, "url", ctx.arg(i));
            else if (i > 0 && !parseSwitch(ctx.arg(i)) && !findUrls(ctx.arg(i - 1)).empty())
                ctx.describeValue(i, "output_file", ctx.arg(i));   // -urlcache -f URL FILE
        }
        recordUrls(ctx, ctx.rawFrom(0), "certutil.download");
    }
}

void explainBitsadmin(ExplainContext& ctx) {
    ctx.technique("T1197");
    bool hasJobName = false, hasUrl = false;
    for (size_t i = 0; i < ctx.count(); ++i) {
        const auto sw = parseSwitch(ctx.arg(i));
        if (sw) {
            if (sw->name == "setnotifycmdline" && i + 2 < ctx.count()) {
                ctx.finding("bitsadmin.notify_command", Severity::High, {{"command", ctx.arg(i + 2)}});
                ctx.technique("T1197");
            }
            continue;
        }
        if (!findUrls(ctx.arg(i)).empty()) {
            ctx.describeValue(i, "url", ctx.arg(i));
            hasUrl = true;
        } else if (!hasJobName && !hasUrl) {
            ctx.describeValue(i, "job_name", ctx.arg(i));
            hasJobName = true;
        } else if (hasUrl) {
            ctx.describeValue(i, "output_file", ctx.arg(i));
        }
    }
    recordUrls(ctx, ctx.rawFrom(0), "bitsadmin.transfer");
}

void explainVssadmin(ExplainContext& ctx) {
    if (ctx.count() > 1 && equalsNoCase(ctx.arg(0), "delete") && equalsNoCase(ctx.arg(1), "shadows")) {
        ctx.finding("vss.delete", Severity::High);
        ctx.technique("T1490");
    } else if (ctx.count() > 1 && equalsNoCase(ctx.arg(0), "resize")) {
        ctx.technique("T1490");
    } else {
        ctx.technique("T1082");
    }
}

}  // namespace hitome::core
