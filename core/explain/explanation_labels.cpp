// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/explain/explanation_labels.h"

#include <string>

namespace hitome::core {
namespace {

struct Label {
    std::string_view code, en, ja;
};

template <size_t N>
LocalizedText lookup(const Label (&table)[N], std::string_view code) {
    for (const auto& l : table)
        if (l.code == code) return {std::string(l.en), std::string(l.ja)};
    return {std::string(code), std::string(code)};
}

}  // namespace

LocalizedText nestedRoleLabel(std::string_view role) {
    static const Label kRoles[] = {
        {"scheduled program", "program the task runs", "タスクが実行するプログラム"},
        {"chain segment", "one command of the chain", "連結されたコマンドの一つ"},
        {"command run by cmd.exe", "command run by cmd.exe", "cmd.exe が実行するコマンド"},
        {"process started through WMI", "process started through WMI", "WMI 経由で起動されるプロセス"},
        {"service program", "program the service runs", "サービスが実行するプログラム"},
        {"command in the script", "Windows command the script runs", "スクリプトが実行する Windows コマンド"},
        {"autostart program", "program started at every logon", "ログオンのたびに起動されるプログラム"},
    };
    return lookup(kRoles, role);
}

LocalizedText chainOperatorLabel(std::string_view op) {
    static const Label kOperators[] = {
        {"&", "then, whatever the result, the next command (&)", "続けて次のコマンドを実行（&）"},
        {"&&", "then, only if it succeeded, the next command (&&)", "成功した場合のみ次のコマンドを実行（&&）"},
        {"||", "then, only if it failed, the next command (||)", "失敗した場合のみ次のコマンドを実行（||）"},
        {"|", "its output is fed to the next command (|)", "出力を次のコマンドに渡す（|）"},
    };
    return lookup(kOperators, op);
}

LocalizedText decodedKindLabel(std::string_view kind) {
    static const Label kKinds[] = {
        {"base64", "base64 decoded", "base64 をデコード"},
        {"base64+utf16le", "base64 decoded, UTF-16LE text", "base64 をデコード（UTF-16LE テキスト）"},
        {"gzip", "gzip stream decompressed", "gzip ストリームを展開"},
        {"deflate", "deflate stream decompressed", "deflate ストリームを展開"},
        {"char-codes", "character codes folded into text", "文字コードを文字列に復元"},
        {"concatenation", "string concatenation folded", "文字列の連結を復元"},
        {"format-string", "format string (-f) folded", "書式文字列（-f）を復元"},
    };
    return lookup(kKinds, kind);
}

LocalizedText severityLabel(Severity severity) {
    switch (severity) {
    case Severity::High: return {"high", "高"};
    case Severity::Medium: return {"medium", "中"};
    case Severity::Low: return {"low", "低"};
    case Severity::Informational: break;
    }
    return {"info", "情報"};
}

LocalizedText binaryKindLabel(std::string_view kind) {
    static const Label kKinds[] = {
        {"system-binary", "a program that ships with Windows", "Windows に標準で含まれるプログラム"},
        {"lolbin", "a signed Windows program often abused to run code", "コード実行に悪用されやすい署名済み Windows プログラム"},
        {"admin-tool", "an administration tool", "管理ツール"},
        {"system-process", "a core Windows process", "Windows の中核プロセス"},
        {"third-party-tool", "a third-party tool", "サードパーティ製ツール"},
    };
    return lookup(kKinds, kind);
}

LocalizedText kbPhaseLabel(std::string_view phase) {
    static const Label kPhases[] = {
        {"initial-recon", "initial reconnaissance", "初期調査"},
        {"exploration", "exploration", "探索活動"},
        {"spread", "spreading", "感染拡大"},
    };
    return lookup(kPhases, phase);
}

LocalizedText switchRiskLabel(std::string_view risk) {
    static const Label kRisks[] = {
        {"info", "info", "情報"}, {"low", "low", "低"}, {"medium", "medium", "中"}, {"high", "high", "高"},
    };
    return lookup(kRisks, risk);
}

LocalizedText entityValueLabel(std::string_view kind, std::string_view value) {
    if (kind == "password" && value == "(given)") return {"(given on the command line, hidden here)", "（コマンドラインで指定あり・ここでは非表示）"};
    return {std::string(value), std::string(value)};
}

LocalizedText truncatedLabel() { return {"(truncated)", "（途中で打ち切り）"}; }

}  // namespace hitome::core
