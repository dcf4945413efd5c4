<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>hitome::ui::AlertDetailPane</name>
    <message>
        <source>No alert selected</source>
        <translation>No alert selected</translation>
    </message>
    <message>
        <source>Select an alert in the list to see what happened.</source>
        <translation>Select an alert in the list to see what happened.</translation>
    </message>
    <message>
        <source>This alert cannot be shown.</source>
        <translation>This alert cannot be shown.</translation>
    </message>
    <message>
        <source>This alert names no command line to explain.</source>
        <translation>This alert names no command line to explain.</translation>
    </message>
    <message>
        <source>%1 severity · %2 · host %3 · user %4 · %5 · %6</source>
        <translation>%1 severity · %2 · host %3 · user %4 · %5 · %6</translation>
    </message>
    <message>
        <source>Tactics:</source>
        <translation>Tactics:</translation>
    </message>
    <message>
        <source>Techniques:</source>
        <translation>Techniques:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>The source recorded no command line for this process.</source>
        <translation>The source recorded no command line for this process.</translation>
    </message>
</context>
<context>
    <name>hitome::ui::AlertFilterBar</name>
    <message>
        <source>Search alert titles and descriptions (Ctrl+F)</source>
        <translation>Search alert titles and descriptions (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Any severity</translation>
    </message>
    <message>
        <source>%1 or higher</source>
        <translation>%1 or higher</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>All hosts</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>Tactic: %1 ✕</source>
        <translation>Tactic: %1 ✕</translation>
    </message>
    <message>
        <source>Remove the tactic filter</source>
        <translation>Remove the tactic filter</translation>
    </message>
    <message>
        <source>%1 – %2 ✕</source>
        <translation>%1 – %2 ✕</translation>
    </message>
    <message>
        <source>Remove the time range filter</source>
        <translation>Remove the time range filter</translation>
    </message>
</context>
<context>
    <name>AlertLabels</name>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Informational</source>
        <translation>Informational</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>True positive</source>
        <translation>True positive</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>False positive</translation>
    </message>
    <message>
        <source>Benign</source>
        <translation>Benign</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>Not classified</translation>
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
        <translation>Sigma rule</translation>
    </message>
    <message>
        <source>Recon detection</source>
        <translation>Recon detection</translation>
    </message>
</context>
<context>
    <name>hitome::ui::AlertTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Tactics</source>
        <translation>Tactics</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>hitome::ui::AlertsWorkspace</name>
    <message>
        <source>This case has no alerts yet. Import alert or event files with File &gt; Import Files.</source>
        <translation>This case has no alerts yet. Import alert or event files with File &gt; Import Files.</translation>
    </message>
    <message>
        <source>No alerts for %1.</source>
        <translation>No alerts for %1.</translation>
    </message>
    <message>
        <source>No alerts match these filters.</source>
        <translation>No alerts match these filters.</translation>
    </message>
</context>
<context>
    <name>hitome::ui::AnalystWorkPanel</name>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>Classification:</translation>
    </message>
    <message>
        <source>Write a note on this alert…</source>
        <translation>Write a note on this alert…</translation>
    </message>
    <message>
        <source>Write a note on the case…</source>
        <translation>Write a note on the case…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The status could not be saved: %1</source>
        <translation>The status could not be saved: %1</translation>
    </message>
    <message>
        <source>The classification could not be saved: %1</source>
        <translation>The classification could not be saved: %1</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>The note could not be saved: %1</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>The note could not be deleted: %1</source>
        <translation>The note could not be deleted: %1</translation>
    </message>
</context>
<context>
    <name>ExplanationHtml</name>
    <message>
        <source>Task name</source>
        <translation>Task name</translation>
    </message>
    <message>
        <source>Program it runs (the suspect)</source>
        <translation>Program it runs (the suspect)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Runs as</source>
        <translation>Runs as</translation>
    </message>
    <message>
        <source>Remote host</source>
        <translation>Remote host</translation>
    </message>
    <message>
        <source>Registry key</source>
        <translation>Registry key</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Service name</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>Argument</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>What it names</source>
        <translation>What it names</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Decoded layers</source>
        <translation>Decoded layers</translation>
    </message>
    <message>
        <source> (truncated)</source>
        <translation> (truncated)</translation>
    </message>
    <message>
        <source>This program is not in the knowledge base.</source>
        <translation>This program is not in the knowledge base.</translation>
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
        <translation>Search command lines, images, registry keys, task names… (Enter)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>%1 – %2 ✕</source>
        <translation>%1 – %2 ✕</translation>
    </message>
    <message>
        <source>Remove the time range picked on the timeline</source>
        <translation>Remove the time range picked on the timeline</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>All events</translation>
    </message>
    <message>
        <source>Events matching: %1</source>
        <translation>Events matching: %1</translation>
    </message>
    <message>
        <source>%1 = %2 on hosts other than %3</source>
        <translation>%1 = %2 on hosts other than %3</translation>
    </message>
    <message>
        <source>Scheduled task %1 on all hosts</source>
        <translation>Scheduled task %1 on all hosts</translation>
    </message>
    <message>
        <source>Registry events for %1</source>
        <translation>Registry events for %1</translation>
    </message>
    <message>
        <source>Same value on other hosts</source>
        <translation>Same value on other hosts</translation>
    </message>
    <message>
        <source>This task name on all hosts</source>
        <translation>This task name on all hosts</translation>
    </message>
    <message>
        <source>Registry events for the key in this command line</source>
        <translation>Registry events for the key in this command line</translation>
    </message>
    <message>
        <source>Type words to find in every event's command line, image, registry key or task name, then press Enter. Right-click a result to pivot.</source>
        <translation>Type words to find in every event's command line, image, registry key or task name, then press Enter. Right-click a result to pivot.</translation>
    </message>
    <message>
        <source>No events match this search.</source>
        <translation>No events match this search.</translation>
    </message>
    <message numerus="yes">
        <source>First %n event(s) shown; refine the search.</source>
        <translation><numerusform>First %n event shown; refine the search.</numerusform><numerusform>First %n events shown; refine the search.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation><numerusform>%n event</numerusform><numerusform>%n events</numerusform></translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>Export Results</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The results were saved to %1.</source>
        <translation>The results were saved to %1.</translation>
    </message>
    <message>
        <source>The results could not be saved to %1 (%2).</source>
        <translation>The results could not be saved to %1 (%2).</translation>
    </message>
</context>
<context>
    <name>hitome::ui::HuntTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>_time</source>
        <translation>_time</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
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
        <translation>User</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Recent Cases</source>
        <translation>Recent Cases</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Hunting</source>
        <translation>Hunting</translation>
    </message>
    <message>
        <source>Recon</source>
        <translation>Recon</translation>
    </message>
    <message>
        <source>Case Notes</source>
        <translation>Case Notes</translation>
    </message>
    <message>
        <source>&amp;Open Case…</source>
        <translation>&amp;Open Case…</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Import Files…</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Export &amp;Report…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Open &amp;Demo Incident</source>
        <translation>Open &amp;Demo Incident</translation>
    </message>
    <message>
        <source>The case %1 could not be opened: %2</source>
        <translation>The case %1 could not be opened: %2</translation>
    </message>
    <message>
        <source>Open Case</source>
        <translation>Open Case</translation>
    </message>
    <message>
        <source>Hitome cases (*.hitome)</source>
        <translation>Hitome cases (*.hitome)</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Import Files</translation>
    </message>
    <message>
        <source>Incident files (*.evtx *.json *.jsonl *.ndjson *.log *.txt *.csv *.zip *.7z *.tar *.tar.gz *.tgz);;All files (*)</source>
        <translation>Incident files (*.evtx *.json *.jsonl *.ndjson *.log *.txt *.csv *.zip *.7z *.tar *.tar.gz *.tgz);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n alert(s) shown</source>
        <translation><numerusform>%1 of %n alert shown</numerusform><numerusform>%1 of %n alerts shown</numerusform></translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>No case open</translation>
    </message>
</context>
<context>
    <name>hitome::ui::ProcessTreeModel</name>
    <message>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Command line</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot tell the report format from %1: use .pdf, .html or .md.</source>
        <translation>Cannot tell the report format from %1: use .pdf, .html or .md.</translation>
    </message>
</context>
<context>
    <name>hitome::ui::ReconTab</name>
    <message>
        <source>Initial reconnaissance</source>
        <translation>Initial reconnaissance</translation>
    </message>
    <message>
        <source>Exploration</source>
        <translation>Exploration</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>Host, phase or command</source>
        <translation>Host, phase or command</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Export AppLocker Policy (Audit Mode)…</source>
        <translation>Export AppLocker Policy (Audit Mode)…</translation>
    </message>
    <message>
        <source>No reconnaissance commands (whoami, net, ipconfig…) were found in this case's events.</source>
        <translation>No reconnaissance commands (whoami, net, ipconfig…) were found in this case's events.</translation>
    </message>
    <message>
        <source>(unknown host)</source>
        <translation>(unknown host)</translation>
    </message>
    <message>
        <source>Run by the attacker during this incident.</source>
        <translation>Run by the attacker during this incident.</translation>
    </message>
    <message>
        <source>The AppLocker policy could not be saved to %1.</source>
        <translation>The AppLocker policy could not be saved to %1.</translation>
    </message>
    <message>
        <source>Check the commands to block first.</source>
        <translation>Check the commands to block first.</translation>
    </message>
    <message>
        <source>Export AppLocker Policy</source>
        <translation>Export AppLocker Policy</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XML files (*.xml)</translation>
    </message>
</context>
<context>
    <name>hitome::ui::ReportController</name>
    <message>
        <source>Report written to %1.</source>
        <translation>Report written to %1.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>The report could not be written: %1</translation>
    </message>
    <message>
        <source>Open a case before exporting a report.</source>
        <translation>Open a case before exporting a report.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Export Report</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;HTML report (*.html);;Markdown report (*.md)</source>
        <translation>PDF report (*.pdf);;HTML report (*.html);;Markdown report (*.md)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>Report language:</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
</context>
<context>
    <name>hitome::ui::TacticChartWidget</name>
    <message>
        <source>No alerts</source>
        <translation>No alerts</translation>
    </message>
    <message>
        <source>No alerts for %1</source>
        <translation>No alerts for %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n alert(s), highest severity %2</source>
        <translation><numerusform>%1: %n alert, highest severity %2</numerusform><numerusform>%1: %n alerts, highest severity %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n alert(s))</source>
        <translation><numerusform>%1 (%n alert)</numerusform><numerusform>%1 (%n alerts)</numerusform></translation>
    </message>
