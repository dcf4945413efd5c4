// SPDX-License-Identifier: GPL-3.0-or-later
// `hitome import` of EVTX, then `events`, `tasks`, `tree --host/--pid`,
// `tree --process` and `summary --json` run as the real binary.

#include <QtTest>

#include <nlohmann/json.hpp>

#include "tests_support/cli_runner.h"
#include "tests_support/test_paths.h"

using hitome::test::CliRun;
using hitome::test::runHitome;
using Json = nlohmann::json;

namespace {

std::string taskFolder() {
    return (hitome::test::corpusDir() / "evtx/EVTX-to-MITRE-Attack/TA0002-Execution/T1053.005-Scheduled Task").string();
}

}  // namespace

class TestCliEvents : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        if (!hitome::test::hasShared()) return;
        m_case = (hitome::test::scratchDir("cli-events") / "case.hitome").string();
        const CliRun run = runHitome({"import", m_case, taskFolder()});
        QVERIFY2(run.exitCode == 0, run.err.c_str());
    }

    void eventsSearchFindsCommandLines() {
        HITOME_REQUIRE_SHARED();
        const CliRun run = runHitome({"events", m_case, "--search", "schtasks", "--eid", "4688", "--json"});
        QVERIFY2(run.exitCode == 0, run.err.c_str());
        const Json rows = Json::parse(run.out);
        QVERIFY(rows.is_array() && !rows.empty());
        for (const auto& r : rows) {
            QCOMPARE(r["event_id"].get<int>(), 4688);
            QVERIFY(r["command_line"].get<std::string>().find("schtasks") != std::string::npos ||
                    r["image"].get<std::string>().find("schtasks") != std::string::npos);
        }
    }

    void eventsRejectsBadEid() {
        HITOME_REQUIRE_SHARED();
        const CliRun run = runHitome({"events", m_case, "--eid", "abc"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.find("--eid") != std::string::npos);
    }

    void tasksListHostsRunAsAndAction() {
        HITOME_REQUIRE_SHARED();
        const CliRun run = runHitome({"tasks", m_case, "--json"});
        QVERIFY2(run.exitCode == 0, run.err.c_str());
        const Json tasks = Json::parse(run.out);
        bool found = false;
        for (const auto& t : tasks)
            if (t["name"] == "\\eviltask") {
                found = true;
                QCOMPARE(t["action"].get<std::string>(), std::string("C:\\tools\\shell.cmd"));
                QVERIFY(t["hosts"].size() == 1);
                QCOMPARE(t["hosts"][0].get<std::string>(), std::string("srvdefender01.offsec.lan"));
                QVERIFY(!t["run_as"].get<std::string>().empty());
            }
        QVERIFY(found);
        const CliRun one = runHitome({"tasks", m_case, "--name", "eviltask", "--json"});
        QVERIFY2(one.exitCode == 0, one.err.c_str());
        QVERIFY(Json::parse(one.out).size() >= 2);   // 4698 and the schtasks command line
    }

    void treeByHostAndPid() {
        HITOME_REQUIRE_SHARED();
        // schtasks.exe was pid 0x15b4 = 5556 under powershell.exe.
        const CliRun run = runHitome({"tree", m_case, "--host", "srvdefender01.offsec.lan", "--pid", "5556"});
        QVERIFY2(run.exitCode == 0, run.err.c_str());
        const auto ps = run.out.find("powershell.exe");
        const auto st = run.out.find("* C:\\Windows\\System32\\schtasks.exe");
        QVERIFY2(ps != std::string::npos && st != std::string::npos && ps < st, run.out.c_str());
        const CliRun missing = runHitome({"tree", m_case, "--process", "{00000000-dead-beef-0000-000000000000}"});
        QCOMPARE(missing.exitCode, 2);
    }

    void summaryCountsEventsAndProcesses() {
        HITOME_REQUIRE_SHARED();
        const CliRun run = runHitome({"summary", m_case, "--json"});
        QVERIFY2(run.exitCode == 0, run.err.c_str());
        const Json s = Json::parse(run.out);
        QVERIFY(s["events"].get<long>() > 10);
        QVERIFY(s["processes"].get<long>() > 5);
        QVERIFY(s.contains("recovered_events"));
    }

private:
    std::string m_case;
};

QTEST_APPLESS_MAIN(TestCliEvents)
#include "test_cli_events.moc"
