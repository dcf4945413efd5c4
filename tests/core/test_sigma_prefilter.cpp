// SPDX-License-Identifier: GPL-3.0-or-later
// The literal prefilter in front of rule evaluation: the Aho-Corasick
// matcher, the literals each rule requires, and that prefiltering skips
// rules without changing what fires.

#include <QtTest>

#include <algorithm>

#include "core/detect/literal_matcher.h"
#include "core/detect/rule_literals.h"
#include "core/detect/rule_set.h"
#include "core/detect/sigma_event_view.h"

using namespace hitome::core;

namespace {

std::vector<std::string> found(const LiteralMatcher& m, const std::vector<std::string>& literals, std::string_view text) {
    std::vector<std::string> out;
    m.scan(text, [&](int i) { out.push_back(literals[static_cast<size_t>(i)]); });
    std::sort(out.begin(), out.end());
    return out;
}

std::string processRule(const std::string& id, const std::string& detection) {
    return "title: t\nid: " + id + "\nlogsource:\n  product: windows\n  category: process_creation\ndetection:\n" +
           detection;
}

// The literals of the single rule in `yaml`, as sorted "field=text" strings,
// or {"<none>"} when the rule must always be evaluated.
std::vector<std::string> literalsOf(const std::string& detection) {
    RuleSet rules;
    RuleLoadReport report;
    rules.addRuleText(processRule("r", detection), "x.yml", report);
    if (report.loaded != 1) return std::vector<std::string>{"<did not load>"};
    auto l = requiredLiterals(rules.rules().front());
    if (!l) return {"<none>"};
    std::vector<std::string> out;
    for (const auto& x : *l) out.push_back(rules.fields().name(x.fieldId) + "=" + x.text);
    std::sort(out.begin(), out.end());
    return out;
}

WinEvent process(const std::string& image, const std::string& commandLine) {
    WinEvent e;
    e.channel = "Microsoft-Windows-Sysmon/Operational";
    e.provider = "Microsoft-Windows-Sysmon";
    e.eventId = 1;
    e.data = {{"Image", image}, {"CommandLine", commandLine}, {"ParentImage", "C:\\Windows\\explorer.exe"}};
    return e;
}

WinEvent security4688(const std::string& image, const std::string& commandLine) {
    WinEvent e;
    e.channel = "Security";
    e.provider = "Microsoft-Windows-Security-Auditing";
    e.eventId = 4688;
    e.data = {{"NewProcessName", image}, {"ProcessCommandLine", commandLine}};
    return e;
}

using Strings = std::vector<std::string>;

}  // namespace

class TestSigmaPrefilter : public QObject {
    Q_OBJECT

private slots:
    void matcherFindsEveryOccurrenceIncludingOverlaps() {
        const Strings literals = {"he", "she", "his", "hers"};
        LiteralMatcher m;
        for (const auto& l : literals) m.add(l);
        QCOMPARE(m.add("she"), 1);   // same text, same index
        m.build();
        QCOMPARE(found(m, literals, "ushers"), (Strings{"he", "hers", "she"}));
        QCOMPARE(found(m, literals, "hishe"), (Strings{"he", "his", "she"}));
        QCOMPARE(found(m, literals, "xyz"), Strings{});
        QCOMPARE(found(m, literals, "hehe"), (Strings{"he", "he"}));
    }

    void matcherHandlesBytesNoLiteralUses() {
        const Strings literals = {std::string("a\0b", 3), "\\net.exe", "\xe3\x81\x82"};
        LiteralMatcher m;
        for (const auto& l : literals) m.add(l);
        m.build();
        QCOMPARE(found(m, literals, std::string("xa\0b\xff", 5)), (Strings{std::string("a\0b", 3)}));
        QCOMPARE(found(m, literals, "c:\\windows\\system32\\net.exe"), (Strings{"\\net.exe"}));
        QCOMPARE(found(m, literals, "\xe3\x81\x81\xe3\x81\x82"), (Strings{"\xe3\x81\x82"}));
        LiteralMatcher empty;
        empty.build();
        QCOMPARE(found(empty, {}, "anything"), Strings{});
    }

