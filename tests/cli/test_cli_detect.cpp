// SPDX-License-Identifier: GPL-3.0-or-later
// Detection through the real `hitome` binary: `import --detect`, `detect
// --rules`, `alerts --json` (rule alerts with rule_id and hit counts, one per
// rule and process), `recon --json`, and `rules check --json` on SigmaHQ's
// rules and on hostile rule files (reported and skipped, nothing hangs).

#include <QtTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>

#include "tests_support/cli_runner.h"
#include "tests_support/sample_case.h"
#include "tests_support/test_paths.h"

using hitome::test::CliRun;
using hitome::test::runHitome;
using Json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

constexpr const char* kNetUserAddRule = "6daeffe2-db5b-400c-a329-ca5ad6cada71";   // resources/rules
constexpr const char* kLsassRule = "2abdd031-8637-43c3-bfef-b6c56b70f022";
constexpr const char* kExtraRule = "0b6f0d55-7f64-4c1e-9d7a-5c1f3e2a9b10";       // written below
constexpr const char* kHost = "WS01.corp.local";
constexpr int kBadInputExit = 2;

std::string isoTime(int second) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "2024-05-01T10:%02d:%02d.000Z", second / 60, second % 60);
    return buf;
}

// One NXLog-style JSON line (the shape Mordor/OTRF data sets use).
Json sysmonLine(int second, int eventId) {
    return {{"@timestamp", isoTime(second)}, {"EventID", eventId},
            {"Channel", "Microsoft-Windows-Sysmon/Operational"}, {"SourceName", "Microsoft-Windows-Sysmon"},
            {"Hostname", kHost}, {"RecordNumber", 1000 + second}};
}

Json processLine(int second, const std::string& guid, const std::string& image, const std::string& commandLine) {
    Json j = sysmonLine(second, 1);
    j["ProcessGuid"] = guid;
    j["ProcessId"] = std::to_string(2000 + second);
    j["Image"] = image;
    j["CommandLine"] = commandLine;
    j["User"] = "CORP\\mallory";
    j["ParentProcessGuid"] = "{7a1c0000-0000-0000-0000-0000000000ff}";
    j["ParentProcessId"] = "900";
    j["ParentImage"] = "C:\\Users\\Public\\rat.exe";
    return j;
}

Json lsassLine(int second, const std::string& sourceGuid) {
    Json j = sysmonLine(second, 10);
    j["SourceProcessGuid"] = sourceGuid;
    j["SourceProcessId"] = "3100";
    j["SourceImage"] = "C:\\Users\\Public\\m.exe";
    j["TargetImage"] = "C:\\Windows\\system32\\lsass.exe";
    j["GrantedAccess"] = "0x1010";
    return j;
}

// A remote-shell session: recon commands from one parent, an account
// created, LSASS read twice by one tool and once by another.
std::string attackerEvents() {
    const std::string sys = "C:\\Windows\\System32\\";
    const std::vector<Json> lines = {
        processLine(0, "{7a1c0000-0000-0000-0000-000000000001}", sys + "whoami.exe", "whoami /all"),
        processLine(20, "{7a1c0000-0000-0000-0000-000000000002}", sys + "ipconfig.exe", "ipconfig /all"),
        processLine(40, "{7a1c0000-0000-0000-0000-000000000003}", sys + "net.exe", "net user /domain"),
        processLine(60, "{7a1c0000-0000-0000-0000-000000000004}", sys + "net.exe", "net localgroup administrators"),
        processLine(80, "{7a1c0000-0000-0000-0000-000000000005}", sys + "net.exe", "net user backdoor Passw0rd! /add"),
        processLine(90, "{7a1c0000-0000-0000-0000-000000000006}", "C:\\Users\\Public\\a.exe",
                    "a.exe " + std::string(20000, 'a') + "!"),
        lsassLine(100, "{7a1c0000-0000-0000-0000-0000000000a1}"),
        lsassLine(101, "{7a1c0000-0000-0000-0000-0000000000a1}"),
        lsassLine(102, "{7a1c0000-0000-0000-0000-0000000000a2}"),
    };
    std::string out;
    for (const auto& l : lines) out += l.dump() + "\n";
    return out;
}

