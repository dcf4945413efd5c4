#!/usr/bin/env python3
# Fills resources/translations/hitome_{ja,en}.ts after lupdate: namespaces the
# Q_OBJECT contexts, writes the Japanese text and the English plural forms.
# Usage: lupdate ... then python3 fill_translations.py
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
BARE_CONTEXTS = {"AlertLabels", "ExplanationHtml", "QObject"}

JA = {
 'Report written to %1.': '報告書を %1 に書き出しました。',
 'The report could not be written: %1': '報告書を書き出せませんでした: %1',
 'Open a case before exporting a report.': '報告書を書き出す前にケースを開いてください。',
 'Export Report': '報告書の書き出し',
 'PDF report (*.pdf);;HTML report (*.html);;Markdown report (*.md)': 'PDF 報告書 (*.pdf);;HTML 報告書 (*.html);;Markdown 報告書 (*.md)',
 'English': '英語', 'Japanese': '日本語', 'Report language:': '報告書の言語:',
 'Writing the report…': '報告書を作成しています…',
 'Cannot write %1: %2': '%1 に書き込めません: %2',
 'Cannot tell the report format from %1: use .pdf, .html or .md.': '%1 から報告書の形式を判別できません。.pdf、.html、.md のいずれかを使ってください。',
 'No alert selected': 'アラートが選択されていません',
 'Select an alert in the list to see what happened.': '一覧からアラートを選ぶと、何が起きたかを表示します。',
 'This alert cannot be shown.': 'このアラートを表示できません。',
 'This alert names no command line to explain.': 'このアラートには説明できるコマンドラインがありません。',
 '%1 severity · %2 · host %3 · user %4 · %5 · %6': '重大度 %1 · %2 · ホスト %3 · ユーザー %4 · %5 · %6',
 'Tactics:': '戦術:', 'Techniques:': 'テクニック:', 'Evidence': '証拠',
 'The source recorded no command line for this process.': 'このプロセスのコマンドラインは記録されていません。',
 'Search alert titles and descriptions (Ctrl+F)': 'アラートのタイトルと説明を検索 (Ctrl+F)',
 'Any severity': 'すべての重大度', '%1 or higher': '%1 以上', 'Any status': 'すべての状態',
 'All hosts': 'すべてのホスト', 'All sources': 'すべてのソース', 'Tactic: %1 ✕': '戦術: %1 ✕',
 'Remove the tactic filter': '戦術の絞り込みを解除', '%1 – %2 ✕': '%1 – %2 ✕',
 'Remove the time range filter': '期間の絞り込みを解除',
 'High': '高', 'Medium': '中', 'Low': '低', 'Informational': '情報',
 'New': '新規', 'In progress': '対応中', 'Resolved': '解決済み',
 'True positive': '真陽性', 'False positive': '誤検知', 'Benign': '無害', 'Not classified': '未分類',
 'Defender for Endpoint': 'Defender for Endpoint', 'Microsoft Graph': 'Microsoft Graph',
 'Microsoft 365 Defender': 'Microsoft 365 Defender', 'Sigma rule': 'Sigma ルール', 'Recon detection': '偵察コマンド検知',
 'Loading…': '読み込み中…', 'Time': '時刻', 'Severity': '重大度', 'Title': 'タイトル', 'Tactics': '戦術',
 'Host': 'ホスト', 'User': 'ユーザー', 'Status': '状態', 'Source': 'ソース',
 'This case has no alerts yet. Import alert or event files with File > Import Files.':
   'このケースにはまだアラートがありません。「ファイル > ファイルをインポート」でアラートやイベントのファイルを取り込んでください。',
 'No alerts for %1.': '%1 のアラートはありません。', 'No alerts match these filters.': 'この条件に一致するアラートはありません。',
 'Status:': '状態:', 'Classification:': '分類:', 'Write a note on this alert…': 'このアラートへのメモを書く…',
 'Write a note on the case…': 'ケースへのメモを書く…', 'Add note': 'メモを追加', 'Edit…': '編集…', 'Delete': '削除',
 '%1 — %2': '%1 — %2', 'The status could not be saved: %1': '状態を保存できませんでした: %1',
 'The classification could not be saved: %1': '分類を保存できませんでした: %1',
 'The note could not be saved: %1': 'メモを保存できませんでした: %1', 'Edit note': 'メモの編集', 'Note:': 'メモ:',
 'The note could not be deleted: %1': 'メモを削除できませんでした: %1',
 'Task name': 'タスク名', 'Program it runs (the suspect)': '実行されるプログラム (疑わしい対象)', 'Schedule': 'スケジュール',
 'Start time': '開始時刻', 'Runs as': '実行ユーザー', 'Remote host': 'リモートホスト', 'Registry key': 'レジストリキー',
 'Service name': 'サービス名', 'URL': 'URL', 'File': 'ファイル', 'Argument': '引数', 'Meaning': '意味',
 'What it names': '指定されている対象', 'Findings': '所見', 'Decoded layers': 'デコード結果', ' (truncated)': ' (途中まで)',
 'This program is not in the knowledge base.': 'このプログラムはナレッジベースにありません。', 'ATT&amp;CK:': 'ATT&amp;CK:',
 'Search command lines, images, registry keys, task names… (Enter)': 'コマンドライン、イメージ、レジストリキー、タスク名などを検索… (Enter)',
 'Search': '検索', 'Export CSV…': 'CSV に書き出す…', 'All events': 'すべてのイベント', 'Events matching: %1': '「%1」に一致するイベント',
 '%1 = %2 on hosts other than %3': '%3 以外のホストで %1 = %2', 'Scheduled task %1 on all hosts': '全ホストのスケジュールタスク %1',
 'Registry events for %1': '%1 のレジストリイベント', 'Same value on other hosts': '他のホストで同じ値',
 'This task name on all hosts': 'このタスク名を全ホストで検索', 'Registry events for the key in this command line': 'このコマンドラインのキーのレジストリイベント',
 'First %n event(s) shown; refine the search.': '先頭の %n 件を表示しています。検索を絞り込んでください。',
 '%n event(s)': '%n 件のイベント', 'Export Results': '結果の書き出し', 'CSV files (*.csv)': 'CSV ファイル (*.csv)',
 'The results were saved to %1.': '結果を %1 に保存しました。', 'The results could not be saved to %1 (%2).': '結果を %1 に保存できませんでした (%2)。',
 '_time': '_time', 'EventID': 'EventID', 'Image': 'Image', 'CommandLine': 'CommandLine', 'ParentCommandLine': 'ParentCommandLine',
 '%1 — Hitome': '%1 — Hitome', 'Hitome': 'Hitome', '&File': 'ファイル(&F)', 'Recent Cases': '最近のケース', '&View': '表示(&V)',
 '&Help': 'ヘルプ(&H)', '&Open Case…': 'ケースを開く(&O)…', '&Import Files…': 'ファイルをインポート(&I)…',
 'Export &Report…': 'レポートを出力(&R)…', '&Preferences…': '設定(&P)…', '&Quit': '終了(&Q)', '&Find': '検索(&F)',
 'Alerts': 'アラート', 'Hunting': 'ハンティング', 'Case Notes': 'ケースのメモ', 'Open &Demo Incident': 'デモインシデントを開く(&D)',
 'The case %1 could not be opened: %2': 'ケース %1 を開けませんでした: %2', 'Open Case': 'ケースを開く',
 'Hitome cases (*.hitome)': 'Hitome ケース (*.hitome)', 'Import Files': 'ファイルをインポート',
 'Incident files (*.evtx *.json *.jsonl *.ndjson *.log *.txt *.csv *.zip *.7z *.tar *.tar.gz *.tgz);;All files (*)': 'インシデントファイル (*.evtx *.json *.jsonl *.ndjson *.log *.txt *.csv *.zip *.7z *.tar *.tar.gz *.tgz);;すべてのファイル (*)',
 '%1 of %n alert(s) shown': '%n 件中 %1 件のアラートを表示', 'No case open': 'ケースが開かれていません',
 'Process': 'プロセス', 'PID': 'PID', 'Started': '開始', 'Command line': 'コマンドライン',
 'Cannot write %1: %2': '%1 に書き込めません: %2',
 'Cannot tell the report format from %1: use .pdf, .html or .md.': '%1 からレポート形式を判断できません。.pdf、.html、.md のいずれかを使ってください。',
 'No alerts': 'アラートなし', 'No alerts for %1': '%1 のアラートはありません',
 '%1: %n alert(s), highest severity %2': '%1: アラート %n 件、最大重大度 %2', '%1 (%n alert(s))': '%1 (アラート %n 件)',
 'The demo incident is not bundled with this build.': 'このビルドにはデモインシデントが含まれていません。',
 'New Case for the Imported Files': 'インポートするファイル用の新しいケース', 'Importing %n file(s)…': '%n 個のファイルをインポート中…',
 'Cancel': 'キャンセル', 'File %1 of %2: %3\n%4 events (%5 per second)': 'ファイル %1 / %2: %3\nイベント %4 件 (毎秒 %5 件)',
 'System language': 'システムの言語', 'Preferences': '設定', 'Language:': '言語:',
 'The import was cancelled; the case is unchanged.': 'インポートをキャンセルしました。ケースは変更されていません。',
 'Nothing was imported: %1': '何もインポートされませんでした: %1',
 'Detection did not run: %1': '検知を実行できませんでした: %1',
 'Detection: %n alert(s) from rules and command bursts.': '検知: ルールとコマンドの連続実行から %n 件のアラート。',
 'Indexing events for search: %1 of %2 (searches already find every event).': '検索用にイベントを索引付け中: %1 / %2 件 (検索はすでにすべてのイベントを対象にしています)。',
 'Search index ready.': '検索インデックスの準備ができました。',
 '%n file(s) imported: %1 alerts, %2 events, %3 warnings.': '%n 個のファイルをインポートしました: アラート %1 件、イベント %2 件、警告 %3 件。',
 'en': 'ja', 'Other': 'その他', 'Recon': '偵察コマンド',
 'Initial reconnaissance': '初期調査', 'Exploration': '探索', 'Spread': '感染拡大',
 'Host, phase or command': 'ホスト・フェーズ・コマンド', 'Runs': '実行回数', 'First': '最初', 'Last': '最後',
 'Export AppLocker Policy (Audit Mode)…': 'AppLocker ポリシーを書き出す (監査モード)…', '(unknown host)': '(不明なホスト)',
 'Run by the attacker during this incident.': 'このインシデントで攻撃者が実行しました。',
 'The AppLocker policy could not be saved to %1.': 'AppLocker ポリシーを %1 に保存できませんでした。',
 'Check the commands to block first.': '先にブロックするコマンドにチェックを付けてください。',
 'Export AppLocker Policy': 'AppLocker ポリシーの書き出し', 'XML files (*.xml)': 'XML ファイル (*.xml)',
 'Timeline': 'タイムライン', 'Remove the time range picked on the timeline': 'タイムラインで選んだ期間の絞り込みを解除',
 '%1, from %2 to %3': '%1、%2 から %3 まで', '%n alert(s), highest severity %1': 'アラート %n 件、最大重大度 %1',
 '%n key event(s): scheduled tasks, services, accounts, cleared logs or reconnaissance commands':
   '重要イベント %n 件: タスク、サービス、アカウント、ログ消去、偵察コマンド',
 'No alerts or key events.': 'アラートも重要イベントもありません。', '(no host)': '(ホストなし)',
 '%n second(s)': '%n 秒', '%n minute(s)': '%n 分', '%n hour(s)': '%n 時間', '%n day(s)': '%n 日',
 '&Zoom to Selection': '選択範囲を拡大(&Z)', '&Whole Case': 'ケース全体(&W)', '&Clear Selection': '選択を解除(&C)',
 'Show only the selected time range, in finer steps': '選択した期間だけを細かい刻みで表示',
 '<span style="color:#c62828">■</span> alerts (colour: highest severity) <span style="color:#00897b">■</span> key events':
   '<span style="color:#c62828">■</span> アラート (色: 最大重大度) <span style="color:#00897b">■</span> 重要イベント',
 'This case has no alerts or key events to place on a timeline yet.': 'このケースにはタイムラインに並べるアラートや重要イベントがまだありません。',
 'Zoomed in: %1 – %2, each column %3': '拡大表示: %1 – %2、1 列 = %3',
 'Whole case: %1 – %2, each column %3': 'ケース全体: %1 – %2、1 列 = %3',
 "No reconnaissance commands (whoami, net, ipconfig…) were found in this case's events.":
   'このケースのイベントには偵察コマンド (whoami、net、ipconfig など) が見つかりませんでした。',
 "Type words to find in every event's command line, image, registry key or task name, then press Enter. Right-click a result to pivot.":
   '全イベントのコマンドライン、イメージ、レジストリキー、タスク名から探す語を入力して Enter を押してください。結果を右クリックするとピボットできます。',
 'No events match this search.': 'この検索に一致するイベントはありません。',
}


