<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>hitome::ui::AlertDetailPane</name>
    <message>
        <source>No alert selected</source>
        <translation>アラートが選択されていません</translation>
    </message>
    <message>
        <source>Select an alert in the list to see what happened.</source>
        <translation>一覧からアラートを選ぶと、何が起きたかを表示します。</translation>
    </message>
    <message>
        <source>This alert cannot be shown.</source>
        <translation>このアラートを表示できません。</translation>
    </message>
    <message>
        <source>This alert names no command line to explain.</source>
        <translation>このアラートには説明できるコマンドラインがありません。</translation>
    </message>
    <message>
        <source>%1 severity · %2 · host %3 · user %4 · %5 · %6</source>
        <translation>重大度 %1 · %2 · ホスト %3 · ユーザー %4 · %5 · %6</translation>
    </message>
    <message>
        <source>Tactics:</source>
        <translation>戦術:</translation>
    </message>
    <message>
        <source>Techniques:</source>
        <translation>テクニック:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証拠</translation>
    </message>
    <message>
        <source>The source recorded no command line for this process.</source>
        <translation>このプロセスのコマンドラインは記録されていません。</translation>
    </message>
</context>
<context>
    <name>hitome::ui::AlertFilterBar</name>
    <message>
        <source>Search alert titles and descriptions (Ctrl+F)</source>
        <translation>アラートのタイトルと説明を検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>すべての重大度</translation>
    </message>
    <message>
        <source>%1 or higher</source>
        <translation>%1 以上</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>すべてのホスト</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>すべてのソース</translation>
    </message>
    <message>
        <source>Tactic: %1 ✕</source>
        <translation>戦術: %1 ✕</translation>
    </message>
    <message>
        <source>Remove the tactic filter</source>
        <translation>戦術の絞り込みを解除</translation>
    </message>
    <message>
        <source>%1 – %2 ✕</source>
        <translation>%1 – %2 ✕</translation>
    </message>
    <message>
        <source>Remove the time range filter</source>
        <translation>期間の絞り込みを解除</translation>
    </message>
</context>
<context>
    <name>AlertLabels</name>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Informational</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>True positive</source>
        <translation>真陽性</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>誤検知</translation>
    </message>
    <message>
        <source>Benign</source>
        <translation>無害</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>未分類</translation>
    </message>
    <message>
        <source>Defender for Endpoint</source>
        <translation>Defender for Endpoint</translation>
    </message>
    <message>
        <source>Microsoft Graph</source>
        <translation>Microsoft Graph</translation>
    </message>
    <message>
        <source>Microsoft 365 Defender</source>
        <translation>Microsoft 365 Defender</translation>
    </message>
    <message>
        <source>Sigma rule</source>
        <translation>Sigma ルール</translation>
    </message>
    <message>
        <source>Recon detection</source>
        <translation>偵察コマンド検知</translation>
    </message>
</context>
<context>
    <name>hitome::ui::AlertTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Tactics</source>
        <translation>戦術</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
</context>
<context>
    <name>hitome::ui::AlertsWorkspace</name>
    <message>
        <source>This case has no alerts yet. Import alert or event files with File &gt; Import Files.</source>
        <translation>このケースにはまだアラートがありません。「ファイル &gt; ファイルをインポート」でアラートやイベントのファイルを取り込んでください。</translation>
    </message>
    <message>
        <source>No alerts for %1.</source>
        <translation>%1 のアラートはありません。</translation>
    </message>
    <message>
        <source>No alerts match these filters.</source>
        <translation>この条件に一致するアラートはありません。</translation>
    </message>
