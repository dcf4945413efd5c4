// SPDX-License-Identifier: GPL-3.0-or-later
// `hitome explain` and `hitome kb` run as the real binary: text and JSON
// output, languages, exit codes, masking, hostile and huge input.

#include <QtTest>

#include <QProcess>

#include <nlohmann/json.hpp>

#include "tests_support/cli_runner.h"

using hitome::test::runHitome;

namespace {

const char* kTroj = "schtasks.exe /create /SC ONCE /TN Troj /TR C:\\Users\\vmadmin\\Desktop\\WinATP-Intro-Backdoor.exe /ST 13:36 /F";

nlohmann::json parseJson(const std::string& out) {
    auto j = nlohmann::json::parse(out, nullptr, false);
    return j;
}

bool hasFinding(const nlohmann::json& j, const std::string& code) {
    for (const auto& f : j["findings"])
        if (f["code"] == code) return true;
    for (const auto& n : j["nested"])
        if (hasFinding(n, code)) return true;
    return false;
}

}  // namespace

class TestExplainCli : public QObject {
    Q_OBJECT
private slots:
    void textOutputExplainsTheStory() {
        const auto r = runHitome({"explain", kTroj});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.find("WinATP-Intro-Backdoor.exe") != std::string::npos);
        QVERIFY(r.out.find("not persistence") != std::string::npos);
        QVERIFY(r.out.find("T1053.005") != std::string::npos);
        QVERIFY(r.out.find("/F silently replaces") != std::string::npos);
    }

    void jsonOutputHasTheDocumentedKeys() {
        const auto r = runHitome({"explain", kTroj, "--json"});
        QCOMPARE(r.exitCode, 0);
        const auto j = parseJson(r.out);
        QVERIFY2(!j.is_discarded(), r.out.c_str());
        QCOMPARE(j["binary"]["name"].get<std::string>(), std::string("schtasks.exe"));
        QVERIFY(j["arguments"].is_array() && j["arguments"][1].contains("text") && j["arguments"][1].contains("meaning"));
        QCOMPARE(j["entities"]["task_name"].get<std::string>(), std::string("Troj"));
        QVERIFY(j["findings"][0].contains("severity") && j["findings"][0].contains("text"));
        QCOMPARE(j["techniques"][0].get<std::string>(), std::string("T1053.005"));
        QVERIFY(j["decoded"].is_array());
        QVERIFY(hasFinding(j, "schtasks.run_once"));
    }

    void japaneseOutput() {
        const auto r = runHitome({"explain", kTroj, "--lang", "ja"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.find("一度だけ") != std::string::npos);
        QVERIFY(r.out.find("所見") != std::string::npos);
        const auto j = parseJson(runHitome({"explain", kTroj, "--lang", "ja", "--json"}).out);
        QCOMPARE(j["language"].get<std::string>(), std::string("ja"));
    }

    void encodedPowerShellIsDecodedInJson() {
        // "Write-Host 'hi'; iex $x" as UTF-16LE base64.
        const auto r = runHitome({"explain", "powershell -nop -w hidden -enc VwByAGkAdABlAC0ASABvAHMAdAAgACcAaABpACcAOwAgAGkAZQB4ACAAJAB4AA==", "--json"});
        QCOMPARE(r.exitCode, 0);
        const auto j = parseJson(r.out);
        QCOMPARE(j["decoded"][0]["kind"].get<std::string>(), std::string("base64+utf16le"));
        QCOMPARE(j["decoded"][0]["text"].get<std::string>(), std::string("Write-Host 'hi'; iex $x"));
        QVERIFY(hasFinding(j, "ps.iex"));
    }

    void wmicPasswordNeverPrinted() {
        const std::vector<std::string> line = {"explain", "wmic /node:10.0.0.6 /user:\"corp\\admin\" /password:\"P@ss\" process call create \"cmd /c whoami\""};
        for (const auto& extra : {std::string("--json"), std::string("--lang=ja")}) {
            auto args = line;
            args.push_back(extra);
            const auto r = runHitome(args);
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.find("P@ss") == std::string::npos);
            QVERIFY(r.out.find("10.0.0.6") != std::string::npos);
        }
    }

    void hostileCharactersStayVisibleAndJsonValid() {
        const std::string line = "cmd /c echo evil\xE2\x80\xAEtxt.exe \x1b]0;owned\x07 \xff\xfe & whoami";
        const auto text = runHitome({"explain", line});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.find('\x1b') == std::string::npos);
        QVERIFY(text.out.find("\xE2\x80\xAE") == std::string::npos);
        QVERIFY(text.out.find("U+202E") != std::string::npos);
        const auto json = runHitome({"explain", line, "--json"});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(!parseJson(json.out).is_discarded());
        QVERIFY(QString::fromUtf8(json.out.c_str()).toUtf8().toStdString() == json.out);   // valid UTF-8 survives a round trip
    }

    void megabyteCommandLineFromStdin() {
        std::string huge = "powershell -c \"";
        while (huge.size() < (1 << 20)) huge += "'a'+'b'+[char]65 & net user x /add | ";
        QProcess p;
        p.start(QStringLiteral(HITOME_BINARY), {QStringLiteral("explain"), QStringLiteral("--stdin"), QStringLiteral("--json")});
        QVERIFY(p.waitForStarted());
        p.write(huge.data(), static_cast<qint64>(huge.size()));
        p.closeWriteChannel();
        QVERIFY2(p.waitForFinished(60000), "explain of a 1 MB line did not finish in 60 s");
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(!parseJson(p.readAllStandardOutput().toStdString()).is_discarded());
    }

    // Japanese output has no English headings, labels or roles left, in
    // text and in JSON (codes such as "severity" stay English by design).
    void japaneseOutputIsComplete() {
        const std::string line = "cmd /c \"schtasks /create /sc daily /ru SYSTEM /tn U /tr C:\\Users\\Public\\u.exe & "
                                 "netsh advf set allp state off\"";
        const auto text = runHitome({"explain", line, "--lang", "ja"});
        QCOMPARE(text.exitCode, 0);
        for (const char* english : {"Command:", "Arguments:", "Findings:", "Runs (", "then,", "[high]", "[info]",
                                    "Task name", "Part of", "scheduled program", "chain segment"})
            QVERIFY2(text.out.find(english) == std::string::npos, english);
        QVERIFY(text.out.find("タスクが実行するプログラム") != std::string::npos);
        QVERIFY(text.out.find("advf = advfirewall") != std::string::npos);
        const auto j = parseJson(runHitome({"explain", line, "--lang", "ja", "--json"}).out);
        QCOMPARE(j["severity_label"].get<std::string>(), std::string("高"));
        const auto& chain = j["nested"][0];
        QCOMPARE(chain["role_label"].get<std::string>(), std::string("cmd.exe が実行するコマンド"));
        QCOMPARE(chain["nested"][0]["chain_operator_label"].get<std::string>(), std::string("続けて次のコマンドを実行（&）"));
        QVERIFY(hasFinding(j, "netsh.firewall_off") && hasFinding(j, "schtasks.system_persistence"));
    }

    // NUL, control characters, bidi overrides, invalid base64, malformed
    // UTF-16 and deep nesting: shown visibly in text and JSON, both languages.
    void badInputInEveryForm() {
        const std::vector<std::string> lines = {
            std::string("schtasks /create /tn \"a") + '\0' + "b\x01\x7f\xE2\x80\xAE" "exe.txt\" /tr \"C:\\x\x1b[31m.exe\" /sc once /st 1:00",
            "powershell -enc @@not-base64@@",
            "powershell -enc YQAA2GIA",   // UTF-16LE "a", a lone high surrogate, "b"
            "cmd /c cmd /c cmd /c cmd /c cmd /c cmd /c cmd /c cmd /c cmd /c whoami",
        };
        for (const auto& line : lines) {
            for (const char* lang : {"en", "ja"}) {
                QProcess p;
                p.start(QStringLiteral(HITOME_BINARY), {QStringLiteral("explain"), QStringLiteral("--stdin"), QStringLiteral("--lang"),
                                                        QString::fromLatin1(lang)});
                QVERIFY(p.waitForStarted());
                p.write(line.data(), static_cast<qint64>(line.size()));
                p.closeWriteChannel();
                QVERIFY(p.waitForFinished(30000));
                QCOMPARE(p.exitCode(), 0);
                const std::string out = p.readAllStandardOutput().toStdString();
                for (char c : out) QVERIFY2(static_cast<unsigned char>(c) >= 0x20 || c == '\n', "raw control character in text output");
                QVERIFY(out.find("\xE2\x80\xAE") == std::string::npos);
                const auto json = runHitome({"explain", line.substr(0, line.find('\0')), "--json", std::string("--lang=") + lang});
                QCOMPARE(json.exitCode, 0);
                QVERIFY(!parseJson(json.out).is_discarded());
            }
        }
        const auto nul = runHitome({"explain", "--json"});
        QCOMPARE(nul.exitCode, 1);   // no command line: usage error, not a crash
    }

    void usageErrors() {
        QCOMPARE(runHitome({"explain"}).exitCode, 1);
        QCOMPARE(runHitome({"explain", "whoami", "--lang", "fr"}).exitCode, 1);
        const auto help = runHitome({"explain", "--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.find("--json") != std::string::npos);
        QCOMPARE(runHitome({"kb"}).exitCode, 1);
        QCOMPARE(runHitome({"kb", "show", "definitely-not-a-binary"}).exitCode, 2);
    }

    void kbListAndShow() {
        const auto list = runHitome({"kb", "list", "--json"});
        QCOMPARE(list.exitCode, 0);
        const auto j = parseJson(list.out);
        QVERIFY(j.is_array());
        QVERIFY2(j.size() >= 80, "the built-in knowledge base has at least 80 entries");
        const auto show = runHitome({"kb", "show", "SCHTASKS"});
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.out.find("schtasks.exe") != std::string::npos);
        QVERIFY(show.out.find("T1053.005") != std::string::npos);
        const auto ja = runHitome({"kb", "show", "C:\\Windows\\System32\\schtasks.exe", "--lang", "ja"});
        QCOMPARE(ja.exitCode, 0);
        QVERIFY(ja.out.find("次に確認すること") != std::string::npos);
        QVERIFY(ja.out.find("不審な親プロセス") != std::string::npos);
        QVERIFY(ja.out.find("Windows に標準で含まれるプログラム") != std::string::npos);
        QVERIFY(ja.out.find("[medium]") == std::string::npos);
        QVERIFY(show.out.find("Suspicious parents: ") != std::string::npos);
        const auto entry = parseJson(runHitome({"kb", "show", "schtasks", "--json"}).out);
        QCOMPARE(entry["name"].get<std::string>(), std::string("schtasks.exe"));
        QVERIFY(!entry["summary"]["ja"].get<std::string>().empty());
    }
};

QTEST_GUILESS_MAIN(TestExplainCli)
#include "test_explain_cli.moc"