</context>
<context>
    <name>hitome::ui::TimelineModel</name>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1, from %2 to %3</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s), highest severity %1</source>
        <translation><numerusform>%n alert, highest severity %1</numerusform><numerusform>%n alerts, highest severity %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n key event(s): scheduled tasks, services, accounts, cleared logs or reconnaissance commands</source>
        <translation><numerusform>%n key event: scheduled tasks, services, accounts, cleared logs or reconnaissance commands</numerusform><numerusform>%n key events: scheduled tasks, services, accounts, cleared logs or reconnaissance commands</numerusform></translation>
    </message>
    <message>
        <source>No alerts or key events.</source>
        <translation>No alerts or key events.</translation>
    </message>
    <message>
        <source>(no host)</source>
        <translation>(no host)</translation>
    </message>
</context>
<context>
    <name>hitome::ui::TimelineTab</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation><numerusform>%n second</numerusform><numerusform>%n seconds</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation><numerusform>%n hour</numerusform><numerusform>%n hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <source>&amp;Zoom to Selection</source>
        <translation>&amp;Zoom to Selection</translation>
    </message>
    <message>
        <source>&amp;Whole Case</source>
        <translation>&amp;Whole Case</translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>&amp;Clear Selection</translation>
    </message>
    <message>
        <source>Show only the selected time range, in finer steps</source>
        <translation>Show only the selected time range, in finer steps</translation>
    </message>
    <message>
        <source>&lt;span style="color:#c62828"&gt;■&lt;/span&gt; alerts (colour: highest severity) &lt;span style="color:#00897b"&gt;■&lt;/span&gt; key events</source>
        <translation>&lt;span style="color:#c62828"&gt;■&lt;/span&gt; alerts (colour: highest severity) &lt;span style="color:#00897b"&gt;■&lt;/span&gt; key events</translation>
    </message>
    <message>
        <source>This case has no alerts or key events to place on a timeline yet.</source>
        <translation>This case has no alerts or key events to place on a timeline yet.</translation>
    </message>
    <message>
        <source>Zoomed in: %1 – %2, each column %3</source>
        <translation>Zoomed in: %1 – %2, each column %3</translation>
    </message>
    <message>
        <source>Whole case: %1 – %2, each column %3</source>
        <translation>Whole case: %1 – %2, each column %3</translation>
    </message>