</context>
<context>
    <name>hitome::ui::AnalystWorkPanel</name>
    <message>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>分類:</translation>
    </message>
    <message>
        <source>Write a note on this alert…</source>
        <translation>このアラートへのメモを書く…</translation>
    </message>
    <message>
        <source>Write a note on the case…</source>
        <translation>ケースへのメモを書く…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>メモを追加</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The status could not be saved: %1</source>
        <translation>状態を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The classification could not be saved: %1</source>
        <translation>分類を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>メモを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>メモの編集</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>メモ:</translation>
    </message>
    <message>
        <source>The note could not be deleted: %1</source>
        <translation>メモを削除できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ExplanationHtml</name>
    <message>
        <source>Task name</source>
        <translation>タスク名</translation>
    </message>
    <message>
        <source>Program it runs (the suspect)</source>
        <translation>実行されるプログラム (疑わしい対象)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>Runs as</source>
        <translation>実行ユーザー</translation>
    </message>
    <message>
        <source>Remote host</source>
        <translation>リモートホスト</translation>
    </message>
    <message>
        <source>Registry key</source>
        <translation>レジストリキー</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>サービス名</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>引数</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>What it names</source>
        <translation>指定されている対象</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>所見</translation>
    </message>
    <message>
        <source>Decoded layers</source>
        <translation>デコード結果</translation>
    </message>
    <message>
        <source> (truncated)</source>
        <translation> (途中まで)</translation>
    </message>
    <message>
        <source>This program is not in the knowledge base.</source>
        <translation>このプログラムはナレッジベースにありません。</translation>
    </message>
    <message>
        <source>ATT&amp;amp;CK:</source>
        <translation>ATT&amp;amp;CK:</translation>
    </message>
</context>
<context>
    <name>hitome::ui::HuntTab</name>
    <message>
        <source>Search command lines, images, registry keys, task names… (Enter)</source>
        <translation>コマンドライン、イメージ、レジストリキー、タスク名などを検索… (Enter)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV に書き出す…</translation>
    </message>
    <message>
        <source>%1 – %2 ✕</source>
        <translation>%1 – %2 ✕</translation>
    </message>
    <message>
        <source>Remove the time range picked on the timeline</source>
        <translation>タイムラインで選んだ期間の絞り込みを解除</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>すべてのイベント</translation>
    </message>
    <message>
        <source>Events matching: %1</source>
        <translation>「%1」に一致するイベント</translation>
    </message>
    <message>
        <source>%1 = %2 on hosts other than %3</source>
        <translation>%3 以外のホストで %1 = %2</translation>
    </message>
    <message>
        <source>Scheduled task %1 on all hosts</source>
        <translation>全ホストのスケジュールタスク %1</translation>
    </message>
    <message>
        <source>Registry events for %1</source>
        <translation>%1 のレジストリイベント</translation>
    </message>
    <message>
        <source>Same value on other hosts</source>
        <translation>他のホストで同じ値</translation>
    </message>
    <message>
        <source>This task name on all hosts</source>
        <translation>このタスク名を全ホストで検索</translation>
    </message>
    <message>
        <source>Registry events for the key in this command line</source>
        <translation>このコマンドラインのキーのレジストリイベント</translation>
    </message>
    <message>
        <source>Type words to find in every event's command line, image, registry key or task name, then press Enter. Right-click a result to pivot.</source>
        <translation>全イベントのコマンドライン、イメージ、レジストリキー、タスク名から探す語を入力して Enter を押してください。結果を右クリックするとピボットできます。</translation>
    </message>
    <message>
        <source>No events match this search.</source>
        <translation>この検索に一致するイベントはありません。</translation>
    </message>
    <message numerus="yes">
        <source>First %n event(s) shown; refine the search.</source>
        <translation><numerusform>先頭の %n 件を表示しています。検索を絞り込んでください。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation><numerusform>%n 件のイベント</numerusform></translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>結果の書き出し</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>The results were saved to %1.</source>
        <translation>結果を %1 に保存しました。</translation>
    </message>
    <message>
        <source>The results could not be saved to %1 (%2).</source>
        <translation>結果を %1 に保存できませんでした (%2)。</translation>
    </message>
</context>
<context>
    <name>hitome::ui::HuntTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>_time</source>
        <translation>_time</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>EventID</source>
        <translation>EventID</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>CommandLine</source>
        <translation>CommandLine</translation>
    </message>
    <message>
        <source>ParentCommandLine</source>
        <translation>ParentCommandLine</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
