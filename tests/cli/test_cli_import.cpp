// SPDX-License-Identifier: GPL-3.0-or-later
// The real hitome binary on the demo incident (Defender alerts plus the hosts'
// Sysmon/Security events): import, summary --json, alerts by tactic (ID,
// shortname, Japanese name), one process tree for alerts and events, tasks;
// bad input and usage errors give the documented exit codes.

#include <QtTest>

#include <nlohmann/json.hpp>

#include "core/store/case_file.h"
#include "core/store/statement.h"
#include "tests_support/cli_runner.h"
#include "tests_support/test_paths.h"

using hitome::test::runHitome;
namespace fs = std::filesystem;

namespace {

const std::string kSchtasks =
    "schtasks.exe /create /SC ONCE /TN Troj /TR C:\\Users\\vmadmin\\Desktop\\WinATP-Intro-Backdoor.exe /ST 13:36 /F";

std::string demoDir() { return (hitome::test::resourcesDir() / "demo").string(); }

}  // namespace

class TestCliImport : public QObject {
    Q_OBJECT
private:
    std::string m_case;

private slots:
    void initTestCase() {
        m_case = (hitome::test::scratchDir("cli-import") / "demo.hitome").string();
        auto run = runHitome({"import", m_case, demoDir()});
        QVERIFY2(run.exitCode == 0, run.err.c_str());
        QVERIFY(run.out.find("13 alerts added") != std::string::npos);
        QVERIFY(run.err.find("importing") != std::string::npos);   // plain progress lines when not a terminal
        // The search index is built once the import has committed.
        QVERIFY2(run.out.find("search index: 42 events indexed") != std::string::npos, run.out.c_str());
    }

    void reimportReportsAlreadyImported() {
        auto run = runHitome({"import", m_case, demoDir()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.find("already imported") != std::string::npos);
        QVERIFY(run.out.find("search index:") == std::string::npos);   // nothing left to index
    }

    void summaryJsonHasTheTactics() {
        auto run = runHitome({"summary", m_case, "--json"});
        QCOMPARE(run.exitCode, 0);
        const auto j = nlohmann::json::parse(run.out);
        QCOMPARE(j["alerts"].get<int>(), 13);
        QCOMPARE(j["hosts"].get<int>(), 6);
        QCOMPARE(j["sources"].get<int>(), 2);
        // Every Defender evidence process was also seen by Sysmon: merged, not doubled.
        QCOMPARE(j["processes"].get<int>(), 35);
        QCOMPARE(j["events"].get<int>(), 42);
        // Per-file process counts still add up after the merge.
        auto c = hitome::core::CaseFile::open(m_case);
        QVERIFY(c.ok());
        hitome::core::Statement sum(c->connection(), "SELECT sum(process_count) FROM sources");
        QVERIFY(sum.step().value() == hitome::core::Statement::Step::Row);
        QCOMPARE(sum.columnInt(0), std::int64_t(35));
        QVERIFY(j.contains("recovered_events"));
        QCOMPARE(j["tactics"].size(), size_t(16));   // 15 tactics + other
        for (const char* t : {"TA0002", "TA0003", "TA0005", "TA0007", "TA0008", "TA0011"})
            QVERIFY2(j["tactics"][t].get<int>() > 0, t);
        QCOMPARE(j["tactics"]["TA0008"].get<int>(), 2);
        auto text = runHitome({"summary", m_case});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.find("Persistence") != std::string::npos);
    }

    void alertsByTacticInEverySpelling() {
        std::vector<std::string> counts;
        for (const char* spelling : {"persistence", "TA0003", "Persistence", "永続化"}) {
            auto run = runHitome({"alerts", m_case, "--tactic", spelling, "--json"});
            QVERIFY2(run.exitCode == 0, run.err.c_str());
            const auto j = nlohmann::json::parse(run.out);
            QVERIFY(!j.empty());
            QCOMPARE(j[0]["title"].get<std::string>(), std::string("An anomalous scheduled task was created"));
            QCOMPARE(j[0]["category"].get<std::string>(), std::string("Persistence"));
            QVERIFY(j[0]["techniques"].dump().find("T1053.005") != std::string::npos);
            QVERIFY(j[0]["tactics"].dump().find("TA0003") != std::string::npos);
            for (const char* key : {"id", "severity", "host", "first_seen", "rule_id"}) QVERIFY(j[0].contains(key));
            counts.push_back(std::to_string(j.size()));
        }
        QVERIFY(std::all_of(counts.begin(), counts.end(), [&](const std::string& c) { return c == counts[0]; }));
        auto lateral = runHitome({"alerts", m_case, "--tactic", "lateral-movement", "--severity", "high", "--json"});
        QCOMPARE(nlohmann::json::parse(lateral.out).size(), size_t(2));
        auto host = runHitome({"alerts", m_case, "--host", "SRV-B.contoso.local"});
        QVERIFY(host.out.find("2 alert(s)") != std::string::npos);
    }

