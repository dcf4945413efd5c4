// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/explain/finding_catalog.h"

#include "core/explain/explanation_labels.h"
#include "core/explain/visible_text.h"

namespace hitome::core {
namespace {

struct FindingText {
    std::string_view code, en, ja;
};

constexpr FindingText kTexts[] = {
    {"binary.known", "{binary} is {kind}; on its own it is not malware. What matters is what it was told to do.",
     "{binary}（{kind}）は、それ自体はマルウェアではありません。重要なのは何を実行させられたかです。"},
    {"binary.unknown", "{binary} is not in the knowledge base; judge it by its path, signer and parent process.",
     "{binary} はナレッジベースにありません。パス、署名者、親プロセスから判断してください。"},
    {"binary.masquerade", "{binary} normally lives in {expected}, but this one runs from {path}: a copy under a system name is a classic disguise.",
     "{binary} は通常 {expected} にありますが、これは {path} から実行されています。システムの名前を借りた偽装の典型です。"},
    {"binary.user_writable", "The program {path} runs from {folder}, a folder any user can write to; legitimate software rarely runs from there.",
     "プログラム {path} は {folder} から実行されています。一般ユーザーが書き込めるフォルダーで、正規ソフトウェアがここから動くことはまれです。"},
    {"program.suspect", "The suspect is the program it starts: {program}. Collect and analyse that file.",
     "疑うべきは起動されるプログラム {program} です。このファイルを回収して解析してください。"},
    {"program.suspect_command", "The suspect is the command it runs: {program}. {binary} is a Windows program and only the vehicle; read what it is told to do (explained below).",
     "疑うべきは実行されるコマンド {program} です。{binary} は Windows のプログラムで、運び役にすぎません。何を指示されているかを確認してください（下に説明します）。"},
    {"program.user_writable", "{program} is in a user-writable folder ({folder}), a typical place for dropped malware.",
     "{program} はユーザーが書き込めるフォルダー（{folder}）にあり、投下されたマルウェアの典型的な置き場所です。"},
    {"schtasks.create", "Registers a scheduled task named {task}.", "{task} という名前のスケジュールタスクを登録します。"},
    {"schtasks.run_once", "/SC ONCE runs the task a single time at {time}; this is a one-off execution, not persistence.",
     "/SC ONCE によりタスクは {time} に一度だけ実行されます。一回限りの実行であり、永続化ではありません。"},
    {"schtasks.recurring", "The task repeats ({schedule}), so the program keeps coming back: this is persistence.",
     "タスクは繰り返し実行されます（{schedule}）。プログラムが何度も起動されるため、永続化です。"},
    {"schtasks.trigger_event", "The task starts at {trigger} ({schedule}) and survives reboots: this is persistence.",
     "タスクは{trigger}に起動し（{schedule}）、再起動後も残ります。永続化です。"},
    {"schtasks.system_persistence", "It runs as SYSTEM ({schedule}): persistence with the highest privileges on the host.",
     "SYSTEM として実行されます（{schedule}）。ホスト上で最高権限による永続化です。"},
    {"schtasks.runs_as", "The task runs as {user}.", "タスクは {user} として実行されます。"},
    {"schtasks.highest", "/RL HIGHEST runs the task with full administrator rights when the account has them.",
     "/RL HIGHEST により、アカウントが管理者ならば完全な管理者権限で実行されます。"},
    {"schtasks.force", "/F silently replaces any existing task with the same name.", "/F は同じ名前の既存タスクを確認なしに上書きします。"},
    {"schtasks.remote", "The task is created on another computer ({host}): lateral movement.",
     "タスクは別のコンピューター（{host}）上に作成されます。横展開です。"},
    {"schtasks.delete", "Deletes the scheduled task {task}; attackers remove their tasks to clean up.",
     "スケジュールタスク {task} を削除します。攻撃者は痕跡を消すためにタスクを削除します。"},
    {"schtasks.run", "Starts the scheduled task {task} immediately.", "スケジュールタスク {task} を直ちに実行します。"},
    {"schtasks.query", "Lists scheduled tasks (discovery).", "スケジュールタスクを一覧表示します（探索）。"},
    {"schtasks.change", "Changes the existing task {task}; a hijacked legitimate task hides well.",
     "既存のタスク {task} を変更します。正規タスクの乗っ取りは発見されにくい手口です。"},
    {"schtasks.end", "Stops the running task {task}.", "実行中のタスク {task} を停止します。"},
    {"schtasks.xml", "The task definition comes from the XML file {file}; read it to see the real action.",
     "タスク定義は XML ファイル {file} から読み込まれます。実際の処理はそのファイルを確認してください。"},
    {"pivot.task_name", "Pivot: look for the task name {task} on other hosts (event 4698, Task Scheduler log 106).",
     "ピボット：他のホストでタスク名 {task} を探してください（イベント 4698、タスク スケジューラ ログ 106）。"},
    {"credentials.given", "A password was given on the command line ({switch}); it is stored in process logs, and the account should be reset.",
     "コマンドラインでパスワードが指定されています（{switch}）。プロセスログに残るため、アカウントのパスワードをリセットしてください。"},
    {"ps.encoded", "The command is base64-encoded to hide it; the decoded script is shown below.",
     "コマンドは隠蔽のために base64 でエンコードされています。デコード結果を下に示します。"},
    {"ps.hidden_window", "-WindowStyle Hidden hides the window from the logged-on user.", "-WindowStyle Hidden によりログオン中のユーザーからウィンドウが隠されます。"},
    {"ps.bypass_policy", "-ExecutionPolicy {policy} switches off the script execution policy.", "-ExecutionPolicy {policy} によりスクリプト実行ポリシーが無効化されます。"},
    {"ps.no_profile", "-NoProfile / -NonInteractive: typical of automated, unattended launches.", "-NoProfile / -NonInteractive は自動化された無人実行に典型的です。"},
    {"ps.iex", "The script runs text as code ({form}, i.e. Invoke-Expression): whatever it receives is executed.",
     "スクリプトは文字列をコードとして実行します（{form}、つまり Invoke-Expression）。渡された内容がそのまま実行されます。"},
    {"ps.download", "Downloads from {url}: check proxy and DNS logs for this address.", "{url} からダウンロードします。プロキシと DNS のログでこのアドレスを確認してください。"},
    {"ps.download_cradle", "Download-and-run cradle: code fetched from the network is executed in memory.",
     "ダウンロードして実行するクレードルです。ネットワークから取得したコードがメモリ上で実行されます。"},
    {"ps.registry_payload", "The script reads {key}: the payload may be stored in the registry. Pivot to registry events (Sysmon 12/13) for that key.",
     "スクリプトは {key} を読み取ります。ペイロードがレジストリに格納されている可能性があります。このキーのレジストリイベント（Sysmon 12/13）にピボットしてください。"},
    {"ps.from_base64", "The script decodes base64 at run time (FromBase64String) to hide its real content.",
     "スクリプトは実行時に base64 をデコード（FromBase64String）し、本当の内容を隠しています。"},
    {"ps.compressed", "The payload is compressed ({kind}) inside the script.", "ペイロードはスクリプト内で圧縮されています（{kind}）。"},
    {"ps.obfuscated", "The script uses string obfuscation ({kind}); the folded text is shown below.", "スクリプトは文字列の難読化（{kind}）を使っています。復元したテキストを下に示します。"},
    {"decode.failed", "The encoded command is not valid base64; it cannot be decoded (possibly truncated).",
     "エンコードされたコマンドは有効な base64 ではなく、デコードできません（途中で切れている可能性があります）。"},
    {"cmd.chain", "cmd.exe runs {count} commands in a row; each is explained separately.", "cmd.exe が {count} 個のコマンドを続けて実行します。それぞれを個別に説明します。"},
    {"cmd.builtin", "{command} is a command built into cmd.exe, not a program file; judge it by what it is given.",
     "{command} は cmd.exe に組み込まれたコマンドで、プログラムファイルではありません。渡された内容で判断してください。"},
    {"cmd.redirect", "Output is redirected to {target}; check that file.", "出力が {target} にリダイレクトされています。そのファイルを確認してください。"},
    {"at.create", "at schedules {command} at {time} (legacy scheduler; runs as SYSTEM).", "at は {time} に {command} を実行するよう登録します（旧式のスケジューラ。SYSTEM で実行）。"},
    {"at.remote", "at targets another computer ({host}): remote execution, lateral movement.", "at は別のコンピューター（{host}）を対象にしています。リモート実行による横展開です。"},
    {"at.interactive", "/interactive lets the job interact with the desktop: an old trick to get a SYSTEM shell.", "/interactive はジョブにデスクトップ操作を許します。SYSTEM シェルを得る古い手口です。"},
    {"wmic.remote", "WMIC targets another computer ({host}).", "WMIC は別のコンピューター（{host}）を対象にしています。"},
    {"wmic.process_create", "Starts a process through WMI: {command}. On a remote host this is lateral movement (look for WmiPrvSE.exe as parent there).",
     "WMI 経由でプロセスを起動します：{command}。リモートの場合は横展開です（相手側では WmiPrvSE.exe が親になります）。"},
    {"wmic.shadow_delete", "Deletes volume shadow copies so files cannot be restored: typical right before ransomware encryption.",
     "ボリューム シャドウ コピーを削除し、ファイルを復元できなくします。ランサムウェアの暗号化直前に典型的な操作です。"},
    {"wmic.xsl_script", "/format: loads the stylesheet {stylesheet}; an XSL file can hold script that WMIC runs (XSL script processing), a way to run code through a signed binary.",
     "/format: でスタイルシート {stylesheet} を読み込みます。XSL ファイルには WMIC が実行するスクリプトを埋め込めるため、署名済みプログラムを介したコード実行の手口（XSL スクリプト処理）です。"},
    {"wmic.discovery", "WMIC queries system information ({alias}): discovery.", "WMIC でシステム情報（{alias}）を照会しています。探索です。"},
    {"net.user_add", "Creates the local or domain account {user}: check whether anyone asked for it.", "アカウント {user} を作成します。正規の依頼があったか確認してください。"},
    {"net.group_add", "Adds {user} to the group {group}.", "{user} をグループ {group} に追加します。"},
    {"net.admin_group_add", "Adds {user} to the privileged group {group}: privilege escalation / persistence.",
     "{user} を特権グループ {group} に追加します。権限昇格または永続化です。"},
    {"net.use", "Connects to the share {target}; with credentials this is lateral movement.", "共有 {target} に接続します。資格情報付きの場合は横展開です。"},
    {"net.discovery", "net {sub}: discovery of the network, accounts or sessions (typical of the first minutes after a break-in).",
     "net {sub}：ネットワーク、アカウント、セッションの探索です（侵入直後によく見られます）。"},
    {"net.service", "net {sub} {service}: starts or stops a service.", "net {sub} {service}：サービスを開始または停止します。"},
    {"reg.run_key", "Writes to an autostart (Run) key: the program will start at every logon. Persistence.",
     "自動起動（Run）キーに書き込みます。ログオンのたびにプログラムが起動します。永続化です。"},
    {"reg.hive_save", "Saves the {hive} hive to a file: with SAM and SYSTEM an attacker can extract password hashes offline.",
     "{hive} ハイブをファイルに保存します。SAM と SYSTEM があればパスワードハッシュをオフラインで抽出できます。"},
    {"reg.modify", "Modifies the registry key {key}.", "レジストリキー {key} を変更します。"},
    {"reg.delete", "Deletes from the registry key {key}.", "レジストリキー {key} から削除します。"},
    {"reg.query", "Reads the registry key {key} (discovery).", "レジストリキー {key} を読み取ります（探索）。"},
    {"reg.security_setting", "Touches a security-relevant setting ({key}): check whether a defence was weakened.",
     "セキュリティに関わる設定（{key}）を操作しています。防御が弱められていないか確認してください。"},
    {"sc.create", "Creates the service {service} running {binary}; services start as SYSTEM.", "サービス {service} を作成し {binary} を実行させます。サービスは SYSTEM で起動します。"},
    {"sc.config", "Changes the configuration of service {service}.", "サービス {service} の構成を変更します。"},
    {"sc.autostart", "start= auto makes the service start at every boot: persistence.", "start= auto によりサービスは起動のたびに開始されます。永続化です。"},
    {"sc.stop_security", "Stops or disables service {service}; stopping security software is a common step before an attack.",
     "サービス {service} を停止または無効化します。セキュリティソフトの停止は攻撃前によくある手順です。"},
    {"sc.start", "Starts the service {service} now; right after it was created or changed, this runs its program.",
     "サービス {service} を今すぐ開始します。作成・変更の直後であれば、そのプログラムが実行されます。"},
    {"sc.query", "Queries services (discovery).", "サービスを照会します（探索）。"},
    {"sc.remote", "sc targets another computer ({host}).", "sc は別のコンピューター（{host}）を対象にしています。"},
    {"lolbin.remote_script", "Loads a script from {url}: the code runs inside a signed Microsoft binary, bypassing application control.",
     "{url} からスクリプトを読み込みます。署名された Microsoft のプログラム内でコードが動き、アプリケーション制御を回避します。"},
    {"rundll32.dll", "Runs the export {export} of {dll}.", "{dll} のエクスポート {export} を実行します。"},
    {"rundll32.script", "rundll32 is made to run script code (javascript:/mshtml): a known evasion trick.", "rundll32 にスクリプトコード（javascript:/mshtml）を実行させています。既知の回避手口です。"},
    {"rundll32.minidump", "comsvcs.dll MiniDump dumps a process's memory; aimed at LSASS it steals credentials.",
     "comsvcs.dll の MiniDump はプロセスのメモリをダンプします。LSASS が対象なら資格情報の窃取です。"},
    {"regsvr32.squiblydoo", "regsvr32 /i:URL with scrobj.dll (Squiblydoo) runs a remote scriptlet without writing it to disk.",
     "regsvr32 /i:URL と scrobj.dll（Squiblydoo）によりリモートのスクリプトレットをディスクに書かずに実行します。"},
    {"certutil.download", "certutil downloads {url}: a common way to fetch tools with a signed binary.", "certutil が {url} をダウンロードします。署名済みプログラムでツールを取得する一般的な手口です。"},
    {"certutil.decode", "certutil decodes a file ({file}); attackers use it to unpack base64-encoded tools.", "certutil でファイル（{file}）をデコードします。base64 で持ち込んだツールの展開に使われます。"},
    {"bitsadmin.transfer", "bitsadmin downloads {url} in the background.", "bitsadmin が {url} をバックグラウンドでダウンロードします。"},
    {"mshta.inline_script", "mshta runs {language} written directly on the command line: code with no file on disk, inside a signed Microsoft binary.",
     "mshta がコマンドラインに直接書かれた {language} を実行します。ディスク上にファイルのないコードを、署名済みの Microsoft のプログラム内で動かす手口です。"},
    {"bitsadmin.notify_command", "/SetNotifyCmdLine makes BITS run {command} when the job finishes: a persistence trick that survives reboots.",
     "/SetNotifyCmdLine により、ジョブ完了時に BITS が {command} を実行します。再起動後も残る永続化の手口です。"},
    {"netsh.firewall_off", "Turns the Windows firewall off.", "Windows ファイアウォールを無効にします。"},
    {"netsh.firewall_rule", "Adds a firewall rule ({rule}); check which program or port it opens.", "ファイアウォール規則（{rule}）を追加します。どのプログラムやポートを開けるか確認してください。"},
    {"netsh.firewall_rule_delete", "Deletes the firewall rule {rule}; check whether it was a protection or the attacker cleaning up.",
     "ファイアウォール規則 {rule} を削除します。保護用の規則だったのか、攻撃者による後始末なのかを確認してください。"},
    {"netsh.wifi_keys", "Shows saved Wi-Fi passwords in plain text (key=clear): credential theft.",
     "保存された Wi-Fi のパスワードを平文で表示します（key=clear）。資格情報の窃取です。"},
    {"netsh.helper_dll", "Registers {dll} as a netsh helper: the DLL is loaded every time netsh runs (persistence).",
     "{dll} を netsh のヘルパーとして登録します。netsh が起動するたびに DLL が読み込まれます（永続化）。"},
    {"netsh.capture", "Starts a packet capture on this host; traffic, including credentials sent in clear, is recorded.",
     "このホストでパケットの取得を開始します。平文で送られた資格情報を含め、通信が記録されます。"},
    {"netsh.remote", "netsh configures another computer ({host}).", "netsh は別のコンピューター（{host}）を設定します。"},
    {"netsh.portproxy", "Sets up port forwarding (portproxy): traffic can be tunnelled through this host.", "ポート転送（portproxy）を設定します。このホストを経由して通信を中継できます。"},
    {"recon.command", "{binary} is a discovery command; on its own it is harmless, but a burst of such commands from one shell shows an attacker exploring.",
     "{binary} は探索用のコマンドです。単独では無害ですが、一つのシェルから続けて実行されていれば攻撃者による調査を示します。"},
    {"vss.delete", "Deletes shadow copies: recovery is being prevented (typical of ransomware).", "シャドウコピーを削除します。復旧を妨げる操作で、ランサムウェアに典型的です。"},
};

const std::string* paramValue(const FindingParams& params, std::string_view key) {
    for (const auto& [k, v] : params)
        if (k == key) return &v;
    return nullptr;
}

// Parameters that carry a code rather than text from the command line are
// shown in the sentence's language.
std::string paramText(std::string_view key, const std::string& value, Lang lang) {
    if (key == "kind") {
        LocalizedText label = binaryKindLabel(value);
        if (label.en == value) label = decodedKindLabel(value);
        return visibleText(label.in(lang));
    }
    if (key == "trigger") {
        static const FindingText kTriggers[] = {
            {"onstart", "every system start", "システム起動のたび"},
            {"onlogon", "every user logon", "ユーザーのログオンのたび"},
            {"onidle", "every idle period of the computer", "コンピューターがアイドル状態になるたび"},
            {"onevent", "a chosen event-log event", "指定されたイベントログのイベント発生時"},
        };
        for (const auto& t : kTriggers)
            if (t.code == value) return std::string(lang == Lang::Ja ? t.ja : t.en);
    }
    return visibleText(value);
}

std::string render(std::string_view tmpl, const FindingParams& params, Lang lang) {
    std::string out;
    for (size_t i = 0; i < tmpl.size(); ++i) {
        const size_t close = tmpl[i] == '{' ? tmpl.find('}', i) : std::string_view::npos;
        const std::string* value = close == std::string_view::npos ? nullptr : paramValue(params, tmpl.substr(i + 1, close - i - 1));
        if (value) {
            out += paramText(tmpl.substr(i + 1, close - i - 1), *value, lang);
            i = close;
        } else {
            out += tmpl[i];
        }
    }
    return out;
}

}  // namespace

Finding makeFinding(std::string_view code, Severity severity, FindingParams params) {
    Finding f;
    f.code = std::string(code);
    f.severity = severity;
    f.params = std::move(params);
    f.text.en = f.text.ja = f.code;
    for (const auto& t : kTexts)
        if (t.code == code) {
            f.text.en = render(t.en, f.params, Lang::En);
            f.text.ja = render(t.ja, f.params, Lang::Ja);
        }
    return f;
}

bool isKnownFindingCode(std::string_view code) {
    for (const auto& t : kTexts)
        if (t.code == code) return true;
    return false;
}

}  // namespace hitome::core
