// SPDX-License-Identifier: GPL-3.0-or-later
// The management report and analyst exports: content derived from the case,
// both languages, and inert output for hostile incident data.

#include <QtTest>
#include <QXmlStreamReader>

#include <nlohmann/json.hpp>
#include <sstream>

#include "core/report/applocker_policy.h"
#include "core/report/case_exporter.h"
#include "core/report/csv_writer.h"
#include "core/report/html_report_writer.h"
#include "core/report/markdown_report_writer.h"
#include "core/report/report_builder.h"
#include "core/store/case_file.h"
#include "core/store/statement.h"
#include "tests_support/sample_case.h"
#include "tests_support/test_paths.h"

using namespace hitome::core;

namespace {

const std::string kScript = "<script>alert(1)</script>";
const std::string kImg = "\"><img src=x onerror=alert(1)>";
const std::string kBidi = "evil\xE2\x80\xAEgpj.exe";

void addHostileAlert(Connection& conn) {
    Statement st(conn, "INSERT INTO alerts(id, source_id, provider, external_id, title, description, severity, "
                       "first_event, host_id, category) VALUES (9, 1, 'mde', 'evil', ?, ?, 2, 17000000300000000, 3, 'Execution')");
    st.bind(1, kScript + kImg + kBidi + std::string("\0nul", 4)).bind(2, std::string(1 << 20, 'A') + kScript);
    QVERIFY(st.run().ok());
    QVERIFY(conn.exec("INSERT INTO alert_tactics VALUES (9, 'TA0002'); "
                      "INSERT INTO evidence(alert_id, kind, command_line) VALUES (9, 'process', "
                      "'cmd /c echo <script>x</script> javascript:alert(1) `` ```');")
                .ok());
}

ReportVocabulary vocabulary() {
    ReportVocabulary v;
    v.tacticOrder = {"TA0043", "TA0042", "TA0001", "TA0002", "TA0003", "TA0004", "TA0005", "TA0112",
                     "TA0006", "TA0007", "TA0008", "TA0009", "TA0011", "TA0010", "TA0040"};
    v.tacticName = [](const std::string& id) { return id == "TA0003" ? std::string("Persistence") : "Tactic " + id; };
    v.techniqueName = [](const std::string& id) { return id == "T1087" ? std::string(kScript) : std::string("Scheduled Task"); };
    v.techniqueUrl = [](const std::string& id) {
        return id == "T1087" ? std::string("javascript:alert(1)") : "https://attack.mitre.org/techniques/T1053/005/";
    };
    v.explain = [](const std::string& cmd) {
        ExplainedCommand e;
        if (cmd.rfind("schtasks", 0) == 0) {
            e.binary = "schtasks.exe";
            e.phase = "spread";
            e.sentences = {"schtasks.exe is Windows' own task scheduler command."};
        }
        return e;
    };
    return v;
}

struct Fixture {
    std::optional<CaseFile> kase;
    Fixture(bool isHostile) {
        auto c = CaseFile::open(hitome::test::scratchDir("report") / "r.hitome");
        kase.emplace(std::move(c).value());
        hitome::test::fillSampleCase(kase->connection());
        if (isHostile) addHostileAlert(kase->connection());
    }
    ReportDocument document(ReportLanguage lang, ReportOptions options = {}) {
        auto data = collectReportData(kase->connection(), options);
        return buildReport(data.value(), vocabulary(), lang);
    }
};

}  // namespace

class TestReport : public QObject {
    Q_OBJECT
private slots:
    void summaryStatesScopeTacticsAndStatus() {
        Fixture f(false);
        const std::string md = renderMarkdownReport(f.document(ReportLanguage::English));
        QVERIFY(md.find("3 alerts were raised on 3 host(s)") != std::string::npos);
        QVERIFY(md.find("reached 2 of the 15 stages") != std::string::npos);
        QVERIFY(md.find("2 of 3 alerts are still open; 2 are of high severity") != std::string::npos);
        QCOMPARE(escapeMarkdown("1. not a list\n# no heading"), std::string("1\\. not a list\n\\# no heading"));
    }