</context>
<context>
    <name>hitome::ui::MainWindow</name>
    <message>
        <source>%1 — Hitome</source>
        <translation>%1 — Hitome</translation>
    </message>
    <message>
        <source>Hitome</source>
        <translation>Hitome</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Recent Cases</source>
        <translation>最近のケース</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Hunting</source>
        <translation>ハンティング</translation>
    </message>
    <message>
        <source>Recon</source>
        <translation>偵察コマンド</translation>
    </message>
    <message>
        <source>Case Notes</source>
        <translation>ケースのメモ</translation>
    </message>
    <message>
        <source>&amp;Open Case…</source>
        <translation>ケースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>ファイルをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>レポートを出力(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Demo Incident</source>
        <translation>デモインシデントを開く(&amp;D)</translation>
    </message>
    <message>
        <source>The case %1 could not be opened: %2</source>
        <translation>ケース %1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>Open Case</source>
        <translation>ケースを開く</translation>
    </message>
    <message>
        <source>Hitome cases (*.hitome)</source>
        <translation>Hitome ケース (*.hitome)</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>ファイルをインポート</translation>
    </message>
    <message>
        <source>Incident files (*.evtx *.json *.jsonl *.ndjson *.log *.txt *.csv *.zip *.7z *.tar *.tar.gz *.tgz);;All files (*)</source>
        <translation>インシデントファイル (*.evtx *.json *.jsonl *.ndjson *.log *.txt *.csv *.zip *.7z *.tar *.tar.gz *.tgz);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n alert(s) shown</source>
        <translation><numerusform>%n 件中 %1 件のアラートを表示</numerusform></translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>ケースが開かれていません</translation>
    </message>
</context>
<context>
    <name>hitome::ui::ProcessTreeModel</name>
    <message>
        <source>Process</source>
        <translation>プロセス</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>コマンドライン</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot tell the report format from %1: use .pdf, .html or .md.</source>
        <translation>%1 からレポート形式を判断できません。.pdf、.html、.md のいずれかを使ってください。</translation>
    </message>
</context>
<context>
    <name>hitome::ui::ReconTab</name>
    <message>
        <source>Initial reconnaissance</source>
        <translation>初期調査</translation>
    </message>
    <message>
        <source>Exploration</source>
        <translation>探索</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>感染拡大</translation>
    </message>
    <message>
        <source>Host, phase or command</source>
        <translation>ホスト・フェーズ・コマンド</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>実行回数</translation>
    </message>
    <message>
        <source>First</source>
        <translation>最初</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最後</translation>
    </message>
    <message>
        <source>Export AppLocker Policy (Audit Mode)…</source>
        <translation>AppLocker ポリシーを書き出す (監査モード)…</translation>
    </message>
    <message>
        <source>No reconnaissance commands (whoami, net, ipconfig…) were found in this case's events.</source>
        <translation>このケースのイベントには偵察コマンド (whoami、net、ipconfig など) が見つかりませんでした。</translation>
    </message>
    <message>
        <source>(unknown host)</source>
        <translation>(不明なホスト)</translation>
    </message>
    <message>
        <source>Run by the attacker during this incident.</source>
        <translation>このインシデントで攻撃者が実行しました。</translation>
    </message>
    <message>
        <source>The AppLocker policy could not be saved to %1.</source>
        <translation>AppLocker ポリシーを %1 に保存できませんでした。</translation>
    </message>
    <message>
        <source>Check the commands to block first.</source>
        <translation>先にブロックするコマンドにチェックを付けてください。</translation>
    </message>
    <message>
        <source>Export AppLocker Policy</source>
        <translation>AppLocker ポリシーの書き出し</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XML ファイル (*.xml)</translation>
    </message>
</context>
<context>
    <name>hitome::ui::ReportController</name>
    <message>
        <source>Report written to %1.</source>
        <translation>報告書を %1 に書き出しました。</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>報告書を書き出せませんでした: %1</translation>
    </message>
    <message>
        <source>Open a case before exporting a report.</source>
        <translation>報告書を書き出す前にケースを開いてください。</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>報告書の書き出し</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;HTML report (*.html);;Markdown report (*.md)</source>
        <translation>PDF 報告書 (*.pdf);;HTML 報告書 (*.html);;Markdown 報告書 (*.md)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>報告書の言語:</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>報告書を作成しています…</translation>
    </message>
</context>
<context>
    <name>hitome::ui::TacticChartWidget</name>
    <message>
        <source>No alerts</source>
        <translation>アラートなし</translation>
    </message>
    <message>
        <source>No alerts for %1</source>
        <translation>%1 のアラートはありません</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n alert(s), highest severity %2</source>
        <translation><numerusform>%1: アラート %n 件、最大重大度 %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n alert(s))</source>
        <translation><numerusform>%1 (アラート %n 件)</numerusform></translation>
    </message>