    void requiredLiteralsFollowTheCondition() {
        // AND: one test suffices, the most selective one (longest shortest literal).
        QCOMPARE(literalsOf("  sel:\n    Image|endswith: '\\Net.exe'\n    CommandLine|contains: ' user '\n"
                            "  condition: sel\n"),
                 (Strings{"Image=\\net.exe"}));
        // OR of values and of searches: the union.
        QCOMPARE(literalsOf("  a:\n    CommandLine|contains: ['-enc', 'iex']\n  b:\n    Image|endswith: '\\mshta.exe'\n"
                            "  condition: 1 of them\n"),
                 (Strings{"CommandLine=-enc", "CommandLine=iex", "Image=\\mshta.exe"}));
        // `not` requires nothing; the positive side still does.
        QCOMPARE(literalsOf("  sel:\n    Image|endswith: '\\rundll32.exe'\n  f:\n    CommandLine|contains: 'shell32'\n"
                            "  condition: sel and not f\n"),
                 (Strings{"Image=\\rundll32.exe"}));
        // Globs give their longest piece (its last 16 bytes); `all` any one of its values.
        QCOMPARE(literalsOf("  sel:\n    CommandLine: '*reg* add *\\currentversion\\run*'\n  condition: sel\n"),
                 (Strings{"CommandLine=rrentversion\\run"}));
        QCOMPARE(literalsOf("  sel:\n    CommandLine|contains|all: ['/c', 'vssadmin']\n  condition: sel\n"),
                 (Strings{"CommandLine=vssadmin"}));
    }

    void rulesWithoutNameableLiteralsAreAlwaysEvaluated() {
        QCOMPARE(literalsOf("  sel:\n    CommandLine|re: 'a.*b'\n  condition: sel\n"), Strings{"<none>"});
        QCOMPARE(literalsOf("  sel:\n    - 'mimikatz'\n  condition: sel\n"), Strings{"<none>"});   // keywords
        QCOMPARE(literalsOf("  f:\n    Image|endswith: '\\x.exe'\n  condition: not f\n"), Strings{"<none>"});
        QCOMPARE(literalsOf("  sel:\n    CommandLine: null\n  condition: sel\n"), Strings{"<none>"});
        QCOMPARE(literalsOf("  sel:\n    CommandLine: ''\n  condition: sel\n"), Strings{"<none>"});
        QCOMPARE(literalsOf("  a:\n    Image|endswith: '\\x.exe'\n  b:\n    CommandLine|re: 'y'\n"
                            "  condition: a or b\n"), Strings{"<none>"});
    }

    void prefilterSkipsRulesButChangesNoResult() {
        const std::vector<std::string> rules = {
            processRule("net", "  sel:\n    Image|endswith: '\\net.exe'\n    CommandLine|contains: '/add'\n"
                               "  condition: sel\n"),
            processRule("enc", "  sel:\n    CommandLine|contains|windash: ' -enc '\n  condition: sel\n"),
            processRule("regex", "  sel:\n    CommandLine|re: '(?i)whoami\\s+/all'\n  condition: sel\n"),
            processRule("notlsass", "  f:\n    Image|endswith: '\\lsass.exe'\n  condition: not f\n"),
            processRule("cased", "  sel:\n    CommandLine|cased|contains: 'IEX'\n  condition: sel\n"),
        };
        const std::vector<WinEvent> events = {
            process("C:\\Windows\\System32\\NET.EXE", "net user x /ADD"),
            process("C:\\Windows\\System32\\net.exe", "net user"),
            process("C:\\ps.exe", "powershell /enc AAAA "),
            process("C:\\ps.exe", "powershell -ENC AAAA"),
            process("C:\\w.exe", "WHOAMI /ALL"),
            process("C:\\Windows\\System32\\lsass.exe", "lsass"),
            process("C:\\ps.exe", "iex (x); IEX (y)"),
            process("C:\\ps.exe", "iex (x)"),
            security4688("C:\\Windows\\System32\\net.exe", "net localgroup admins bob /add"),
        };
        RuleSet set;
        RuleLoadReport report;
        for (size_t i = 0; i < rules.size(); ++i) set.addRuleText(rules[i], std::to_string(i) + ".yml", report);
        QCOMPARE(report.loaded, 5);
        auto hitsOf = [&](bool usePrefilter) {
            set.finalize(usePrefilter);
            SigmaEventView view(set.fields());
            std::vector<std::vector<int>> out;
            for (const auto& e : events) {
                out.emplace_back();
                set.match(e, view, out.back());
            }
            return out;
        };
        const auto plain = hitsOf(false);
        const auto filtered = hitsOf(true);
        QCOMPARE(filtered, plain);
        const std::vector<std::vector<int>> expected = {{0, 3}, {3}, {1, 3}, {1, 3}, {2, 3}, {}, {3, 4}, {3}, {0, 3}};
        QCOMPARE(filtered, expected);
        // A plain "net user" meets five candidate rules; only the literal-free
        // ones (regex, not) and the one whose literal occurs are evaluated.
        SigmaEventView view(set.fields());
        QCOMPARE(set.candidateCount(events[1]), size_t(5));
        QCOMPARE(set.evaluationCount(events[1], view), size_t(3));
    }
};

QTEST_APPLESS_MAIN(TestSigmaPrefilter)
#include "test_sigma_prefilter.moc"
