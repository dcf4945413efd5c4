// SPDX-License-Identifier: GPL-3.0-or-later
// ImportJob end to end on a real case file: re-import adds nothing twice
// (also when a file is read before its hash is known),
// repeated alert lines merge their evidence, techniques/categories become
// tactics, process evidence becomes trees, folders are walked.

#include <QtTest>

#include "core/ingest/import_job.h"
#include "core/store/alert_queries.h"
#include "core/store/case_file.h"
#include "core/store/case_summary.h"
#include "core/store/process_tree_query.h"
#include "core/store/statement.h"
#include "core/util/sha256.h"
#include "test_import_support.h"

using namespace hitome::core;
using hitome::test::countRows;
namespace fs = std::filesystem;

namespace {

fs::path demoFile() { return hitome::test::resourcesDir() / "demo" / "defender-alerts.json"; }

Result<ImportSummary> importInto(CaseFile& c, std::vector<fs::path> inputs) {
    ImportJob job(c, &hitome::test::builtinCatalog());
    return job.run(std::move(inputs), ImportOptions{}, {}, {});
}

// One MDE alert with one process evidence item (and its parent).
std::string processAlert(const std::string& id, int pid, const std::string& start, const std::string& image,
                         int parentPid, const std::string& parentStart, const std::string& parentImage) {
    const std::string parentTime = parentStart.empty() ? "null" : "\"" + parentStart + "\"";
    return R"({"id":")" + id + R"(","title":"t","alertCreationTime":"2024-05-01T10:00:00Z","computerDnsName":"pc1",)" +
           R"("evidence":[{"entityType":"Process","processId":)" + std::to_string(pid) + R"(,"processCreationTime":")" +
           start + R"(","filePath":"C:\\w","fileName":")" + image + R"(","parentProcessId":)" +
           std::to_string(parentPid) + R"(,"parentProcessCreationTime":)" + parentTime +
           R"(,"parentProcessFileName":")" + parentImage + R"(","parentProcessFilePath":"C:\\w"}]})" + "\n";
}

// pid, start, image and parent pid/image of every process, in a stable order.
std::string processRows(Connection& conn) {
    Statement st(conn,
                 "SELECT p.pid, p.start_time, p.image, p.command_line, q.pid, q.image FROM processes p "
                 "LEFT JOIN processes q ON q.id = p.parent_id ORDER BY p.pid, p.start_time, p.image");
    std::string out;
    while (true) {
        auto r = st.step();
        if (!r || *r != Statement::Step::Row) break;
        for (int i = 0; i < 6; ++i) out += st.columnText(i) + "|";
        out += "\n";
    }
    return out;
}

CaseFile freshCase(const char* name) {
    auto c = CaseFile::open(hitome::test::scratchDir(name) / "case.hitome");
    if (!c) qFatal("%s", c.error().message().c_str());
    return std::move(c).value();
}

}  // namespace

class TestImportJob : public QObject {
    Q_OBJECT
private slots:
    void sameFileTwiceAddsNothing() {
        CaseFile c = freshCase("reimport");
        auto first = importInto(c, {demoFile()});
        QVERIFY2(first.ok(), first.ok() ? "" : first.error().message().c_str());
        QCOMPARE(first->alertsAdded, std::uint64_t(13));
        const std::string before = hitome::test::dumpCase(c.connection());
        auto second = importInto(c, {demoFile()});
        QVERIFY(second.ok());
        QCOMPARE(second->filesAlreadyImported, std::uint64_t(1));
        QCOMPARE(second->alertsAdded, std::uint64_t(0));
        QCOMPARE(hitome::test::dumpCase(c.connection()), before);
    }

    void fileReadBeforeItsHashKnowsItsHash() {
        // A new case has no source of the demo's size: the file is read while
        // its hash is computed, and the hash is recorded afterwards.
        CaseFile c = freshCase("hashafter");
        QVERIFY(importInto(c, {demoFile()}).ok());
        Statement st(c.connection(), "SELECT sha256, size FROM sources");
        QVERIFY(st.step().ok());
        QCOMPARE(st.columnText(0), sha256File(demoFile()).value());
        QCOMPARE(st.columnInt(1), static_cast<std::int64_t>(fs::file_size(demoFile())));
    }

