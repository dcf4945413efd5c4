// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile or broken rules: each is reported and skipped, the others in the
// same directory still load, and nothing hangs or crashes.

#include <QtTest>

#include <chrono>
#include <fstream>
#include <filesystem>

#include "core/detect/rule_set.h"
#include "core/detect/sigma_event_view.h"
#include "tests_support/test_paths.h"

using namespace hitome::core;
namespace fs = std::filesystem;

namespace {

const char* const kGoodRule =
    "title: good\nid: good-1\nlogsource:\n  product: windows\n  category: process_creation\n"
    "detection:\n  sel:\n    Image|endswith: '\\whoami.exe'\n  condition: sel\n";

// A directory holding one good rule and `badName` with `badText`.
fs::path dirWith(const std::string& name, const std::string& badName, const std::string& badText) {
    const fs::path dir = hitome::test::scratchDir(name);
    hitome::test::writeFile(dir / "good.yml", kGoodRule);
    hitome::test::writeFile(dir / badName, badText);
    return dir;
}

RuleLoadReport loadDir(const fs::path& dir) {
    RuleSet rules;
    RuleLoadReport report;
    rules.addDirectory(dir, report);
    return report;
}

}  // namespace

class TestSigmaBadInput : public QObject {
    Q_OBJECT

private slots:
    void invalidYamlIsAnErrorWithLine() {
        const auto r = loadDir(dirWith("bad_yaml", "bad.yml", "title: x\ndetection: [unclosed\n  - : :\n"));
        QCOMPARE(r.loaded, 1);
        QCOMPARE(r.errors.size(), size_t(1));
        QVERIFY(r.errors[0].source.ends_with("bad.yml"));
        QVERIFY2(r.errors[0].reason.starts_with("invalid YAML at line 3"), r.errors[0].reason.c_str());
    }

    void unknownModifierIsUnsupported() {
        const auto r = loadDir(dirWith("bad_mod", "mod.yml",
                                       "title: m\nlogsource:\n  category: process_creation\n  product: windows\n"
                                       "detection:\n  sel:\n    Image|endswith|sometimes: x\n  condition: sel\n"));
        QCOMPARE(r.loaded, 1);
        QCOMPARE(r.unsupported.size(), size_t(1));
        QVERIFY(r.unsupported[0].reason.find("sometimes") != std::string::npos);
    }

    void catastrophicRegexRunsInLinearTime() {
        RuleSet rules;
        RuleLoadReport report;
        rules.addRuleText("title: r\nlogsource:\n  category: process_creation\n  product: windows\n"
                          "detection:\n  sel:\n    CommandLine|re: '^(a+)+$'\n  condition: sel\n",
                          "re.yml", report);
        rules.finalize();
        QCOMPARE(report.loaded, 1);
        WinEvent e;
        e.channel = "Microsoft-Windows-Sysmon/Operational";
        e.eventId = 1;
        e.data = {{"CommandLine", std::string(200000, 'a') + "!"}};
        SigmaEventView view(rules.fields());
        std::vector<int> hits;
        const auto start = std::chrono::steady_clock::now();
        rules.match(e, view, hits);
        const auto elapsed = std::chrono::steady_clock::now() - start;
        QVERIFY(hits.empty());
        // A backtracking engine would need ~2^200000 steps; RE2 takes milliseconds.
        QVERIFY(elapsed < std::chrono::seconds(5));
    }

    void ruleWithTenThousandSelectionsIsSkipped() {
        std::string text = "title: big\nlogsource:\n  category: process_creation\n  product: windows\ndetection:\n";
        for (int i = 0; i < 10000; ++i) text += "  sel" + std::to_string(i) + ":\n    Image: x" + std::to_string(i) + "\n";
        text += "  condition: 1 of sel*\n";
        const auto r = loadDir(dirWith("big_rule", "big.yml", text));
        QCOMPARE(r.loaded, 1);
        QCOMPARE(r.errors.size(), size_t(1));
        QVERIFY(r.errors[0].reason.find("searches") != std::string::npos);
    }

