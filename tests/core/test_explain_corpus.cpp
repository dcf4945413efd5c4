// SPDX-License-Identifier: GPL-3.0-or-later
// Explainers on real data: the command lines and task definitions of the
// shared corpus read with our own EVTX reader (scheduled-task samples in
// detail, every distinct command line for robustness, both languages), and
// every command line of the demo's three stories (resources/demo).

#include <QtTest>

#include <filesystem>
#include <set>

#include <nlohmann/json.hpp>

#include "core/explain/explanation_json.h"
#include "core/explain/finding_catalog.h"
#include "core/ingest/evtx/evtx_file.h"
#include "core/store/task_content.h"
#include "explain_test_support.h"

using namespace hitome::core;
using hitome::test::explain;
using hitome::test::findingOf;
using hitome::test::hasTechnique;
using hitome::test::param;

namespace {

namespace fs = std::filesystem;

struct CorpusLine {
    std::string file;     // EVTX file name, for failure messages
    std::string field;    // CommandLine or the action of a TaskContent
    std::string text;
};

// CommandLine fields and TaskContent actions of every .evtx under `dir`.
std::vector<CorpusLine> corpusLines(const fs::path& dir) {
    std::vector<CorpusLine> out;
    std::set<std::string> seen;
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file() && e.path().extension() == ".evtx") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& path : files) {
        auto file = EvtxFile::open(path);
        if (!file.ok()) continue;
        const Status read = file->forEachRecord([&](const WinEvent& ev) {
            auto add = [&](const std::string& field, const std::string& text) {
                if (!text.empty() && seen.insert(text).second) out.push_back({path.filename().string(), field, text});
            };
            if (const std::string* cl = ev.field("CommandLine")) add("CommandLine", *cl);
            if (const std::string* task = ev.field("TaskContent")) add("TaskContent", parseTaskContent(*task).actions);
        });
        if (!read.ok()) qWarning("%s: %s", path.string().c_str(), read.error().message().c_str());
    }
    return out;
}

std::string stemOf(const std::string& commandLine) {
    const auto tokens = splitCommandLine(commandLine);
    return tokens.empty() ? std::string() : identifyBinary(tokens[0].value).stem;
}

std::vector<std::string> demoCommandLines() {
    const auto path = hitome::test::resourcesDir() / "demo" / "defender-alerts.json";
    std::set<std::string> lines;
    if (!fs::exists(path)) return {};
    std::function<void(const nlohmann::json&)> walk = [&](const nlohmann::json& j) {
        if (j.is_object()) {
            for (auto it = j.begin(); it != j.end(); ++it) {
                if (it.key() == "processCommandLine" && it->is_string()) lines.insert(it->get<std::string>());
                else walk(*it);
            }
        } else if (j.is_array()) {
            for (const auto& x : j) walk(x);
        }
    };
    walk(nlohmann::json::parse(hitome::test::readFile(path)));
    return {lines.begin(), lines.end()};
}

}  // namespace

class TestExplainCorpus : public QObject {
    Q_OBJECT
private slots:
    // TA0002-Execution/T1053.005-Scheduled Task: every schtasks/at command
    // line and every task action recorded in 4698/4699.
    void scheduledTaskSamples() {
        HITOME_REQUIRE_SHARED();
        const auto dir = hitome::test::corpusDir() / "evtx/EVTX-to-MITRE-Attack/TA0002-Execution/T1053.005-Scheduled Task";
        QVERIFY(fs::exists(dir));
        int schtasks = 0, at = 0, actions = 0;
        for (const auto& line : corpusLines(dir)) {
            const auto ex = explain(line.text);
            const std::string where = line.file + ": " + line.text + "\n" + explanationToText(ex, Lang::En);
            const std::string stem = stemOf(line.text);
            if (line.field == "TaskContent") {
                ++actions;
                QVERIFY2(!ex.findings.empty() || ex.isChain(), where.c_str());
                continue;
            }
            if (stem == "schtasks") {
                ++schtasks;
                QVERIFY2(findingOf(ex, "schtasks.create"), where.c_str());
                QVERIFY2(hasTechnique(ex, "T1053.005"), where.c_str());
                QVERIFY2(!ex.entity("task_name").empty() && !ex.entity("program").empty(), where.c_str());
                QVERIFY2(findingOf(ex, "program.suspect"), where.c_str());
                if (ex.entity("run_as_user") == "SYSTEM") QVERIFY2(findingOf(ex, "schtasks.system_persistence"), where.c_str());
                if (!ex.entity("remote_host").empty()) QVERIFY2(findingOf(ex, "schtasks.remote"), where.c_str());
            } else if (stem == "at") {
                ++at;
                QVERIFY2(findingOf(ex, "at.create") && findingOf(ex, "at.interactive"), where.c_str());
                QVERIFY2(hasTechnique(ex, "T1053.002"), where.c_str());
            }
        }
        QCOMPARE(schtasks, 2);
        QCOMPARE(at, 1);
        QVERIFY(actions >= 3);
    }