    void treePrintsTheChain() {
        auto list = runHitome({"alerts", m_case, "--json"});
        const auto id = nlohmann::json::parse(list.out)[0]["id"].get<std::int64_t>();
        auto run = runHitome({"tree", m_case, std::to_string(id)});
        QVERIFY2(run.exitCode == 0, run.err.c_str());
        const auto explorer = run.out.find("explorer.exe");
        const auto cmd = run.out.find("cmd.exe");
        const auto task = run.out.find("* C:\\Windows\\System32\\schtasks.exe");
        QVERIFY2(explorer != std::string::npos && cmd != std::string::npos && task != std::string::npos, run.out.c_str());
        QVERIFY(explorer < cmd && cmd < task);
        QVERIFY(run.out.find(kSchtasks) != std::string::npos);
        // Sysmon saw the same process creation.
        auto sysmon = runHitome({"events", m_case, "--search", "/TN Troj", "--json"});
        QVERIFY2(sysmon.exitCode == 0, sysmon.err.c_str());
        const auto events = nlohmann::json::parse(sysmon.out);
        QCOMPARE(events.size(), size_t(1));
        QCOMPARE(events[0]["pid"].get<int>(), 7012);
        QVERIFY(!events[0]["process_guid"].get<std::string>().empty());
    }

    void updaterTaskIsOnThreeHosts() {
        auto run = runHitome({"tasks", m_case, "--json"});
        QVERIFY2(run.exitCode == 0, run.err.c_str());
        const auto tasks = nlohmann::json::parse(run.out);
        bool found = false;
        for (const auto& t : tasks) {
            if (t.dump().find("Updater") == std::string::npos) continue;
            found = true;
            for (const char* host : {"srv-b", "srv-c", "srv-d"}) QVERIFY2(t.dump().find(host) != std::string::npos, host);
            QVERIFY(t.dump().find("srv-e") == std::string::npos);
        }
        QVERIFY(found);
    }

    void badInputExitsTwoAndNamesTheFile() {
        const auto dir = hitome::test::scratchDir("cli-bad");
        hitome::test::writeFile(dir / "broken.json", R"([{"id":"x","alertCreationTime":"2024-01-01T00:00:00Z","title":)");
        auto run = runHitome({"import", m_case, (dir / "broken.json").string()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.find("broken.json") != std::string::npos);
        QVERIFY(run.err.find("byte") != std::string::npos);
        QVERIFY(run.err.find("unchanged") != std::string::npos);
        auto missing = runHitome({"summary", (dir / "none.hitome").string()});
        QCOMPARE(missing.exitCode, 2);
        auto badTree = runHitome({"tree", m_case, "999999"});
        QCOMPARE(badTree.exitCode, 2);
    }

    void usageAndHelp() {
        for (const char* cmd : {"import", "summary", "alerts", "tree"}) {
            auto help = runHitome({cmd, "--help"});
            QCOMPARE(help.exitCode, 0);
            QVERIFY(help.out.find(std::string("hitome ") + cmd) != std::string::npos);
            auto none = runHitome({cmd});
            QCOMPARE(none.exitCode, 1);
        }
        QCOMPARE(runHitome({"alerts", m_case, "--tactic", "no-such-tactic"}).exitCode, 1);
        QCOMPARE(runHitome({"tree", m_case, "abc"}).exitCode, 1);
    }
};

QTEST_APPLESS_MAIN(TestCliImport)
#include "test_cli_import.moc"