std::string ruleText(const std::string& id, const std::string& title, const std::string& detection) {
    return "title: " + title + "\nid: " + id +
           "\nstatus: test\nlevel: medium\ntags:\n  - attack.discovery\n  - attack.t1087.001\n"
           "logsource:\n  category: process_creation\n  product: windows\ndetection:\n" + detection;
}

// A valid rule, then one of each kind of hostile rule file §7 names.
void writeRuleDirs(const fs::path& good, const fs::path& bad) {
    fs::create_directories(good);
    fs::create_directories(bad);
    const std::string extra = ruleText(kExtraRule, "Backdoor Account Named On Command Line",
                                       "  selection:\n    CommandLine|contains: 'backdoor'\n  condition: selection\n");
    hitome::test::writeFile(good / "extra.yml", extra);
    hitome::test::writeFile(bad / "extra.yml", extra);
    hitome::test::writeFile(bad / "invalid_yaml.yml", "title: broken\ndetection: [selection, {a: b\n  condition: x\n");
    hitome::test::writeFile(bad / "unknown_modifier.yml",
                            ruleText("0b6f0d55-7f64-4c1e-9d7a-5c1f3e2a9b11", "Unknown Modifier",
                                     "  selection:\n    CommandLine|sounds_like: 'whoami'\n  condition: selection\n"));
    // (a+)+$ backtracks exponentially in a backtracking engine; RE2 is linear.
    hitome::test::writeFile(bad / "catastrophic_regex.yml",
                            ruleText("0b6f0d55-7f64-4c1e-9d7a-5c1f3e2a9b12", "Catastrophic Regex",
                                     "  selection:\n    CommandLine|re: '^a\\.exe (a+)+$'\n  condition: selection\n"));
    std::string many = "  condition: 1 of sel*\n";
    for (int i = 0; i < 10000; ++i) many += "  sel" + std::to_string(i) + ":\n    CommandLine: 'x" + std::to_string(i) + "'\n";
    hitome::test::writeFile(bad / "ten_thousand_selections.yml",
                            ruleText("0b6f0d55-7f64-4c1e-9d7a-5c1f3e2a9b13", "Ten Thousand Selections", many));
    // 100 MB, written in pieces so the test itself stays small in memory.
    std::ofstream huge(bad / "huge.yml", std::ios::binary);
    huge << ruleText("0b6f0d55-7f64-4c1e-9d7a-5c1f3e2a9b14", "Huge", "  selection:\n    CommandLine|contains:\n");
    const std::string chunk = [] {
        std::string c;
        while (c.size() < (1 << 20)) c += "      - 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'\n";
        return c;
    }();
    for (int i = 0; i < 100; ++i) huge << chunk;
    huge << "  condition: selection\n";
}

const Json* findIssue(const Json& list, const std::string& fileName) {
    for (const auto& i : list)
        if (fs::path(i["file"].get<std::string>()).filename() == fileName) return &i;
    return nullptr;
}

std::vector<Json> alertsWithRule(const Json& alerts, const std::string& ruleId) {
    std::vector<Json> out;
    for (const auto& a : alerts)
        if (a["rule_id"].is_string() && a["rule_id"] == ruleId) out.push_back(a);
    return out;
}

}  // namespace