    // The ATexec task runs "cmd.exe /C whoami > %windir%\Temp\x.tmp 2>&1";
    // the SMBexec task runs a .bat from C:\WINDOWS\Temp.
    void taskActionsAreReadLikeAnAnalyst() {
        HITOME_REQUIRE_SHARED();
        const auto dir = hitome::test::corpusDir() / "evtx/EVTX-to-MITRE-Attack/TA0002-Execution/T1053.005-Scheduled Task";
        bool sawRedirect = false, sawTempBatch = false;
        for (const auto& line : corpusLines(dir)) {
            if (line.field != "TaskContent") continue;
            const auto ex = explain(line.text);
            if (line.file.find("ATexec") != std::string::npos) {
                QVERIFY2(findingOf(ex, "cmd.redirect"), line.text.c_str());
                sawRedirect = param(findingOf(ex, "cmd.redirect"), "target").find("\\Temp\\") != std::string::npos;
            }
            if (line.file.find("SMBexec") != std::string::npos) {
                sawTempBatch = findingOf(ex, "binary.user_writable") || findingOf(ex, "binary.masquerade");
                QVERIFY2(sawTempBatch, explanationToText(ex, Lang::En).c_str());
            }
        }
        QVERIFY(sawRedirect);
        QVERIFY(sawTempBatch);
    }

    // Every distinct command line of the corpus: explained in both languages,
    // valid JSON, only current ATT&CK IDs, only findings with sentences, no
    // untranslated text.
    void everyCorpusCommandLine() {
        HITOME_REQUIRE_SHARED();
        const auto lines = corpusLines(hitome::test::corpusDir() / "evtx");
        QVERIFY(lines.size() > 500);
        const auto& catalog = hitome::test::currentTechniqueIds();
        size_t withFindings = 0;
        for (const auto& line : lines) {
            const auto ex = explain(line.text);
            const std::string where = line.file + ": " + line.text.substr(0, 300);
            for (Lang lang : {Lang::En, Lang::Ja}) {
                QVERIFY2(!explanationToJson(ex, lang).dump().empty(), where.c_str());
                QVERIFY2(!explanationToText(ex, lang).empty(), where.c_str());
            }
            for (const auto& id : ex.allTechniques())
                QVERIFY2(catalog.empty() || catalog.count(id), (id + " is not a current technique: " + where).c_str());
            const std::string problems = hitome::test::untranslated(ex);
            QVERIFY2(problems.empty(), (where + "\n" + problems).c_str());
            withFindings += ex.highestSeverity() >= Severity::Low ? 1 : 0;
        }
        qInfo("%zu distinct command lines, %zu with a finding of low severity or more", lines.size(), withFindings);
        QVERIFY(withFindings > 50);
    }

    // The demo's three stories: the one-off Desktop backdoor task, the SYSTEM
    // daily task planted by encoded PowerShell with its payload in the
    // registry, and the attacker's interactive reconnaissance.
    void demoStories() {
        const auto lines = demoCommandLines();
        QVERIFY2(!lines.empty(), "resources/demo/defender-alerts.json holds no command lines");
        std::set<std::string> seen;
        for (const auto& line : lines) {
            const auto ex = explain(line);
            QVERIFY2(hitome::test::untranslated(ex).empty(), line.c_str());
            if (line.find("/SC ONCE") != std::string::npos) {
                seen.insert("backdoor task");
                QVERIFY(findingOf(ex, "schtasks.run_once") && findingOf(ex, "program.user_writable"));
                QVERIFY(!findingOf(ex, "schtasks.recurring"));
            } else if (line.find("/RU SYSTEM /SC DAILY") != std::string::npos && stemOf(line) == "schtasks") {
                seen.insert("system task");
                QVERIFY(findingOf(ex, "schtasks.system_persistence") && findingOf(ex, "ps.registry_payload"));
            } else if (stemOf(line) == "powershell" && findingOf(ex, "ps.encoded")) {
                seen.insert("encoded powershell");
                QVERIFY(!ex.decoded.empty());
                QVERIFY2(findingOf(ex, "ps.registry_payload"), explanationToText(ex, Lang::En).c_str());
                QVERIFY(param(findingOf(ex, "ps.registry_payload"), "key").find("HKLM:\\Software\\Microsoft\\Network") == 0);
            } else if (findingOf(ex, "recon.command") || findingOf(ex, "net.discovery")) {
                seen.insert("recon");
            } else if (findingOf(ex, "wmic.process_create")) {
                seen.insert("wmic");
                QVERIFY(explanationToJson(ex, Lang::Ja).dump().find("Autumn2024!") == std::string::npos);
            } else if (findingOf(ex, "binary.masquerade")) {
                seen.insert("masquerade");
            }
        }
        for (const char* story : {"backdoor task", "system task", "encoded powershell", "recon", "wmic", "masquerade"})
            QVERIFY2(seen.count(story), story);
    }
};

QTEST_APPLESS_MAIN(TestExplainCorpus)
#include "test_explain_corpus.moc"
