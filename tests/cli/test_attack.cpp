// SPDX-License-Identifier: GPL-3.0-or-later
// `hitome attack tactics | show | import` run as the real binary, with the
// user's data directory redirected to a scratch folder.

#include <QtTest>

#include <nlohmann/json.hpp>

#include "tests_support/cli_runner.h"
#include "tests_support/test_paths.h"

using hitome::test::CliRun;
using Json = nlohmann::json;

namespace {

// URLs are written https:\/\/… (valid JSON): moc reads a "//" inside a raw string as a comment.
constexpr const char* kBundle = R"json({"type": "bundle", "id": "bundle--1", "objects": [
  {"type": "x-mitre-collection", "id": "x-mitre-collection--1", "x_mitre_version": "99.0"},
  {"type": "x-mitre-tactic", "id": "x-mitre-tactic--p", "name": "Persistence", "x_mitre_shortname": "persistence",
   "external_references": [{"source_name": "mitre-attack", "external_id": "TA0003"}]},
  {"type": "attack-pattern", "id": "attack-pattern--t", "name": "Scheduled Task",
   "description": "Adversaries may abuse the Windows Task Scheduler.(Citation: X)",
   "kill_chain_phases": [{"kill_chain_name": "mitre-attack", "phase_name": "persistence"}],
   "external_references": [{"source_name": "mitre-attack", "external_id": "T1053.005",
                            "url": "https:\/\/attack.mitre.org/techniques/T1053/005"}]}]})json";

}  // namespace

class TestAttackCli : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_home = hitome::test::scratchDir("attack-cli");
        m_env = {{"HOME", m_home.string()}, {"XDG_DATA_HOME", (m_home / "data").string()}};
    }

    void tacticsListsFifteenInMatrixOrder() {
        const CliRun run = runAttack({"tactics", "--json"});
        QCOMPARE(run.exitCode, 0);
        const Json list = Json::parse(run.out);
        QCOMPARE(list.size(), size_t{15});
        QCOMPARE(list.front()["id"].get<std::string>(), std::string("TA0043"));
        QCOMPARE(list[6]["id"].get<std::string>(), std::string("TA0005"));
        QCOMPARE(list[6]["name"].get<std::string>(), std::string("Stealth"));
        QCOMPARE(list[7]["id"].get<std::string>(), std::string("TA0112"));
        QCOMPARE(list.back()["id"].get<std::string>(), std::string("TA0040"));
    }

    void tacticsInJapanese() {
        const CliRun run = runAttack({"tactics", "--lang", "ja"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.find("TA0005  ステルス  (Stealth)") != std::string::npos);
        QVERIFY(run.out.find("TA0003  永続化") != std::string::npos);
        QCOMPARE(runAttack({"tactics", "--lang", "fr"}).exitCode, 1);
    }

    void showTechnique() {
        const CliRun run = runAttack({"show", "T1053.005", "--json"});
        QCOMPARE(run.exitCode, 0);
        const Json j = Json::parse(run.out);
        QCOMPARE(j["id"].get<std::string>(), std::string("T1053.005"));
        QCOMPARE(j["name"].get<std::string>(), std::string("Scheduled Task"));
        QCOMPARE(j["tactics"].size(), size_t{3});
        QCOMPARE(j["url"].get<std::string>(), std::string("https://attack.mitre.org/techniques/T1053/005/"));
        QCOMPARE(j["revoked"].get<bool>(), false);
    }

    void showRevokedTechniqueNamesReplacement() {
        const CliRun run = runAttack({"show", "T1085"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.find("T1085 was revoked") != std::string::npos);
        QVERIFY(run.out.find("T1218.011  Rundll32") != std::string::npos);
        const Json j = Json::parse(runAttack({"show", "t1085", "--json"}).out);
        QCOMPARE(j["requested"].get<std::string>(), std::string("T1085"));
        QCOMPARE(j["id"].get<std::string>(), std::string("T1218.011"));
        QCOMPARE(j["revoked"].get<bool>(), true);
    }

    void showTacticByOldSpellings() {
        for (const char* spelling : {"defense-evasion", "Defense Evasion", "DefenseEvasion", "TA0005"}) {
            const CliRun run = runAttack({"show", spelling, "--json"});
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(Json::parse(run.out)["id"].get<std::string>(), std::string("TA0005"));
        }
        const CliRun ja = runAttack({"show", "persistence", "--lang", "ja"});
        QVERIFY(ja.out.find("永続化") != std::string::npos);
        QVERIFY(ja.out.find("常設") != std::string::npos);
    }

    void showUnknownIsBadInput() {
        const CliRun run = runAttack({"show", "Malware"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.find("'Malware'") != std::string::npos);
    }

    void helpAndUsage() {
        QCOMPARE(runAttack({"--help"}).exitCode, 0);
        QCOMPARE(runAttack({"import", "--help"}).exitCode, 0);
        QVERIFY(runAttack({"show", "--help"}).out.find("revoked") != std::string::npos);
        QCOMPARE(runAttack({}).exitCode, 1);
        QCOMPARE(runAttack({"frobnicate"}).exitCode, 1);
        QCOMPARE(runAttack({"import"}).exitCode, 1);
    }

    void importRejectsBadFiles() {
        const auto bad = m_home / "bad.json";
        hitome::test::writeFile(bad, R"({"type": "bundle", "objects": [)");
        CliRun run = runAttack({"import", bad.string()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.find(bad.string()) != std::string::npos);
        QVERIFY(run.err.find("byte") != std::string::npos);
        run = runAttack({"import", (m_home / "missing.json").string()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!std::filesystem::exists(installedBundle()));
    }

    void importInstallsBundleThatThenSupersedes() {
        const auto file = m_home / "enterprise-attack.json";
        hitome::test::writeFile(file, kBundle);
        const CliRun run = runAttack({"import", file.string()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.find("imported ATT&CK 99.0") != std::string::npos);
        QCOMPARE(hitome::test::readFile(installedBundle()), std::string(kBundle));
        const Json j = Json::parse(runAttack({"show", "T1053.005", "--json"}).out);
        QCOMPARE(j["description"].get<std::string>(), std::string("Adversaries may abuse the Windows Task Scheduler."));
        QCOMPARE(j["tactics"].size(), size_t{1});
        QCOMPARE(j["url"].get<std::string>(), std::string("https://attack.mitre.org/techniques/T1053/005"));
    }

private:
    CliRun runAttack(std::vector<std::string> args) {
        args.insert(args.begin(), "attack");
        return hitome::test::runHitomeWithEnv(args, m_env);
    }
    std::filesystem::path installedBundle() const { return m_home / "data/hitome/attack/enterprise-attack.json"; }

    std::filesystem::path m_home;
    std::vector<std::pair<std::string, std::string>> m_env;
};

QTEST_APPLESS_MAIN(TestAttackCli)
#include "test_attack.moc"