    void recommendationsNameTasksHostsAndAccounts() {
        Fixture f(false);
        const std::string html = renderHtmlReport(f.document(ReportLanguage::English));
        QVERIFY(html.find("Remove the scheduled task &quot;Updater&quot; from HOST-B, HOST-C") != std::string::npos);
        QVERIFY(html.find("AppLocker rules in audit mode for commands ordinary users never run: schtasks.exe") !=
                std::string::npos);
        QVERIFY(html.find("10.0.0.5") != std::string::npos);
        QVERIFY(html.find("Confirmed on HOST-B") != std::string::npos);  // analyst note in the appendix
        QVERIFY(html.find("schtasks.exe is Windows&#39; own task scheduler command.") != std::string::npos);
    }

    void eachCommandIsExplainedOnce() {
        Fixture f(false);
        // Alert 1 also counts for Execution, which comes before Persistence.
        QVERIFY(f.kase->connection().exec("INSERT INTO alert_tactics VALUES (1, 'TA0002')").ok());
        const std::string md = renderMarkdownReport(f.document(ReportLanguage::English));
        const std::string sentence = "schtasks.exe is Windows' own task scheduler command.";
        std::size_t count = 0;
        for (auto at = md.find(sentence); at != std::string::npos; at = md.find(sentence, at + 1)) ++count;
        QCOMPARE(count, std::size_t(1));
        const auto explained = md.find(sentence);
        const auto referred = md.find("This command is explained above, under Tactic TA0002.");
        QVERIFY(referred != std::string::npos);
        QVERIFY(explained < referred);
    }

    void japaneseReportUsesJapaneseSentences() {
        Fixture f(false);
        const std::string md = renderMarkdownReport(f.document(ReportLanguage::Japanese));
        QVERIFY(md.find("エグゼクティブ サマリー") != std::string::npos);
        QVERIFY(md.find("合計 3 件のアラート") != std::string::npos);
        QVERIFY(md.find("タスク「Updater」を削除") != std::string::npos);
    }

    void periodFilterLimitsAlerts() {
        Fixture f(false);
        ReportOptions options;
        options.since = 17000000050000000;
        auto data = collectReportData(f.kase->connection(), options);
        QVERIFY(data.ok());
        QCOMPARE(data->alerts.size(), size_t(2));
    }