def english_plural(source):
    one = re.sub(r'\((\w+)\)', '', source).replace('file(s)', 'file')
    one = re.sub(r'(\w+)\(s\)', r'\1', source)
    many = re.sub(r'(\w+)\(s\)', r'\1s', source)
    return one, many


def fill(path, lang):
    tree = ET.parse(path)
    root = tree.getroot()
    root.set('language', 'ja_JP' if lang == 'ja' else 'en_US')
    missing = []
    for ctx in root.findall('context'):
        name = ctx.find('name')
        if name.text not in BARE_CONTEXTS and not name.text.startswith('hitome::'):
            name.text = 'hitome::ui::' + name.text
        for msg in ctx.findall('message'):
            source = msg.find('source').text
            tr = msg.find('translation')
            if tr is None:
                tr = ET.SubElement(msg, 'translation')
            tr.attrib.pop('type', None)
            for child in list(tr):
                tr.remove(child)
            if lang == 'ja':
                if source not in JA:
                    missing.append(source)
                    tr.set('type', 'unfinished')
                    continue
                text = JA[source]
                if msg.get('numerus') == 'yes':
                    tr.text = None
                    ET.SubElement(tr, 'numerusform').text = text
                else:
                    tr.text = text
            else:
                if msg.get('numerus') == 'yes':
                    one, many = english_plural(source)
                    tr.text = None
                    ET.SubElement(tr, 'numerusform').text = one
                    ET.SubElement(tr, 'numerusform').text = many
                else:
                    tr.text = source
    tree.write(path, encoding='utf-8', xml_declaration=True)
    return missing


if __name__ == '__main__':
    missing = fill(HERE / 'hitome_ja.ts', 'ja')
    fill(HERE / 'hitome_en.ts', 'en')
    for m in missing:
        print('untranslated:', m, file=sys.stderr)
    sys.exit(1 if missing else 0)
