// SPDX-License-Identifier: GPL-3.0-or-later
// `hitome report` and `hitome export` end to end: the real binary on a case.

#include <QProcess>
#include <algorithm>
#include <QStandardPaths>
#include <QtTest>

#include <nlohmann/json.hpp>

#include "core/store/case_file.h"
#include "core/store/statement.h"
#include "tests_support/cli_runner.h"
#include "tests_support/sample_case.h"
#include "tests_support/test_paths.h"

using hitome::test::runHitome;

namespace {

std::string pdfText(const std::filesystem::path& pdf) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QString::fromStdString(pdf.string()), QStringLiteral("-")});
    if (!p.waitForFinished(60000)) return {};
    return p.readAllStandardOutput().toStdString();
}

// Lines of `pdfimages -list` below its two header lines: one per image.
std::vector<std::string> pdfImages(const std::filesystem::path& pdf) {
    QProcess p;
    p.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), QString::fromStdString(pdf.string())});
    if (!p.waitForFinished(60000)) return {};
    std::vector<std::string> lines;
    for (const QByteArray& line : p.readAllStandardOutput().split('\n').mid(2))
        if (!line.trimmed().isEmpty()) lines.push_back(line.simplified().toStdString());
    return lines;
}

}  // namespace

class TestCliReport : public QObject {
    Q_OBJECT
    std::filesystem::path m_dir;
    std::string m_case;

private slots:
    void initTestCase() {
        m_dir = hitome::test::scratchDir("cli-report");
        m_case = (m_dir / "sample.hitome").string();
        hitome::test::writeSampleCase(m_case);
    }

    void htmlReportExplainsFindings() {
        const auto out = (m_dir / "r.html").string();
        const auto run = runHitome({"report", m_case, "-o", out});
        QVERIFY2(run.exitCode == 0, run.err.c_str());
        const std::string html = hitome::test::readFile(out);
        QVERIFY(html.find("<h1>Incident report: sample.hitome</h1>") != std::string::npos);
        QVERIFY(html.find("Persistence (2)") != std::string::npos);       // tactic name from the catalog
        QVERIFY(html.find("https://attack.mitre.org/techniques/T1053/005/") != std::string::npos);
        QVERIFY(html.find("Updater") != std::string::npos);
        QVERIFY(html.find("<svg") != std::string::npos);                  // the chart, inline
        QVERIFY(html.find("<script") == std::string::npos);
    }

    void japaneseMarkdownReport() {
        const auto out = (m_dir / "r.md").string();
        const auto run = runHitome({"report", m_case, "-o", out, "--lang", "ja"});
        QVERIFY2(run.exitCode == 0, run.err.c_str());
        const std::string md = hitome::test::readFile(out);
        QVERIFY(md.find("# インシデント報告書") != std::string::npos);
        QVERIFY(md.find("永続化") != std::string::npos);
    }

    void pdfReportHasPagesAndText() {
        for (const char* lang : {"en", "ja"}) {
            const auto out = m_dir / (std::string("r-") + lang + ".pdf");
            const auto run = runHitome({"report", m_case, "-o", out.string(), "--lang", lang});
            QVERIFY2(run.exitCode == 0, run.err.c_str());
            QCOMPARE(hitome::test::readFile(out).substr(0, 5), std::string("%PDF-"));
            if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
                QSKIP("pdftotext (poppler-utils) is not installed: PDF text not checked");
            const std::string text = pdfText(out);
            QVERIFY(text.find(std::string(lang) == "ja" ? "インシデント報告書" : "Incident report") != std::string::npos);
            QVERIFY(text.find("Updater") != std::string::npos);
            QVERIFY(std::count(text.begin(), text.end(), '\f') >= 2);   // several pages
            // The tactic chart is drawn as a real bar chart image (Qt rich text has no SVG).
            const auto images = pdfImages(out);
            QCOMPARE(images.size(), size_t(1));
            QVERIFY2(images[0].find(" image 2640 ") != std::string::npos, images[0].c_str());
        }
    }

    void pdfOfHostileCaseIsInertAndReadable() {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: PDF text not checked");
        const auto path = m_dir / "hostile.hitome";
        hitome::test::writeSampleCase(path);
        {
            auto kase = hitome::core::CaseFile::open(path);
            QVERIFY(kase.ok());
            hitome::core::Statement st(kase->connection(),
                                       "UPDATE alerts SET title = ? WHERE id = 1");
            st.bind(1, std::string("<script>alert(1)</script>\"><img src=x onerror=alert(2)> \xE2\x80\xAE" "exe.txt"));
            QVERIFY(st.run().ok());
        }
        const auto out = m_dir / "hostile.pdf";
        const auto run = runHitome({"report", path.string(), "-o", out.string()});
        QVERIFY2(run.exitCode == 0, run.err.c_str());
        const std::string text = pdfText(out);
        // Markup from the incident is printed as text, not interpreted.
        QVERIFY(text.find("<script>alert(1)</script>") != std::string::npos);
        QVERIFY(text.find("onerror=alert(2)>") != std::string::npos);
        QVERIFY(text.find("\xE2\x80\xAE") == std::string::npos);   // the bidi override is shown as ⟨U+202E⟩
    }

    void periodFilterAndBadArguments() {
        QCOMPARE(runHitome({"report", m_case, "-o", (m_dir / "r.txt").string()}).exitCode, 1);
        QCOMPARE(runHitome({"report", m_case, "-o", (m_dir / "x.html").string(), "--since", "yesterday"}).exitCode, 1);
        QCOMPARE(runHitome({"report", (m_dir / "missing.hitome").string(), "-o", (m_dir / "x.html").string()}).exitCode, 2);
        const auto out = (m_dir / "late.md").string();
        QCOMPARE(runHitome({"report", m_case, "-o", out, "--since", "2023-11-14T22:13:25Z"}).exitCode, 0);
        QVERIFY(hitome::test::readFile(out).find("2 alerts were raised") != std::string::npos);
    }

    void exportsForOtherTools() {
        const auto csv = m_dir / "a.csv", nav = m_dir / "n.json", app = m_dir / "p.xml", all = m_dir / "c.json";
        const auto run = runHitome({"export", m_case, "--csv", csv.string(), "--navigator", nav.string(), "--applocker",
                                    app.string(), "--json", all.string(), "--bom"});
        QVERIFY2(run.exitCode == 0, run.err.c_str());
        QVERIFY(hitome::test::readFile(csv).rfind("\xEF\xBB\xBFid,first_seen", 0) == 0);
        const auto layer = nlohmann::json::parse(hitome::test::readFile(nav));
        QCOMPARE(layer["domain"].get<std::string>(), std::string("enterprise-attack"));
        const std::string policy = hitome::test::readFile(app);
        QVERIFY(policy.find("EnforcementMode=\"AuditOnly\"") != std::string::npos);
        QVERIFY(policy.find("net.exe") != std::string::npos);      // net user /domain: exploration
        QVERIFY(policy.find("whoami.exe") != std::string::npos);   // cmd /c whoami: initial recon
        QCOMPARE(nlohmann::json::parse(hitome::test::readFile(all))["tables"]["alerts"].size(), size_t(3));
        QCOMPARE(runHitome({"export", m_case}).exitCode, 1);
        const auto enforce = runHitome({"export", m_case, "--applocker", app.string(), "--enforce", "--binary", "wmic"});
        QCOMPARE(enforce.exitCode, 0);
        QVERIFY(hitome::test::readFile(app).find("EnforcementMode=\"Enabled\"") != std::string::npos);
        QVERIFY(hitome::test::readFile(app).find("wmic.exe") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "test_cli_report.moc"
