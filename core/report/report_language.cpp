// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/report_language.h"

#include <map>
#include <utility>

namespace hitome::core {
namespace {

using Pair = std::pair<const char*, const char*>;  // English, Japanese

const std::map<Phrase, Pair>& phrases() {
    static const std::map<Phrase, Pair> table = {
        {Phrase::Title, {"Incident report: {0}", "インシデント報告書: {0}"}},
        {Phrase::Case, {"Case", "ケース"}},
        {Phrase::Period, {"Period", "期間"}},
        {Phrase::Author, {"Author", "作成者"}},
        {Phrase::Generated, {"Generated", "作成日時"}},
        {Phrase::NoAuthor, {"(not set)", "(未設定)"}},
        {Phrase::ExecutiveSummary, {"Executive summary", "エグゼクティブ サマリー"}},
        {Phrase::SummaryScope,
         {"Between {0} and {1} (UTC), {2} alerts were raised on {3} host(s): {4}.",
          "{0} から {1} (UTC) の間に、{3} 台の端末 ({4}) で合計 {2} 件のアラートが発生しました。"}},
        {Phrase::SummaryNoAlerts,
         {"No alerts fall within the reporting period.", "報告対象期間にアラートはありません。"}},
        {Phrase::SummaryTactics,
         {"The attacker reached {0} of the 15 stages of the ATT&CK framework: {1}.",
          "攻撃者は ATT&CK の 15 段階 (戦術) のうち {0} 段階に到達しました: {1}。"}},
        {Phrase::SummaryReachedBeyond,
         {"The attacker did not stay on one machine: there are signs of {0}.",
          "攻撃者は 1 台の端末にとどまらず、{0} の痕跡があります。"}},
        {Phrase::SummaryStatus,
         {"{0} of {1} alerts are still open; {2} are of high severity.",
          "{1} 件中 {0} 件のアラートが未解決です。重大度「高」のアラートは {2} 件です。"}},
        {Phrase::SummaryDecisions, {"Decisions needed from management", "経営層に判断を求める事項"}},
        {Phrase::DecisionIsolate,
         {"Approve isolating and rebuilding the affected hosts: {0}.",
          "影響を受けた端末 ({0}) のネットワーク隔離と再構築を承認してください。"}},
        {Phrase::DecisionResetAccounts,
         {"Approve resetting the passwords of the accounts involved: {0}.",
          "関係したアカウント ({0}) のパスワードリセットを承認してください。"}},
        {Phrase::DecisionRemovePersistence,
         {"Approve removing what the attacker left to run again (scheduled tasks: {0}).",
          "攻撃者が再実行のために残した仕組み (タスク: {0}) の削除を承認してください。"}},
        {Phrase::DecisionAppLocker,
         {"Approve restricting the commands the attacker used ({0}) for ordinary users, starting in audit mode.",
          "攻撃者が使用したコマンド ({0}) を一般ユーザーが実行できないよう、まず監査モードで制限することを承認してください。"}},
        {Phrase::DecisionNothingOpen,
         {"All alerts are resolved; no decision is pending.", "すべてのアラートは解決済みで、判断待ちの事項はありません。"}},
        {Phrase::TacticChart, {"Attack stages (ATT&CK tactics)", "攻撃の段階 (ATT&CK 戦術)"}},
        {Phrase::ChartCaption,
         {"Alerts per tactic, in the order an attack usually unfolds; colour shows the highest severity.",
          "戦術ごとのアラート件数 (攻撃が通常進む順)。色は最も高い重大度を示します。"}},
        {Phrase::KeyFindings, {"Key findings by attack stage", "攻撃段階ごとの主な発見事項"}},
        {Phrase::FindingAlerts, {"{0} — {1} alert(s) on {2}", "{0} — {2} で {1} 件"}},
        {Phrase::WhyItMatters, {"Why it matters", "重要な理由"}},
        {Phrase::Techniques, {"ATT&CK techniques", "ATT&CK テクニック"}},
        {Phrase::CommandExplained, {"What the command did", "実行されたコマンドの意味"}},
        {Phrase::ExplainedAbove, {"This command is explained above, under {0}.", "このコマンドの説明は前述の「{0}」にあります。"}},
        {Phrase::Timeline, {"Timeline of key events", "主要な出来事の時系列"}},
        {Phrase::TimelineTruncated,
         {"Only the first {0} of {1} alerts are listed.", "{1} 件のうち最初の {0} 件のみ表示しています。"}},
        {Phrase::HostsAndUsers, {"Affected hosts and users", "影響を受けた端末とユーザー"}},
        {Phrase::Host, {"Host", "端末"}},
        {Phrase::Alerts, {"Alerts", "アラート"}},
        {Phrase::HighestSeverity, {"Highest severity", "最大重大度"}},
        {Phrase::Users, {"Accounts", "アカウント"}},
        {Phrase::NoUsers, {"No account is named in the alerts.", "アラートにアカウント名は含まれていません。"}},
        {Phrase::Indicators, {"Indicators", "侵害の痕跡 (IOC)"}},
        {Phrase::Kind, {"Kind", "種別"}},
        {Phrase::Value, {"Value", "値"}},
        {Phrase::SeenIn, {"Seen in", "検出元"}},
        {Phrase::NoIndicators, {"No indicators were extracted.", "抽出された痕跡はありません。"}},
        {Phrase::Recommendations, {"Recommendations", "推奨対応"}},
        {Phrase::RecRemoveTask,
         {"Remove the scheduled task \"{0}\" from {1} (it runs {2} as {3}).",
          "{1} からタスク「{0}」を削除してください ({3} として {2} を実行します)。"}},
        {Phrase::RecResetAccounts,
         {"Reset the passwords of {0} and review their recent sign-ins.",
          "{0} のパスワードをリセットし、最近のサインイン履歴を確認してください。"}},
        {Phrase::RecIsolateHosts,
         {"Isolate {0} from the network, collect evidence, then rebuild them.",
          "{0} をネットワークから隔離し、証拠を保全した上で再構築してください。"}},
        {Phrase::RecAppLocker,
         {"Deploy AppLocker rules in audit mode for commands ordinary users never run: {0}.",
          "一般ユーザーが通常実行しないコマンド ({0}) に対する AppLocker ルールを監査モードで展開してください。"}},
        {Phrase::RecRemoveRegistry,
         {"Remove the attacker's registry data: {0}.", "攻撃者が書き込んだレジストリ ({0}) を削除してください。"}},
        {Phrase::RecBlockNetwork,
         {"Block these addresses at the firewall and proxy: {0}.",
          "ファイアウォールとプロキシで次の宛先を遮断してください: {0}。"}},
        {Phrase::RecNone, {"No specific action was derived from the findings.", "発見事項から導かれた個別の対応はありません。"}},
        {Phrase::TableTruncated,
         {"The first {0} of {1} rows are shown here; the HTML report and `hitome export --csv` hold them all.",
          "ここには {1} 行中の最初の {0} 行を表示しています。全件は HTML 版の報告書と `hitome export --csv` で確認できます。"}},
        {Phrase::Appendix, {"Appendix: alerts", "付録: アラート一覧"}},
        {Phrase::Id, {"ID", "ID"}},
        {Phrase::Time, {"Time (UTC)", "日時 (UTC)"}},
        {Phrase::Severity, {"Severity", "重大度"}},
        {Phrase::TitleColumn, {"Title", "タイトル"}},
        {Phrase::Status, {"Status", "状態"}},
        {Phrase::Classification, {"Classification", "判定"}},
        {Phrase::Notes, {"Analyst notes", "アナリストのメモ"}},
        {Phrase::CaseNotes, {"Notes on the case", "ケースのメモ"}},
        {Phrase::Other, {"Other (not an ATT&CK tactic)", "その他 (ATT&CK 戦術以外)"}},
    };
    return table;
}

}  // namespace

ReportLanguage parseReportLanguage(std::string_view code) {
    return code.substr(0, 2) == "ja" ? ReportLanguage::Japanese : ReportLanguage::English;
}

std::string_view languageCode(ReportLanguage lang) { return lang == ReportLanguage::Japanese ? "ja" : "en"; }

std::string phrase(Phrase p, ReportLanguage lang, const std::vector<std::string>& args) {
    const auto& pair = phrases().at(p);
    const std::string_view pattern = lang == ReportLanguage::Japanese ? pair.second : pair.first;
    std::string out;
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' && pattern[i + 1] >= '0' &&
            pattern[i + 1] <= '9') {
            const size_t index = static_cast<size_t>(pattern[i + 1] - '0');
            if (index < args.size()) out += args[index];
            i += 2;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

std::string tacticImpact(std::string_view id, ReportLanguage lang) {
    static const std::map<std::string_view, Pair> impacts = {
        {"TA0001", {"The attacker got a first foothold in the network.", "攻撃者がネットワークへの最初の足場を得ました。"}},
        {"TA0002", {"The attacker ran their own commands or programs.", "攻撃者が自らのコマンドやプログラムを実行しました。"}},
        {"TA0003", {"The attacker arranged to come back even after a reboot or logoff.", "再起動やログオフの後も攻撃者が戻れる仕組みが作られました。"}},
        {"TA0004", {"The attacker tried to gain higher privileges (administrator or SYSTEM).", "攻撃者が管理者や SYSTEM などより高い権限の取得を試みました。"}},
        {"TA0005", {"The attacker tried to stay unnoticed.", "攻撃者が発見を逃れようとしました。"}},
        {"TA0112", {"The attacker tried to disable or weaken security tools or logs.", "攻撃者がセキュリティ製品やログを無効化・弱体化しようとしました。"}},
        {"TA0006", {"Passwords or other credentials may be in the attacker's hands.", "パスワードなどの認証情報が攻撃者に渡った可能性があります。"}},
        {"TA0007", {"The attacker explored the machine and the network to plan next steps.", "攻撃者が次の行動を計画するため端末やネットワークを調べました。"}},
        {"TA0008", {"The attacker moved from one machine to others.", "攻撃者が端末から他の端末へ侵入範囲を広げました。"}},
        {"TA0009", {"The attacker gathered data of interest.", "攻撃者が目的のデータを収集しました。"}},
        {"TA0011", {"Compromised machines talked to the attacker's servers.", "侵害された端末が攻撃者のサーバーと通信しました。"}},
        {"TA0010", {"Data may have left the organisation.", "データが組織外に持ち出された可能性があります。"}},
        {"TA0040", {"The attacker disrupted or destroyed systems or data.", "攻撃者がシステムやデータを妨害・破壊しました。"}},
        {"TA0043", {"The attacker gathered information before attacking.", "攻撃者が攻撃前に情報収集を行いました。"}},
        {"TA0042", {"The attacker prepared infrastructure or tools.", "攻撃者が攻撃用の基盤やツールを準備しました。"}},
    };
    const auto it = impacts.find(id);
    if (it == impacts.end()) return {};
    return lang == ReportLanguage::Japanese ? it->second.second : it->second.first;
}

std::string severityLabel(int severity, ReportLanguage lang) {
    static const Pair labels[] = {{"Informational", "情報"}, {"Low", "低"}, {"Medium", "中"}, {"High", "高"}};
    const auto& p = labels[severity < 0 ? 0 : severity > 3 ? 3 : severity];
    return lang == ReportLanguage::Japanese ? p.second : p.first;
}

std::string statusLabel(std::string_view status, ReportLanguage lang) {
    static const std::map<std::string_view, Pair> labels = {
        {"new", {"New", "新規"}}, {"inProgress", {"In progress", "対応中"}}, {"resolved", {"Resolved", "解決済み"}}};
    const auto it = labels.find(status);
    if (it == labels.end()) return std::string(status);
    return lang == ReportLanguage::Japanese ? it->second.second : it->second.first;
}

}  // namespace hitome::core
