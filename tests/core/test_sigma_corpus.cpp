// SPDX-License-Identifier: GPL-3.0-or-later
// The field's own yardstick: SigmaHQ's Windows rules must load (>= 98%,
// every miss with a reason), and for each SigmaHQ regression test whose rule
// loads, our EVTX parser + engine must make that rule fire on its sample.
// Needs ../shared/corpus (skipped otherwise).

#include <QtTest>

#include <fstream>
#include <regex>

#include "core/detect/evtx_event_loader.h"
#include "core/detect/rule_set.h"
#include "core/detect/sigma_event_view.h"
#include "tests_support/test_paths.h"

using namespace hitome::core;
namespace fs = std::filesystem;

namespace {

struct RegressionTest {
    fs::path info;
    std::string ruleId;
    std::vector<fs::path> evtx;
};

// info.yml is simple enough to read by line: the rule id under
// rule_metadata and each "path:" of an evtx test.
RegressionTest readInfo(const fs::path& info, const fs::path& sigmaRoot) {
    RegressionTest t{info, {}, {}};
    std::ifstream in(info);
    std::string line;
    bool inMetadata = false;
    const std::regex idLine(R"(^\s*-?\s*id:\s*([0-9a-fA-F-]{36})\s*$)");
    const std::regex pathLine(R"(^\s*-?\s*path:\s*(\S+\.evtx)\s*$)");
    std::smatch m;
    while (std::getline(in, line)) {
        if (line.starts_with("rule_metadata")) inMetadata = true;
        else if (!line.empty() && line[0] != ' ' && line[0] != '-') inMetadata = false;
        if (inMetadata && t.ruleId.empty() && std::regex_match(line, m, idLine)) t.ruleId = m[1];
        if (std::regex_match(line, m, pathLine)) t.evtx.push_back(sigmaRoot / std::string(m[1]));
    }
    return t;
}

}  // namespace

class TestSigmaCorpus : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        HITOME_REQUIRE_SHARED();
        m_sigma = hitome::test::corpusDir() / "sigma";
        m_rules.addDirectory(m_sigma / "rules" / "windows", m_report);
        m_rules.finalize();
    }

    void windowsRulesLoad() {
        const int total = m_report.total();
        QVERIFY(total > 2000);
        const double rate = 100.0 * m_report.loaded / total;
        qInfo("SigmaHQ windows rules: %d of %d loaded (%.2f%%), %zu unsupported, %zu errors", m_report.loaded, total,
              rate, m_report.unsupported.size(), m_report.errors.size());
        for (const auto& list : {m_report.unsupported, m_report.errors})
            for (const auto& i : list) {
                QVERIFY2(!i.reason.empty() && i.reason.find('\n') == std::string::npos, i.source.c_str());
                qInfo("  %s: %s", i.source.c_str(), i.reason.c_str());
            }
        QVERIFY(rate >= 98.0);
    }

    void regressionSamplesFireTheirRule() {
        int passed = 0, failed = 0, skipped = 0;
        QStringList failures;
        for (const auto& entry : fs::recursive_directory_iterator(m_sigma / "regression_data")) {
            if (entry.path().filename() != "info.yml") continue;
            const RegressionTest t = readInfo(entry.path(), m_sigma);
            const int rule = m_rules.indexOf(t.ruleId);
            if (rule < 0 || t.evtx.empty()) {   // rule not in rules/windows (other products, emerging threats)
                ++skipped;
                continue;
            }
            if (firesOn(rule, t.evtx)) {
                ++passed;
            } else {
                ++failed;
                failures << QString::fromStdString(t.ruleId + " " + entry.path().parent_path().filename().string());
            }
        }
        qInfo("SigmaHQ regression tests: %d passed, %d failed, %d skipped (rule not in rules/windows)", passed, failed,
              skipped);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("; "))));
        // 93 of the 100 tests name a rule in rules/windows: the rest must not be skipped.
        QVERIFY(passed >= 90);
        QVERIFY(skipped <= 10);
    }

    // The literal prefilter may only skip work: on every record of the
    // regression samples and of corpus/evtx the rules that fire are the same
    // with and without it.
    void prefilterChangesNoResult() {
        std::vector<WinEvent> events;
        for (const auto& dir : {m_sigma / "regression_data", hitome::test::corpusDir() / "evtx"})
            for (const auto& entry : fs::recursive_directory_iterator(dir))
                if (entry.path().extension() == ".evtx")
                    if (auto loaded = loadEvtxEvents(entry.path()))
                        events.insert(events.end(), loaded->begin(), loaded->end());
        QVERIFY(events.size() > 10000);
        const auto filtered = hitsOnEach(events);
        m_rules.finalize(false);
        const auto plain = hitsOnEach(events);
        m_rules.finalize(true);
        size_t total = 0;
        for (size_t i = 0; i < events.size(); ++i) {
            QVERIFY2(filtered[i] == plain[i], qPrintable(QStringLiteral("record %1 differs").arg(i)));
            total += plain[i].size();
        }
        qInfo("prefilter check: %zu records, %zu rule hits, identical with and without the prefilter", events.size(),
              total);
        QVERIFY(total > 100);
    }

private:
    std::vector<std::vector<int>> hitsOnEach(const std::vector<WinEvent>& events) {
        SigmaEventView view(m_rules.fields());
        std::vector<std::vector<int>> out(events.size());
        for (size_t i = 0; i < events.size(); ++i) m_rules.match(events[i], view, out[i]);
        return out;
    }

    bool firesOn(int rule, const std::vector<fs::path>& files) {
        SigmaEventView view(m_rules.fields());
        std::vector<int> hits;
        for (const auto& file : files) {
            auto events = loadEvtxEvents(file);
            if (!events) {
                qWarning("%s", events.error().message().c_str());
                return false;
            }
            for (const auto& e : *events) {
                hits.clear();
                m_rules.match(e, view, hits);
                if (std::find(hits.begin(), hits.end(), rule) != hits.end()) return true;
            }
        }
        return false;
    }

    fs::path m_sigma;
    RuleSet m_rules;
    RuleLoadReport m_report;
};

QTEST_APPLESS_MAIN(TestSigmaCorpus)
#include "test_sigma_corpus.moc"
