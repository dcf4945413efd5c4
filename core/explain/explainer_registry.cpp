// SPDX-License-Identifier: GPL-3.0-or-later
// explainerFor / entityLabel (explain_context.h) and the shared helpers of explainers.h.
#include <algorithm>

#include "core/explain/binary_identity.h"
#include "core/explain/explainers.h"
#include "core/explain/command_switch.h"
#include "core/util/text.h"

namespace hitome::core {

Explainer explainerFor(std::string_view stem) {
    static const std::pair<std::string_view, Explainer> kExplainers[] = {
        {"schtasks", explainSchtasks},   {"at", explainAt},           {"cmd", explainCmd},
        {"powershell", explainPowerShell}, {"pwsh", explainPowerShell}, {"powershell_ise", explainPowerShell},
        {"wmic", explainWmic},           {"net", explainNet},         {"net1", explainNet},
        {"reg", explainReg},             {"sc", explainSc},           {"rundll32", explainRundll32},
        {"regsvr32", explainRegsvr32},   {"mshta", explainMshta},     {"certutil", explainCertutil},
        {"bitsadmin", explainBitsadmin}, {"netsh", explainNetsh},     {"vssadmin", explainVssadmin},
    };
    for (const auto& [name, fn] : kExplainers)
        if (name == stem) return fn;
    return nullptr;
}

LocalizedText entityLabel(std::string_view kind) {
    static const struct {
        std::string_view kind, en, ja;
    } kLabels[] = {
        {"task_name", "Task name", "タスク名"},           {"program", "Program to run", "実行するプログラム"},
        {"schedule", "Schedule", "スケジュール"},          {"modifier", "Schedule interval", "スケジュール間隔"},
        {"start_time", "Start time", "開始時刻"},          {"start_date", "Start date", "開始日"},
        {"end_time", "End time", "終了時刻"},              {"run_as_user", "Account it runs as", "実行アカウント"},
        {"run_level", "Privilege level", "特権レベル"},   {"remote_host", "Remote computer", "リモートコンピューター"},
        {"user", "User name", "ユーザー名"},               {"password", "Password (hidden)", "パスワード（非表示）"},
        {"registry_key", "Registry key", "レジストリキー"}, {"registry_value", "Registry value name", "レジストリ値の名前"},
        {"registry_data", "Registry data", "レジストリデータ"}, {"service_name", "Service name", "サービス名"},
        {"service_binary", "Service program (binPath)", "サービスのプログラム（binPath）"}, {"url", "URL", "URL"},
        {"file", "File", "ファイル"},                      {"command", "Command", "コマンド"},
        {"script", "Script", "スクリプト"},                {"group", "Group", "グループ"},
        {"share", "Share", "共有"},                        {"domain", "Domain", "ドメイン"},
        {"dll", "DLL", "DLL"},                             {"export", "DLL export", "DLL エクスポート関数"},
        {"port", "Port", "ポート"},                        {"rule_name", "Firewall rule name", "ファイアウォール規則名"},
        {"wmi_class", "WMI alias or class", "WMI エイリアス／クラス"},
        {"end_date", "End date", "終了日"},                {"days", "Days the task runs", "実行する曜日・日"},
        {"months", "Months the task runs", "実行する月"},  {"idle_time", "Idle minutes before start", "開始までのアイドル時間（分）"},
        {"duration", "Repetition duration", "繰り返しの継続時間"}, {"interval", "Repetition interval", "繰り返し間隔"},
        {"channel", "Event log channel", "イベントログのチャネル"}, {"format", "Output format", "出力形式"},
        {"delay", "Start delay", "開始の遅延"},            {"stylesheet", "XSL stylesheet", "XSL スタイルシート"},
        {"job_name", "BITS job name", "BITS ジョブ名"},     {"output_file", "File written", "書き込まれるファイル"},
        {"start_type", "Start type", "開始の種類"},
    };
    for (const auto& l : kLabels)
        if (l.kind == kind) return {std::string(l.en), std::string(l.ja)};
    return {std::string(kind), std::string(kind)};
}

bool hasValueAfter(const ExplainContext& ctx, size_t i) { return i + 1 < ctx.count() && !parseSwitch(ctx.arg(i + 1)); }

bool isSystemAccount(std::string_view user) {
    for (std::string_view s : {"system", "nt authority\\system", "s-1-5-18", "localsystem", ".\\localsystem"})
        if (equalsNoCase(trim(user), s)) return true;
    return false;
}

bool looksLikeSecurityService(std::string_view name) {
    for (std::string_view s : {"windefend", "sense", "wdnissvc", "mpssvc", "eventlog", "sysmon", "wscsvc", "securityhealth", "defender",
                               "mbamservice", "sophos", "symantec", "mcafee", "csfalcon", "cylance", "sepmaster"})
        if (containsNoCase(name, s)) return true;
    return false;
}

void explainLaunchedProgram(ExplainContext& ctx, std::string_view commandLine, std::string_view role) {
    if (trim(commandLine).empty()) return;
    ctx.entity("program", commandLine);
    const Explanation* child = &ctx.nest(commandLine, role);
    // "cmd /c X": the program that matters is X.
    for (int hop = 0; hop < 4 && child->binary.stem == "cmd" && !child->nested.empty(); ++hop) {
        child = &child->nested.front();
        if (child->isChain()) child = &child->nested.front();
    }
    // A known Windows program (powershell, rundll32...) is only the vehicle:
    // the suspect is the whole command it is given.
    const bool isVehicle = !child->kbName.empty();
    const std::string program = child->binary.asWritten.empty() || isVehicle ? child->commandLine : child->binary.asWritten;
    if (isVehicle)
        ctx.finding("program.suspect_command", Severity::Medium, {{"program", program}, {"binary", child->kbName}});
    else
        ctx.finding("program.suspect", Severity::Medium, {{"program", program}});
    if (child->binary.hasPath && isUserWritablePath(child->binary.asWritten)) {
        const size_t slash = child->binary.asWritten.find_last_of("\\/");
        ctx.finding("program.user_writable", Severity::High,
                    {{"program", program}, {"folder", child->binary.asWritten.substr(0, slash)}});
    }
}

std::vector<std::string> findUrls(std::string_view text) {
    std::vector<std::string> out;
    for (size_t i = 0; i < text.size() && out.size() < 32; ++i) {
        const std::string_view rest = text.substr(i);
        if (!startsWithNoCase(rest, "http://") && !startsWithNoCase(rest, "https://") && !startsWithNoCase(rest, "ftp://"))
            continue;
        size_t end = i;
        constexpr std::string_view kStop = " \t\r\n'\"`)<>;,|^{}";
        while (end < text.size() && kStop.find(text[end]) == std::string_view::npos) ++end;
        std::string url(text.substr(i, end - i));
        if (std::find(out.begin(), out.end(), url) == out.end()) out.push_back(url);
        i = end;
    }
    return out;
}

}  // namespace hitome::core
