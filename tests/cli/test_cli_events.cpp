// SPDX-License-Identifier: GPL-3.0-or-later
// `hitome import` of EVTX, then `events`, `tasks`, `tree --host/--pid`,
// `tree --process` and `summary --json` run as the real binary.

#include <QtTest>

#include <fstream>

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

    // Event text is the attacker's: an escape sequence printed raw could
    // rewrite the analyst's screen or show a fake hyperlink.
    void textOutputNeverCarriesTerminalEscapes() {
        const auto dir = hitome::test::scratchDir("cli-events-escapes");
        const std::string line =
            R"({"@timestamp":"2024-05-01T10:00:00Z","EventID":1,"Channel":"Microsoft-Windows-Sysmon/Operational",)"
            R"("Hostname":"WS\u001b[31m5","ProcessGuid":"{1}","ProcessId":"10",)"
            R"("Image":"C:\\Windows\\System32\\schtasks.exe",)"
            R"("CommandLine":"schtasks /create /tn \u001b]8;;https://evil.example\u001b\\upd /tr c:\\x.exe /sc once /st 10:00"})"
            "\n";
        {
            std::ofstream out(dir / "events.jsonl", std::ios::binary);
            out << line;
        }
        const std::string casePath = (dir / "case.hitome").string();
        const CliRun imported = runHitome({"import", casePath, (dir / "events.jsonl").string()});
        QVERIFY2(imported.exitCode == 0, imported.err.c_str());
        for (const char* command : {"events", "tasks", "summary"}) {
            const CliRun run = runHitome({command, casePath});
            QVERIFY2(run.exitCode == 0, run.err.c_str());
            QVERIFY2(run.out.find('\x1b') == std::string::npos, command);
        }
        const CliRun events = runHitome({"events", casePath});
        QVERIFY2(events.out.find("WS\u27e8U+001B\u27e9[31m5") != std::string::npos, events.out.c_str());
        QVERIFY2(events.out.find("\u27e8U+001B\u27e9]8;;https") != std::string::npos, events.out.c_str());
        // A file name is the sender's choice too: the import's summary lines show it.
        const auto named = dir / "more\x1b[2Jevents.jsonl";
        std::filesystem::copy_file(dir / "events.jsonl", named);
        const CliRun again = runHitome({"import", casePath, named.string()});
        QVERIFY2(again.exitCode == 0, again.err.c_str());
        QVERIFY2(again.out.find("more\u27e8U+001B\u27e9[2Jevents.jsonl") != std::string::npos, again.out.c_str());
        QVERIFY(again.out.find('\x1b') == std::string::npos && again.err.find('\x1b') == std::string::npos);
        // JSON output keeps the exact value, escaped by JSON itself.
        const CliRun json = runHitome({"events", casePath, "--json"});
        QVERIFY2(json.exitCode == 0, json.err.c_str());
        QCOMPARE(Json::parse(json.out).at(0).at("host").get<std::string>(), std::string("WS\x1b[31m5"));
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