    void htmlStaysInertWithHostileValues() {
        Fixture f(true);
        const std::string html = renderHtmlReport(f.document(ReportLanguage::English));
        QVERIFY(html.find("<script") == std::string::npos);
        QVERIFY(html.find("<img") == std::string::npos);
        QVERIFY(html.find("href=\"javascript") == std::string::npos);
        QVERIFY(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
        QVERIFY(html.find('\0') == std::string::npos);
        QVERIFY(html.find("\xE2\x80\xAE") == std::string::npos);  // bidi override shown, not applied
        QVERIFY(html.find("href=\"https://attack.mitre.org/techniques/T1053/005/\"") != std::string::npos);
        // The 1 MB description is shown in part: the report stays readable.
        QVERIFY(html.find(std::string(1000, 'A')) != std::string::npos);
        QVERIFY(html.size() < (1u << 20));
    }

    void markdownStaysInertWithHostileValues() {
        Fixture f(true);
        const std::string md = renderMarkdownReport(f.document(ReportLanguage::English));
        QVERIFY(md.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
        QVERIFY(md.find("<img") == std::string::npos);
        QVERIFY(md.find("\xE2\x80\xAE") == std::string::npos);
        QVERIFY(md.find("javascript:") == md.find("javascript:alert(1) `` ```"));  // only inside the code fence
        QVERIFY(md.find("](javascript") == std::string::npos);
        // Our own links keep their destination in angle brackets, where a ')' cannot end it.
        QVERIFY(md.find("](<https://attack.mitre.org/") != std::string::npos);
        QVERIFY(md.find("](https://") == std::string::npos);
        // Nor does a scheme-less address (checked with cmark-gfm's autolink extension).
        QCOMPARE(escapeMarkdown("see www.evil.example or WWW.evil.example"),
                 std::string("see www\\.evil.example or WWW\\.evil.example"));
        // The command line sits in a fence longer than its own backtick runs.
        QVERIFY(md.find("````text\ncmd /c echo <script>x</script>") != std::string::npos);
    }

    void csvNeutralisesFormulasAndQuotes() {
        QCOMPARE(CsvWriter::escapeCell("=cmd|' /C calc'!A0"), std::string("'=cmd|' /C calc'!A0"));
        QCOMPARE(CsvWriter::escapeCell("+1"), std::string("'+1"));
        QCOMPARE(CsvWriter::escapeCell("-2"), std::string("'-2"));
        QCOMPARE(CsvWriter::escapeCell("@SUM(A1)"), std::string("'@SUM(A1)"));
        QCOMPARE(CsvWriter::escapeCell("a,\"b\"\nc"), std::string("\"a,\"\"b\"\"\nc\""));
        QCOMPARE(CsvWriter::escapeCell("plain"), std::string("plain"));
        QCOMPARE(CsvWriter::escapeCell("x;=cmd|' /C calc'!A0"), std::string("\"x;=cmd|' /C calc'!A0\""));
        std::ostringstream out;
        CsvWriter bom(out, true);
        bom.writeRow({"x"});
        QCOMPARE(out.str(), std::string("\xEF\xBB\xBFx\r\n"));
    }

    void alertsCsvHasEveryAlertAndNotes() {
        Fixture f(true);
        std::ostringstream out;
        QVERIFY(exportAlertsCsv(f.kase->connection(), out, {}).ok());
        const std::string csv = out.str();
        QCOMPARE(std::count(csv.begin(), csv.end(), '\n') >= 5, true);
        QVERIFY(csv.find("Confirmed on HOST-B") != std::string::npos);
        QVERIFY(csv.find("T1053.005") != std::string::npos);
        QVERIFY(csv.find('\0') == std::string::npos);
    }

    void caseJsonIsValidAndComplete() {
        Fixture f(true);
        std::ostringstream out;
        QVERIFY(exportCaseJson(f.kase->connection(), out).ok());
        const auto json = nlohmann::json::parse(out.str());
        QCOMPARE(json["format"].get<std::string>(), std::string("hitome-case"));
        QCOMPARE(json["tables"]["alerts"].size(), size_t(4));
        QCOMPARE(json["tables"]["scheduled_tasks"].size(), size_t(2));
        QCOMPARE(json["tables"]["alerts"][0]["severity"].get<int>(), 3);
    }

    void navigatorLayerScoresTechniques() {
        Fixture f(false);
        auto hits = techniqueHits(f.kase->connection());
        QVERIFY(hits.ok());
        const auto layer = nlohmann::json::parse(buildNavigatorLayer("Case", *hits));
        QCOMPARE(layer["domain"].get<std::string>(), std::string("enterprise-attack"));
        bool found = false;
        for (const auto& t : layer["techniques"])
            if (t["techniqueID"] == "T1053.005") {
                found = true;
                QCOMPARE(t["score"].get<int>(), 2);
                QVERIFY(t["comment"].get<std::string>().find("Suspicious scheduled task") != std::string::npos);
            }
        QVERIFY(found);
        QCOMPARE(layer["gradient"]["maxValue"].get<int>(), 2);
    }

    void appLockerPolicyIsWellFormedAuditOrEnforce() {
        const std::vector<AppLockerTarget> targets = {{"net.exe", {}, ""},
                                                      {"whoami.exe", {"C:\\Windows\\System32\\whoami.exe"}, kImg}};
        for (bool enforce : {false, true}) {
            const std::string xml = buildAppLockerPolicy(targets, {enforce, "S-1-5-32-545"});
            QXmlStreamReader reader(QByteArray::fromStdString(xml));
            int denyRules = 0;
            QString mode;
            while (!reader.atEnd()) {
                reader.readNext();
                if (reader.isStartElement() && reader.name() == QLatin1String("RuleCollection"))
                    mode = reader.attributes().value(QLatin1String("EnforcementMode")).toString();
                if (reader.isStartElement() && reader.attributes().value(QLatin1String("Action")) == QLatin1String("Deny"))
                    ++denyRules;
            }
            QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
            QCOMPARE(mode, enforce ? QStringLiteral("Enabled") : QStringLiteral("AuditOnly"));
            QCOMPARE(denyRules, 3);  // net.exe in System32 and SysWOW64, whoami.exe once
            QVERIFY(xml.find("%SYSTEM32%\\whoami.exe") != std::string::npos);
        }
    }
};

QTEST_APPLESS_MAIN(TestReport)
#include "test_report.moc"