    void hundredMegabyteFileIsRefusedUnread() {
        const fs::path dir = dirWith("huge_rule", "placeholder.yml", kGoodRule);
        fs::remove(dir / "placeholder.yml");
        {
            std::ofstream(dir / "huge.yml") << "title: x\n";
        }
        fs::resize_file(dir / "huge.yml", 100ull << 20);   // sparse: cheap to create
        const auto start = std::chrono::steady_clock::now();
        const auto r = loadDir(dir);
        QVERIFY(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
        QCOMPARE(r.loaded, 1);
        QCOMPARE(r.errors.size(), size_t(1));
        QVERIFY(r.errors[0].reason.find("larger") != std::string::npos);
        // The same bytes handed over directly are refused too.
        RuleSet rules;
        RuleLoadReport direct;
        rules.addRuleText(std::string(101u << 20, ' '), "mem.yml", direct);
        QCOMPARE(direct.errors.size(), size_t(1));
    }

    void deepNestingIsRefusedBeforeParsing() {
        const std::string deep = "title: [" + std::string(100000, '[') + "\n";
        const auto r = loadDir(dirWith("deep_rule", "deep.yml", deep));
        QCOMPARE(r.loaded, 1);
        QCOMPARE(r.errors.size(), size_t(1));
    }

    void aliasBombIsBounded() {
        std::string text = "title: bomb\nlogsource:\n  category: process_creation\n  product: windows\n"
                           "detection:\n  sel:\n    Image: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
        for (int i = 1; i < 9; ++i)
            text += "  s" + std::to_string(i) + ":\n    Image: &a" + std::to_string(i) + " [*a" + std::to_string(i - 1) +
                    ", *a" + std::to_string(i - 1) + ", *a" + std::to_string(i - 1) + "]\n";
        text += "  condition: sel\n";
        const auto start = std::chrono::steady_clock::now();
        const auto r = loadDir(dirWith("bomb_rule", "bomb.yml", text));
        QVERIFY(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
        QCOMPARE(r.loaded, 1);
        QCOMPARE(r.errors.size() + r.unsupported.size(), size_t(1));
    }

    void documentStartingWithACommaDoesNotHang() {
        // Found by fuzzing: yaml-cpp 0.7's LoadAll loops forever, allocating, on these.
        for (const char* text : {",title: x\n", "  ,a: b\n", "title: x\n---\n,c: d\n"}) {
            const auto r = loadDir(dirWith("comma", "comma.yml", text));
            QCOMPARE(r.loaded, 1);
            QCOMPARE(r.errors.size() + r.unsupported.size(), size_t(1));
        }
    }

    void multiDocumentCollectionIsUnsupported() {
        const auto r = loadDir(dirWith("multidoc", "multi.yml", std::string(kGoodRule) + "---\n" + kGoodRule));
        QCOMPARE(r.loaded, 1);
        QCOMPARE(r.unsupported.size(), size_t(1));
        QVERIFY(r.unsupported[0].reason.find("multi-document") != std::string::npos);
        std::string startMarked = std::string("---\n") + kGoodRule;
        startMarked.replace(startMarked.find("good-1"), 6, "good-2");
        const auto explicitStart = loadDir(dirWith("docstart", "start.yml", startMarked));
        QCOMPARE(explicitStart.loaded, 2);   // a leading "---" is still one document
        std::string endMarked = kGoodRule + std::string("...\n");
        endMarked.replace(endMarked.find("good-1"), 6, "good-3");
        QCOMPARE(loadDir(dirWith("docend", "end.yml", endMarked)).loaded, 2);   // so is a trailing "..."
    }

    void missingPartsAreErrors() {
        const auto r = loadDir(dirWith("missing", "nodetect.yml", "title: x\nlogsource:\n  product: windows\n"));
        QCOMPARE(r.loaded, 1);
        QCOMPARE(r.errors.size(), size_t(1));
        QVERIFY(r.errors[0].reason.find("detection") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestSigmaBadInput)
#include "test_sigma_bad_input.moc"