    void sameFileTwiceInOneRunIsReadOnce() {
        CaseFile c = freshCase("twiceinrun");
        const fs::path copy = hitome::test::scratchDir("twiceinrun-copy") / "copy.json";
        fs::copy_file(demoFile(), copy, fs::copy_options::overwrite_existing);
        auto r = importInto(c, {demoFile(), copy});
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message().c_str());
        QCOMPARE(r->filesImported, std::uint64_t(1));
        QCOMPARE(r->filesAlreadyImported, std::uint64_t(1));
        QCOMPARE(countRows(c.connection(), "SELECT count(*) FROM sources"), std::int64_t(1));
    }

    void sameSizeOtherBytesIsImported() {
        // Equal sizes make the import wait for the hash; different bytes are still a new file.
        CaseFile c = freshCase("samesize");
        const fs::path dir = hitome::test::scratchDir("samesize-files");
        const std::string a = processAlert("s-1", 100, "2024-05-01T10:00:00Z", "a.exe", 10, "", "p.exe");
        const std::string b = processAlert("s-2", 100, "2024-05-01T10:00:00Z", "b.exe", 10, "", "p.exe");
        QCOMPARE(a.size(), b.size());
        hitome::test::writeFile(dir / "a.json", a);
        hitome::test::writeFile(dir / "b.json", b);
        QVERIFY(importInto(c, {dir / "a.json"}).ok());
        auto second = importInto(c, {dir / "b.json"});
        QVERIFY(second.ok());
        QCOMPARE(second->filesImported, std::uint64_t(1));
        QCOMPARE(second->alertsAdded, std::uint64_t(1));
        QCOMPARE(countRows(c.connection(), "SELECT count(DISTINCT sha256) FROM sources"), std::int64_t(2));
    }

    void sameAlertIdsInAnotherFileAddNothing() {
        CaseFile c = freshCase("sameids");
        QVERIFY(importInto(c, {demoFile()}).ok());
        const auto evidence = countRows(c.connection(), "SELECT count(*) FROM evidence");
        const auto processes = countRows(c.connection(), "SELECT count(*) FROM processes");
        const auto copy = hitome::test::scratchDir("sameids-copy") / "copy.json";
        hitome::test::writeFile(copy, hitome::test::readFile(demoFile()) + "\n\n");   // other bytes, same alerts
        auto r = importInto(c, {copy});
        QVERIFY(r.ok());
        QCOMPARE(r->filesImported, std::uint64_t(1));
        QCOMPARE(r->alertsAdded, std::uint64_t(0));
        QCOMPARE(r->alertsMerged, std::uint64_t(13));
        QCOMPARE(countRows(c.connection(), "SELECT count(*) FROM alerts"), std::int64_t(13));
        QCOMPARE(countRows(c.connection(), "SELECT count(*) FROM evidence"), evidence);
        QCOMPARE(countRows(c.connection(), "SELECT count(*) FROM processes"), processes);
    }

    void repeatedAlertLinesMergeEvidence() {
        HITOME_REQUIRE_SHARED();
        CaseFile c = freshCase("merge");
        auto r = importInto(c, {hitome::test::corpusDir() / "alerts/elastic-mde/test-defenderatp.log"});
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message().c_str());
        QCOMPARE(countRows(c.connection(), "SELECT count(*) FROM alerts"), std::int64_t(3));
        QCOMPARE(r->alertsMerged, std::uint64_t(1));
        QCOMPARE(countRows(c.connection(), "SELECT count(*) FROM evidence"), std::int64_t(4));
        QCOMPARE(countRows(c.connection(), "SELECT max(n) FROM (SELECT count(*) n FROM evidence GROUP BY alert_id)"),
                 std::int64_t(2));
    }

    void techniquesAndCategoriesGiveTactics() {
        CaseFile c = freshCase("tactics");
        QVERIFY(importInto(c, {demoFile()}).ok());
        auto persistence = listAlerts(c.connection(), AlertListFilter{"TA0003", {}, {}});
        QVERIFY(persistence.ok());
        // Category Persistence (host A, the three Updater tasks) plus alerts whose
        // techniques (T1053.*, T1112, T1078.002) also belong to Persistence.
        QCOMPARE(persistence->size(), size_t(11));
        int updaterTasks = 0;
        for (const auto& a : *persistence) updaterTasks += a.title.find("daily SYSTEM task") != std::string::npos;
        QCOMPARE(updaterTasks, 3);
        QCOMPARE(persistence->front().title, std::string("An anomalous scheduled task was created"));
        auto lateral = listAlerts(c.connection(), AlertListFilter{"TA0008", {}, {}});
        QCOMPARE(lateral->size(), size_t(2));
        auto summary = summarizeCase(c.connection());
        QVERIFY(summary.ok());
        for (const char* t : {"TA0002", "TA0003", "TA0004", "TA0005", "TA0007", "TA0008", "TA0011"})
            QVERIFY2(summary->alertsPerTactic.count(t) && summary->alertsPerTactic.at(t) > 0, t);
        QCOMPARE(summary->hosts, std::int64_t(6));
    }

    void revokedTechniqueResolvesKeepingOriginal() {
        HITOME_REQUIRE_SHARED();
        CaseFile c = freshCase("revoked");
        QVERIFY(importInto(c, {hitome::test::corpusDir() / "alerts/rapid7-mde/test_get_alerts.json.resp"}).ok());
        QCOMPARE(countRows(c.connection(),
                           "SELECT count(*) FROM alert_techniques WHERE original_id = 'T1085' AND technique_id = 'T1218.011'"),
                 std::int64_t(1));
        QCOMPARE(countRows(c.connection(), "SELECT count(*) FROM alert_tactics WHERE tactic_id = 'TA0002'"), std::int64_t(1));
    }

    void nonTacticCategoryIsOther() {
        HITOME_REQUIRE_SHARED();
        CaseFile c = freshCase("other");
        QVERIFY(importInto(c, {hitome::test::corpusDir() / "alerts/elastic-mde/test-defenderatp.log"}).ok());
        // "Malware" alerts without techniques: tactic "other".
        QVERIFY(countRows(c.connection(), "SELECT count(*) FROM alert_tactics WHERE tactic_id = 'other'") >= 1);
        QCOMPARE(countRows(c.connection(), "SELECT count(*) FROM alert_tactics WHERE tactic_id = 'TA0005'"), std::int64_t(1));
    }

    void evidenceProcessesMatchTheSameWithinAFileAndAcross() {
        // Same instance (start within a second), an untimed parent matched by
        // image, and a reused pid (a later start): looked up in memory within
        // one file, in SQLite when the rows come from an earlier file.
        const std::string first = processAlert("p1", 100, "2024-05-01T10:00:00Z", "a.exe", 50, "2024-05-01T09:00:00Z", "p.exe");
        const std::string rest = processAlert("p2", 100, "2024-05-01T10:00:00.4Z", "A.EXE", 50, "", "P.EXE") +
                                 processAlert("p3", 100, "2024-05-01T11:00:00Z", "a.exe", 50, "", "p.exe") +
                                 processAlert("p4", 7, "2024-05-01T11:00:01Z", "b.exe", 100, "2024-05-01T11:00:00.9Z", "a.exe");
        CaseFile one = freshCase("linkone");
        const fs::path whole = hitome::test::scratchDir("linkfiles") / "whole.json";
        hitome::test::writeFile(whole, first + rest);
        QVERIFY(importInto(one, {whole}).ok());
        CaseFile two = freshCase("linktwo");
        const fs::path a = whole.parent_path() / "a.json", b = whole.parent_path() / "b.json";
        hitome::test::writeFile(a, first);
        hitome::test::writeFile(b, rest);
        QVERIFY(importInto(two, {a}).ok());
        QVERIFY(importInto(two, {b}).ok());
        QCOMPARE(countRows(one.connection(), "SELECT count(*) FROM processes"), std::int64_t(4));
        QCOMPARE(processRows(one.connection()), processRows(two.connection()));
        // b.exe hangs under the second a.exe, which hangs under p.exe.
        QCOMPARE(countRows(one.connection(), "SELECT count(*) FROM processes p JOIN processes q ON q.id = p.parent_id "
                                             "JOIN processes r ON r.id = q.parent_id WHERE p.pid = 7 AND r.pid = 50"),
                 std::int64_t(1));
    }

    // Defender's evidence processes and the same processes seen by Sysmon
    // make one tree, whichever file comes first and whether they come in
    // one import or two; a later import of unrelated events changes nothing.
    void evidenceAndEventProcessesMergeInAnyOrder() {
        const fs::path events = hitome::test::resourcesDir() / "demo" / "sysmon-events.jsonl";
        CaseFile together = freshCase("merge_together");
        QVERIFY(importInto(together, {demoFile(), events}).ok());
        CaseFile alertsFirst = freshCase("merge_alerts_first");
        QVERIFY(importInto(alertsFirst, {demoFile()}).ok());
        QVERIFY(importInto(alertsFirst, {events}).ok());
        CaseFile eventsFirst = freshCase("merge_events_first");
        QVERIFY(importInto(eventsFirst, {events}).ok());
        QVERIFY(importInto(eventsFirst, {demoFile()}).ok());
        const std::string expected = processRows(together.connection());
        QCOMPARE(countRows(together.connection(), "SELECT count(*) FROM processes"), std::int64_t(35));
        QCOMPARE(processRows(alertsFirst.connection()), expected);
        QCOMPARE(processRows(eventsFirst.connection()), expected);
        // Every alert's process is one that Sysmon saw too (no Defender-only twin left).
        const char* defenderOnly = "SELECT count(*) FROM alerts a JOIN processes p ON p.id = a.process_id "
                                   "WHERE p.origin = 'defender'";
        const std::int64_t left = countRows(together.connection(), defenderOnly);
        QCOMPARE(countRows(alertsFirst.connection(), defenderOnly), left);
        QCOMPARE(countRows(eventsFirst.connection(), defenderOnly), left);
        const fs::path other = hitome::test::scratchDir("merge_more") / "other.jsonl";
        hitome::test::writeFile(other,
            R"({"@timestamp":"2024-05-01T10:00:00Z","EventID":1,"Channel":"Microsoft-Windows-Sysmon/Operational",)"
            R"("Hostname":"elsewhere","ProcessGuid":"{9}","ProcessId":"9","Image":"C:\\a.exe","CommandLine":"a.exe"})"
            "\n");
        QVERIFY(importInto(alertsFirst, {other}).ok());
        QCOMPARE(countRows(alertsFirst.connection(), "SELECT count(*) FROM processes"), std::int64_t(36));
        QCOMPARE(countRows(alertsFirst.connection(), defenderOnly), left);
    }

    void processEvidenceBuildsTheChain() {
        CaseFile c = freshCase("tree");
        QVERIFY(importInto(c, {demoFile()}).ok());
        auto alerts = listAlerts(c.connection(), AlertListFilter{});
        QVERIFY(alerts.ok());
        for (const auto& a : *alerts) QVERIFY2(a.processId.has_value(), a.title.c_str());
        const auto& schtasksAlert = alerts->front();
        QCOMPARE(schtasksAlert.title, std::string("An anomalous scheduled task was created"));
        auto tree = processTree(c.connection(), *schtasksAlert.processId);
        QVERIFY(tree.ok());
        QCOMPARE(tree->lines.size(), size_t(3));
        QVERIFY(tree->lines[0].process.image.find("explorer.exe") != std::string::npos);
        QVERIFY(tree->lines[1].process.image.find("cmd.exe") != std::string::npos);
        QVERIFY(tree->lines[2].isFocus);
        QVERIFY(tree->lines[2].process.commandLine.find("/TN Troj") != std::string::npos);
        // Host F: the shell's children come from other evidence of other alerts.
        const AlertListItem* discovery = nullptr;
        for (const auto& a : *alerts)
            if (a.title.find("discovery") != std::string::npos) discovery = &a;
        QVERIFY(discovery);
        auto shell = processTree(c.connection(), *discovery->processId);
        QVERIFY(shell.ok());
        int children = 0;
        for (const auto& l : shell->lines) children += l.depth == 3 ? 1 : 0;
        QCOMPARE(children, 12);   // 10 recon commands + at + wmic
    }

    void folderImportSkipsJunkAndUnknown() {
        const auto dir = hitome::test::scratchDir("folder");
        fs::create_directories(dir / "in" / "sub");
        fs::copy_file(demoFile(), dir / "in" / "sub" / "alerts.json");
        hitome::test::writeFile(dir / "in" / "notes.txt", "analyst notes");
        hitome::test::writeFile(dir / "in" / ".hidden.json", "garbage");
        fs::create_directory_symlink(dir / "in", dir / "in" / "sub" / "loop");
        auto c = CaseFile::open(dir / "case.hitome");
        QVERIFY(c.ok());
        auto r = importInto(*c, {dir / "in"});
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message().c_str());
        QCOMPARE(r->filesImported, std::uint64_t(1));
        QCOMPARE(r->filesSkipped, std::uint64_t(1));   // notes.txt; .hidden.json never looked at
        QCOMPARE(r->alertsAdded, std::uint64_t(13));
        QCOMPARE(countRows(c->connection(), "SELECT count(*) FROM sources WHERE format = 'mde-alerts' AND alert_count = 13"),
                 std::int64_t(1));
    }

    void everyCorpusAlertFileImports() {
        HITOME_REQUIRE_SHARED();
        CaseFile c = freshCase("corpus");
        const auto dir = hitome::test::corpusDir() / "alerts";
        for (const char* f : {"elastic-mde/test-defenderatp.log", "rapid7-mde/test_get_alerts.json.resp",
                              "demisto-mde/first_response_alerts.json", "elastic-m365-alert/test-alert.log",
                              "elastic-m365-alert/alert-sample.log", "elastic-m365-incident/test-incident.log",
                              "elastic-m365-incident/test-incident-no-alerts.log",
                              "demisto-graph/incidents_list_response.json", "elastic-m365-log/test-m365-defender-ndjson.log",
                              "rapid7-m365d/test_list_incidents.json.resp"}) {
            auto r = importInto(c, {dir / f});
            QVERIFY2(r.ok(), r.ok() ? f : r.error().message().c_str());
        }
        // test-alert.log and test-incident.log carry the same Graph alert: stored once.
        QCOMPARE(countRows(c.connection(), "SELECT count(*) FROM alerts WHERE external_id = 'da637551227677560813_-961444813'"),
                 std::int64_t(1));
        QVERIFY(countRows(c.connection(), "SELECT count(*) FROM processes WHERE parent_id IS NOT NULL") >= 3);
    }
};

QTEST_APPLESS_MAIN(TestImportJob)
#include "test_import_job.moc"