</context>
<context>
    <name>hitome::ui::WorkbenchController</name>
    <message>
        <source>Indexing events for search: %1 of %2 (searches already find every event).</source>
        <translation>Indexing events for search: %1 of %2 (searches already find every event).</translation>
    </message>
    <message>
        <source>Search index ready.</source>
        <translation>Search index ready.</translation>
    </message>
    <message>
        <source>The demo incident is not bundled with this build.</source>
        <translation>The demo incident is not bundled with this build.</translation>
    </message>
    <message>
        <source>New Case for the Imported Files</source>
        <translation>New Case for the Imported Files</translation>
    </message>
    <message>
        <source>Hitome cases (*.hitome)</source>
        <translation>Hitome cases (*.hitome)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation><numerusform>Importing %n file…</numerusform><numerusform>Importing %n files…</numerusform></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>File %1 of %2: %3
%4 events (%5 per second)</source>
        <translation>File %1 of %2: %3
%4 events (%5 per second)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
</context>
<context>
    <name>hitome::ui</name>
    <message>
        <source>The import was cancelled; the case is unchanged.</source>
        <translation>The import was cancelled; the case is unchanged.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>%n file(s) imported: %1 alerts, %2 events, %3 warnings.</source>
        <translation>%n file(s) imported: %1 alerts, %2 events, %3 warnings.</translation>
    </message>
    <message>
        <source>Detection did not run: %1</source>
        <translation>Detection did not run: %1</translation>
    </message>
    <message>
        <source>Detection: %n alert(s) from rules and command bursts.</source>
        <translation>Detection: %n alert(s) from rules and command bursts.</translation>
    </message>
</context>
<context>
    <name>hitome::ui::Language</name>
    <message>
        <source>en</source>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>hitome::ui::Tactics</name>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
</TS>