class TestCliDetect : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        m_dir = hitome::test::scratchDir("cli-detect");
        hitome::test::writeFile(m_dir / "attack.json", attackerEvents());
        writeRuleDirs(m_dir / "rules-good", m_dir / "rules-bad");
        m_case = (m_dir / "case.hitome").string();
        const CliRun run = runHitome({"import", m_case, (m_dir / "attack.json").string(), "--detect"}, 120000);
        QVERIFY2(run.exitCode == 0, (run.out + run.err).c_str());
        QVERIFY2(run.out.find("rule hits:") != std::string::npos, run.out.c_str());
    }

    void importDetectRaisesOneAlertPerRuleAndProcess() {
        const Json alerts = alertsJson();
        const auto netUser = alertsWithRule(alerts, kNetUserAddRule);
        QCOMPARE(netUser.size(), size_t(1));
        QCOMPARE(netUser[0]["provider"].get<std::string>(), std::string("sigma"));
        QCOMPARE(netUser[0]["severity"].get<std::string>(), std::string("high"));
        QCOMPARE(netUser[0]["hit_count"].get<int>(), 1);
        QVERIFY(netUser[0]["has_process_tree"].get<bool>());
        QVERIFY(netUser[0]["techniques"].dump().find("T1136.001") != std::string::npos);
        // Two reads by one tool make one alert with two hits; the other tool its own.
        const auto lsass = alertsWithRule(alerts, kLsassRule);
        QCOMPARE(lsass.size(), size_t(2));
        std::vector<int> counts = {lsass[0]["hit_count"].get<int>(), lsass[1]["hit_count"].get<int>()};
        std::sort(counts.begin(), counts.end());
        QCOMPARE(counts, (std::vector<int>{1, 2}));
    }

    void importDetectRaisesReconBurst() {
        int bursts = 0;
        for (const auto& a : alertsJson())
            if (a["provider"] == "recon") {
                ++bursts;
                QCOMPARE(a["host"].get<std::string>(), std::string(kHost));
                QVERIFY(a["hit_count"].get<int>() >= 4);
            }
        QCOMPARE(bursts, 1);
    }

    void ruleAlertsSitBesideDefenderAlerts() {
        // A case that already holds Defender alerts, then events imported with --detect.
        const fs::path mixed = m_dir / "mixed.hitome";
        hitome::test::writeSampleCase(mixed);
        const CliRun run = runHitome({"import", mixed.string(), (m_dir / "attack.json").string(), "--detect"}, 120000);
        QVERIFY2(run.exitCode == 0, (run.out + run.err).c_str());
        const CliRun all = runHitome({"alerts", mixed.string(), "--json"});
        QVERIFY2(all.exitCode == 0, all.err.c_str());
        int defender = 0, sigma = 0;
        for (const auto& a : Json::parse(all.out)) {
            if (a["provider"] == "mde") ++defender;
            if (a["provider"] == "sigma") {
                ++sigma;
                QVERIFY(a["rule_id"].is_string());
            }
        }
        QCOMPARE(defender, 3);
        QVERIFY(sigma >= 3);
        // Rule tags become tactics the same filters use: credential access holds the LSASS alerts only.
        const CliRun credential = runHitome({"alerts", mixed.string(), "--tactic", "credential-access", "--json"});
        const Json filtered = Json::parse(credential.out);
        QCOMPARE(filtered.size(), size_t(2));
        for (const auto& a : filtered) QCOMPARE(a["rule_id"].get<std::string>(), std::string(kLsassRule));
    }

    void reconJsonListsCommandsPerHostAndPhase() {
        const CliRun run = runHitome({"recon", m_case, "--json"});
        QVERIFY2(run.exitCode == 0, run.err.c_str());
        const Json hosts = Json::parse(run.out);
        QCOMPARE(hosts.size(), size_t(1));
        QCOMPARE(hosts[0]["host"].get<std::string>(), std::string(kHost));
        auto countOf = [&](const std::string& phase, const std::string& command) {
            for (const auto& c : hosts[0]["phases"][phase])
                if (c["command"] == command) return c["count"].get<int>();
            return 0;
        };
        QCOMPARE(countOf("initial-recon", "whoami"), 1);
        QCOMPARE(countOf("initial-recon", "ipconfig"), 1);
        QCOMPARE(countOf("exploration", "net user"), 2);
        QCOMPARE(countOf("exploration", "net localgroup"), 1);
        QVERIFY(!hosts[0]["phases"].contains("spread"));
        const CliRun text = runHitome({"recon", m_case});
        QVERIFY(text.out.find("net user (2)") != std::string::npos);
    }

    void detectAddsRuleDirectoriesAndUpdatesOnRerun() {
        const CliRun run = runHitome({"detect", m_case, "--rules", (m_dir / "rules-good").string(), "--json"});
        QVERIFY2(run.exitCode == 0, run.err.c_str());
        const Json summary = Json::parse(run.out);
        QCOMPARE(summary["events_scanned"].get<int>(), 9);
        QCOMPARE(summary["rules_errors"].get<int>(), 0);
        QVERIFY(summary["alerts_updated"].get<int>() >= 3);   // the earlier alerts, not duplicated
        QCOMPARE(summary["alerts_created"].get<int>(), 1);    // the extra rule's
        const auto extra = alertsWithRule(alertsJson(), kExtraRule);
        QCOMPARE(extra.size(), size_t(1));
        QCOMPARE(extra[0]["title"].get<std::string>(), std::string("Backdoor Account Named On Command Line"));
        QCOMPARE(alertsWithRule(alertsJson(), kLsassRule).size(), size_t(2));
    }

    // Same rules, no new events: nothing to match; --full matches everything again.
    void detectRerunMatchesOnlyNewEventsUnlessFull() {
        const std::string rules = (m_dir / "rules-good").string();
        const CliRun again = runHitome({"detect", m_case, "--rules", rules, "--json"});
        QVERIFY2(again.exitCode == 0, again.err.c_str());
        const Json quick = Json::parse(again.out);
        QCOMPARE(quick["events_scanned"].get<int>(), 0);
        QVERIFY(quick["new_events_only"].get<bool>());
        const auto alertsBefore = alertsJson().size();
        const CliRun full = runHitome({"detect", m_case, "--rules", rules, "--full", "--json"});
        QVERIFY2(full.exitCode == 0, full.err.c_str());
        const Json all = Json::parse(full.out);
        QCOMPARE(all["events_scanned"].get<int>(), 9);
        QVERIFY(!all["new_events_only"].get<bool>());
        QCOMPARE(all["alerts_created"].get<int>(), 0);
        QCOMPARE(alertsJson().size(), alertsBefore);
        QCOMPARE(alertsWithRule(alertsJson(), kLsassRule).size(), size_t(2));
    }

    void detectRejectsMissingInputs() {
        CliRun run = runHitome({"detect", (m_dir / "absent.hitome").string()});
        QCOMPARE(run.exitCode, kBadInputExit);
        QVERIFY(run.err.find("no such case file") != std::string::npos);
        run = runHitome({"detect", m_case, "--rules", (m_dir / "no-such-dir").string()});
        QCOMPARE(run.exitCode, kBadInputExit);
        QVERIFY(run.err.find("not a directory") != std::string::npos);
    }

    void rulesCheckReportsHostileRulesAndLoadsTheRest() {
        const CliRun run = runHitome({"rules", "check", (m_dir / "rules-bad").string(), "--json"}, 60000);
        QVERIFY2(run.err != "timed out", "rules check hung");
        QCOMPARE(run.exitCode, kBadInputExit);   // errors present
        const Json report = Json::parse(run.out);
        QCOMPARE(report["loaded"].get<int>(), 2);   // extra.yml and the catastrophic regex (RE2 runs it safely)
        QCOMPARE(report["total"].get<int>(), 6);
        const Json* modifier = findIssue(report["unsupported"], "unknown_modifier.yml");
        QVERIFY(modifier);
        QVERIFY((*modifier)["reason"].get<std::string>().find("sounds_like") != std::string::npos);
        for (const char* name : {"invalid_yaml.yml", "ten_thousand_selections.yml", "huge.yml"})
            QVERIFY2(findIssue(report["errors"], name), name);
        QVERIFY(findIssue(report["errors"], "invalid_yaml.yml")->at("reason").get<std::string>().starts_with(
            "invalid YAML at line"));
        QVERIFY(findIssue(report["errors"], "ten_thousand_selections.yml")->at("reason").get<std::string>().find(
                    "more than 512 searches") != std::string::npos);
        QVERIFY(findIssue(report["errors"], "huge.yml")->at("reason").get<std::string>().find("larger than") !=
                std::string::npos);
        for (const auto* list : {&report["errors"], &report["unsupported"]})
            for (const auto& i : *list) {
                const std::string reason = i["reason"].get<std::string>();
                QVERIFY2(!reason.empty() && reason.find('\n') == std::string::npos, reason.c_str());
            }
    }

    void detectSkipsHostileRulesAndRunsTheRest() {
        const fs::path copy = m_dir / "case-bad-rules.hitome";
        fs::copy_file(m_case, copy);
        const CliRun run = runHitome({"detect", copy.string(), "--rules", (m_dir / "rules-bad").string(), "--json"},
                                     120000);
        QVERIFY2(run.exitCode == 0, run.err.c_str());
        QVERIFY(run.err.find("rule skipped:") != std::string::npos);
        QVERIFY(run.err.find("huge.yml") != std::string::npos);
        const Json alerts = Json::parse(runHitome({"alerts", copy.string(), "--json"}).out);
        QCOMPARE(alertsWithRule(alerts, kExtraRule).size(), size_t(1));
        // The pathological regex ran over a 20,000-character command line and
        // did not match it (the line ends in '!').
        QCOMPARE(alertsWithRule(alerts, "0b6f0d55-7f64-4c1e-9d7a-5c1f3e2a9b12").size(), size_t(0));
    }

    void rulesCheckTextNamesEachProblem() {
        const CliRun run = runHitome({"rules", "check", (m_dir / "rules-bad").string()}, 60000);
        QVERIFY(run.out.find("loaded: 2 of 6") != std::string::npos);
        QVERIFY(run.out.find("unknown_modifier.yml: ") != std::string::npos);
    }

    void rulesCheckSigmaHqWindows() {
        HITOME_REQUIRE_SHARED();
        const fs::path dir = hitome::test::corpusDir() / "sigma" / "rules" / "windows";
        const CliRun run = runHitome({"rules", "check", dir.string(), "--json"}, 120000);
        const Json report = Json::parse(run.out);
        const int loaded = report["loaded"].get<int>(), total = report["total"].get<int>();
        qInfo("rules check SigmaHQ windows: %d of %d loaded", loaded, total);
        QVERIFY(total > 2000);
        QVERIFY(100.0 * loaded / total >= 98.0);
        QCOMPARE(run.exitCode, report["errors"].empty() ? 0 : kBadInputExit);
        for (const auto& i : report["unsupported"])
            QVERIFY(!i["reason"].get<std::string>().empty());
    }

    // SigmaHQ's own rules through the CLI: a regression sample imported as
    // EVTX, `detect --rules` with the whole windows set, the rule's alert listed.
    void detectWithSigmaHqRulesOnARegressionSample() {
        HITOME_REQUIRE_SHARED();
        const fs::path sigma = hitome::test::corpusDir() / "sigma";
        const fs::path sample = sigma / "regression_data/rules/windows/process_creation/proc_creation_win_driverquery_recon" /
                                "9fc3072c-dc8f-4bf7-b231-18950000fadd.evtx";
        const std::string path = (m_dir / "sigmahq.hitome").string();
        CliRun run = runHitome({"import", path, sample.string()});
        QVERIFY2(run.exitCode == 0, run.err.c_str());
        run = runHitome({"detect", path, "--rules", (sigma / "rules" / "windows").string(), "--rules",
                         (m_dir / "rules-good").string(), "--json"}, 120000);
        QVERIFY2(run.exitCode == 0, run.err.c_str());
        const Json summary = Json::parse(run.out);
        QVERIFY(summary["rules_loaded"].get<int>() > 2400);   // pack + SigmaHQ + the extra directory
        QVERIFY(summary["rules_fired"].get<int>() >= 1);
        const CliRun alerts = runHitome({"alerts", path, "--json"});
        const auto driverquery = alertsWithRule(Json::parse(alerts.out), "9fc3072c-dc8f-4bf7-b231-18950000fadd");
        QCOMPARE(driverquery.size(), size_t(1));
        QCOMPARE(driverquery[0]["title"].get<std::string>(), std::string("Potential Recon Activity Using DriverQuery.EXE"));
        QVERIFY(driverquery[0]["hit_count"].get<int>() >= 1);
    }

private:
    Json alertsJson() {
        const CliRun run = runHitome({"alerts", m_case, "--json"});
        if (run.exitCode != 0) return Json::array();
        return Json::parse(run.out);
    }

    fs::path m_dir;
    std::string m_case;
};

QTEST_APPLESS_MAIN(TestCliDetect)
#include "test_cli_detect.moc"