</context>
<context>
    <name>hitome::ui::TimelineModel</name>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1、%2 から %3 まで</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s), highest severity %1</source>
        <translation><numerusform>アラート %n 件、最大重大度 %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n key event(s): scheduled tasks, services, accounts, cleared logs or reconnaissance commands</source>
        <translation><numerusform>重要イベント %n 件: タスク、サービス、アカウント、ログ消去、偵察コマンド</numerusform></translation>
    </message>
    <message>
        <source>No alerts or key events.</source>
        <translation>アラートも重要イベントもありません。</translation>
    </message>
    <message>
        <source>(no host)</source>
        <translation>(ホストなし)</translation>
    </message>
</context>
<context>
    <name>hitome::ui::TimelineTab</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation><numerusform>%n 秒</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation><numerusform>%n 分</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation><numerusform>%n 時間</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n 日</numerusform></translation>
    </message>
    <message>
        <source>&amp;Zoom to Selection</source>
        <translation>選択範囲を拡大(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Whole Case</source>
        <translation>ケース全体(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>選択を解除(&amp;C)</translation>
    </message>
    <message>
        <source>Show only the selected time range, in finer steps</source>
        <translation>選択した期間だけを細かい刻みで表示</translation>
    </message>
    <message>
        <source>&lt;span style="color:#c62828"&gt;■&lt;/span&gt; alerts (colour: highest severity) &lt;span style="color:#00897b"&gt;■&lt;/span&gt; key events</source>
        <translation>&lt;span style="color:#c62828"&gt;■&lt;/span&gt; アラート (色: 最大重大度) &lt;span style="color:#00897b"&gt;■&lt;/span&gt; 重要イベント</translation>
    </message>
    <message>
        <source>This case has no alerts or key events to place on a timeline yet.</source>
        <translation>このケースにはタイムラインに並べるアラートや重要イベントがまだありません。</translation>
    </message>
    <message>
        <source>Zoomed in: %1 – %2, each column %3</source>
        <translation>拡大表示: %1 – %2、1 列 = %3</translation>
    </message>
    <message>
        <source>Whole case: %1 – %2, each column %3</source>
        <translation>ケース全体: %1 – %2、1 列 = %3</translation>
    </message>
</context>
<context>
    <name>hitome::ui::WorkbenchController</name>
    <message>
        <source>Indexing events for search: %1 of %2 (searches already find every event).</source>
        <translation>検索用にイベントを索引付け中: %1 / %2 件 (検索はすでにすべてのイベントを対象にしています)。</translation>
    </message>
    <message>
        <source>Search index ready.</source>
        <translation>検索インデックスの準備ができました。</translation>
    </message>
    <message>
        <source>The demo incident is not bundled with this build.</source>
        <translation>このビルドにはデモインシデントが含まれていません。</translation>
    </message>
    <message>
        <source>New Case for the Imported Files</source>
        <translation>インポートするファイル用の新しいケース</translation>
    </message>
    <message>
        <source>Hitome cases (*.hitome)</source>
        <translation>Hitome ケース (*.hitome)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation><numerusform>%n 個のファイルをインポート中…</numerusform></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>File %1 of %2: %3
%4 events (%5 per second)</source>
        <translation>ファイル %1 / %2: %3
イベント %4 件 (毎秒 %5 件)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
</context>
<context>
    <name>hitome::ui</name>
    <message>
        <source>The import was cancelled; the case is unchanged.</source>
        <translation>インポートをキャンセルしました。ケースは変更されていません。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>何もインポートされませんでした: %1</translation>
    </message>
    <message>
        <source>%n file(s) imported: %1 alerts, %2 events, %3 warnings.</source>
        <translation>%n 個のファイルをインポートしました: アラート %1 件、イベント %2 件、警告 %3 件。</translation>
    </message>
    <message>
        <source>Detection did not run: %1</source>
        <translation>検知を実行できませんでした: %1</translation>
    </message>
    <message>
        <source>Detection: %n alert(s) from rules and command bursts.</source>
        <translation>検知: ルールとコマンドの連続実行から %n 件のアラート。</translation>
    </message>
</context>
<context>
    <name>hitome::ui::Language</name>
    <message>
        <source>en</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>hitome::ui::Tactics</name>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
</TS>