// SPDX-License-Identifier: GPL-3.0-or-later
// The Sigma engine: modifiers, wildcards, conditions, logsources, field
// mapping between Sysmon and Security 4688, keyword searches.

#include <QtTest>

#include "core/detect/rule_set.h"
#include "core/detect/sigma_event_view.h"
#include "core/detect/sigma_value_transforms.h"

using namespace hitome::core;

namespace {

WinEvent sysmon(std::uint32_t id, std::vector<EventField> data) {
    WinEvent e;
    e.channel = "Microsoft-Windows-Sysmon/Operational";
    e.provider = "Microsoft-Windows-Sysmon";
    e.eventId = id;
    e.data = std::move(data);
    return e;
}

std::string processRule(const std::string& detection) {
    return "title: t\nid: r1\nlogsource:\n  product: windows\n  category: process_creation\ndetection:\n" + detection;
}

// Does the single rule in `yaml` match `event`? Fails the test when the rule does not load.
bool fires(const std::string& yaml, const WinEvent& event) {
    RuleSet rules;
    RuleLoadReport report;
    rules.addRuleText(yaml, "test.yml", report);
    rules.finalize();
    if (report.loaded != 1) {
        const auto& list = report.errors.empty() ? report.unsupported : report.errors;
        qWarning("rule did not load: %s", list.empty() ? "?" : list.front().reason.c_str());
        return false;
    }
    SigmaEventView view(rules.fields());
    std::vector<int> hits;
    rules.match(event, view, hits);
    return hits.size() == 1;
}

RuleLoadReport load(const std::string& yaml) {
    RuleSet rules;
    RuleLoadReport report;
    rules.addRuleText(yaml, "test.yml", report);
    return report;
}

}  // namespace

class TestSigma : public QObject {
    Q_OBJECT

private slots:
    void matchesCaseInsensitivelyByDefault() {
        const auto rule = processRule("  sel:\n    Image|endswith: '\\WHOAMI.exe'\n  condition: sel\n");
        QVERIFY(fires(rule, sysmon(1, {{"Image", "C:\\Windows\\System32\\whoami.EXE"}})));
        QVERIFY(!fires(rule, sysmon(1, {{"Image", "C:\\Windows\\System32\\whoami.exe.bak"}})));
    }

    void casedModifierKeepsCase() {
        const auto rule = processRule("  sel:\n    CommandLine|contains|cased: 'SeDebug'\n  condition: sel\n");
        QVERIFY(fires(rule, sysmon(1, {{"CommandLine", "x SeDebug y"}})));
        QVERIFY(!fires(rule, sysmon(1, {{"CommandLine", "x sedebug y"}})));
    }

    void wildcardsAndEscapes() {
        const auto rule = processRule("  sel:\n    CommandLine: 'a*b?d\\*'\n  condition: sel\n");
        QVERIFY(fires(rule, sysmon(1, {{"CommandLine", "aXXXbcd*"}})));
        QVERIFY(!fires(rule, sysmon(1, {{"CommandLine", "aXXXbcdX"}})));
        QVERIFY(!fires(rule, sysmon(1, {{"CommandLine", "aXXXbd*"}})));
    }

    void startswithAndAllModifiers() {
        const auto rule = processRule(
            "  sel:\n    CommandLine|startswith: 'net '\n    CommandLine|contains|all: ['user', '/add']\n  condition: sel\n");
        QVERIFY(fires(rule, sysmon(1, {{"CommandLine", "net user bob pw /add"}})));
        QVERIFY(!fires(rule, sysmon(1, {{"CommandLine", "net user bob"}})));
        QVERIFY(!fires(rule, sysmon(1, {{"CommandLine", "cmd net user /add"}})));
    }

    void regexModifierWithFlags() {
        const auto cased = processRule("  sel:\n    CommandLine|re: 'Invoke-[A-Z]'\n  condition: sel\n");
        QVERIFY(fires(cased, sysmon(1, {{"CommandLine", "Invoke-Mimikatz"}})));
        QVERIFY(!fires(cased, sysmon(1, {{"CommandLine", "invoke-mimikatz"}})));
        const auto caseless = processRule("  sel:\n    CommandLine|re|i: 'invoke-[a-z]+'\n  condition: sel\n");
        QVERIFY(fires(caseless, sysmon(1, {{"CommandLine", "INVOKE-MIMIKATZ"}})));
        const auto dotall = processRule("  sel:\n    CommandLine|re|s: 'a.b'\n  condition: sel\n");
        QVERIFY(fires(dotall, sysmon(1, {{"CommandLine", "a\nb"}})));
        const auto multi = processRule("  sel:\n    CommandLine|re|m: '^b$'\n  condition: sel\n");
        QVERIFY(fires(multi, sysmon(1, {{"CommandLine", "a\nb\nc"}})));
    }

    void base64AndOffsets() {
        QCOMPARE(base64Encode("hello"), std::string("aGVsbG8="));
        const auto variants = base64OffsetVariants("http://");
        QCOMPARE(variants.size(), size_t(3));
        QCOMPARE(variants[0], std::string("aHR0cDovL"));
        const auto rule = processRule("  sel:\n    CommandLine|base64offset|contains: 'http://'\n  condition: sel\n");
        // "xhttp://evil" encoded: the value sits at offset 1.
        QVERIFY(fires(rule, sysmon(1, {{"CommandLine", "powershell -e " + base64Encode("xhttp://evil")}})));
        QVERIFY(fires(rule, sysmon(1, {{"CommandLine", "powershell -e " + base64Encode("xxhttp://evil")}})));
        QVERIFY(!fires(rule, sysmon(1, {{"CommandLine", "powershell -e " + base64Encode("ftp://evil")}})));
    }

    void wideBase64() {
        const auto rule = processRule("  sel:\n    CommandLine|wide|base64offset|contains: 'IEX'\n  condition: sel\n");
        const std::string encoded = base64Encode(utf8ToUtf16le("IEX (New-Object Net.WebClient)"));
        QVERIFY(fires(rule, sysmon(1, {{"CommandLine", "powershell -enc " + encoded}})));
        QVERIFY(!fires(rule, sysmon(1, {{"CommandLine", "powershell -enc " + base64Encode("IEX")}})));
    }

    void windashModifier() {
        const auto rule = processRule("  sel:\n    CommandLine|contains|windash: ' -urlcache '\n  condition: sel\n");
        QVERIFY(fires(rule, sysmon(1, {{"CommandLine", "certutil /urlcache -f x"}})));
        QVERIFY(fires(rule, sysmon(1, {{"CommandLine", "certutil \xE2\x80\x93urlcache -f x"}})));
        QVERIFY(fires(rule, sysmon(1, {{"CommandLine", "certutil -urlcache -f x"}})));
        QVERIFY(!fires(rule, sysmon(1, {{"CommandLine", "certutil urlcache -f x"}})));
    }

    void cidrModifier() {
        const std::string rule = "title: t\nlogsource:\n  category: network_connection\n  product: windows\n"
                                 "detection:\n  sel:\n    DestinationIp|cidr: ['10.0.0.0/8', 'fe80::/10']\n  condition: sel\n";
        QVERIFY(fires(rule, sysmon(3, {{"DestinationIp", "10.20.30.40"}})));
        QVERIFY(fires(rule, sysmon(3, {{"DestinationIp", "fe80::1"}})));
        QVERIFY(!fires(rule, sysmon(3, {{"DestinationIp", "11.0.0.1"}})));
        QVERIFY(!fires(rule, sysmon(3, {{"DestinationIp", "not an ip"}})));
    }

    void existsNullAndNumbers() {
        const auto exists = processRule("  sel:\n    ParentImage|exists: false\n  condition: sel\n");
        QVERIFY(fires(exists, sysmon(1, {{"Image", "x"}})));
        QVERIFY(!fires(exists, sysmon(1, {{"ParentImage", "x"}})));
        const auto null = processRule("  sel:\n    OriginalFileName: null\n  condition: sel\n");
        QVERIFY(fires(null, sysmon(1, {{"Image", "x"}})));
        QVERIFY(fires(null, sysmon(1, {{"OriginalFileName", ""}})));
        QVERIFY(!fires(null, sysmon(1, {{"OriginalFileName", "a.exe"}})));
        const auto gt = processRule("  sel:\n    TerminalSessionId|gte: 2\n  condition: sel\n");
        QVERIFY(fires(gt, sysmon(1, {{"TerminalSessionId", "2"}})));
        QVERIFY(!fires(gt, sysmon(1, {{"TerminalSessionId", "1"}})));
    }

    void fieldrefModifier() {
        const auto rule = processRule("  sel:\n    Image|fieldref: ParentImage\n  condition: sel\n");
        QVERIFY(fires(rule, sysmon(1, {{"Image", "C:\\a.exe"}, {"ParentImage", "c:\\A.EXE"}})));
        QVERIFY(!fires(rule, sysmon(1, {{"Image", "C:\\a.exe"}, {"ParentImage", "C:\\b.exe"}})));
    }

    void expandTreatsPlaceholdersAsWildcards() {
        const auto rule = processRule("  sel:\n    Image|expand: '%ProgramFiles%\\evil.exe'\n  condition: sel\n");
        QVERIFY(fires(rule, sysmon(1, {{"Image", "C:\\Program Files\\evil.exe"}})));
        QVERIFY(!fires(rule, sysmon(1, {{"Image", "C:\\Program Files\\good.exe"}})));
    }

    void conditionsWithQuantifiersAndNot() {
        const auto rule = processRule(
            "  selection_a:\n    Image|endswith: '\\a.exe'\n  selection_b:\n    CommandLine|contains: 'x'\n"
            "  filter_main:\n    User|contains: 'SYSTEM'\n"
            "  condition: (1 of selection_* and not 1 of filter_*) or all of them\n");
        QVERIFY(fires(rule, sysmon(1, {{"Image", "c:\\a.exe"}})));
        QVERIFY(!fires(rule, sysmon(1, {{"Image", "c:\\a.exe"}, {"User", "NT AUTHORITY\\SYSTEM"}})));
        QVERIFY(fires(rule, sysmon(1, {{"Image", "c:\\a.exe"}, {"CommandLine", "x"}, {"User", "SYSTEM"}})));
        const auto allOf = processRule(
            "  selection_a:\n    Image|endswith: '\\a.exe'\n  selection_b:\n    CommandLine|contains: 'x'\n"
            "  condition: all of selection_*\n");
        QVERIFY(!fires(allOf, sysmon(1, {{"Image", "c:\\a.exe"}})));
        QVERIFY(fires(allOf, sysmon(1, {{"Image", "c:\\a.exe"}, {"CommandLine", "-x-"}})));
    }

    void listOfMapsIsOr() {
        const auto rule = processRule(
            "  sel:\n    - Image|endswith: '\\a.exe'\n    - OriginalFileName: 'a.exe'\n  condition: sel\n");
        QVERIFY(fires(rule, sysmon(1, {{"Image", "c:\\a.exe"}})));
        QVERIFY(fires(rule, sysmon(1, {{"Image", "c:\\renamed.exe"}, {"OriginalFileName", "A.EXE"}})));
        QVERIFY(!fires(rule, sysmon(1, {{"Image", "c:\\b.exe"}})));
    }

    void keywordSearch() {
        const std::string rule = "title: t\nlogsource:\n  product: windows\n  service: system\n"
                                 "detection:\n  keywords:\n    - 'mimikatz'\n    - 'sekurlsa'\n  condition: keywords\n";
        WinEvent e;
        e.channel = "System";
        e.eventId = 7045;
        e.data = {{"ServiceName", "x"}, {"ImagePath", "C:\\t\\MimiKatz.exe"}};
        QVERIFY(fires(rule, e));
        e.data = {{"ServiceName", "x"}, {"ImagePath", "C:\\t\\good.exe"}};
        QVERIFY(!fires(rule, e));
    }

    void security4688UsesSysmonNames() {
        const auto rule = processRule(
            "  sel:\n    Image|endswith: '\\whoami.exe'\n    ParentImage|endswith: '\\cmd.exe'\n    CommandLine|contains: '/all'\n"
            "  condition: sel\n");
        WinEvent e;
        e.channel = "Security";
        e.provider = "Microsoft-Windows-Security-Auditing";
        e.eventId = 4688;
        e.data = {{"NewProcessName", "C:\\Windows\\System32\\whoami.exe"},
                  {"ParentProcessName", "C:\\Windows\\System32\\cmd.exe"},
                  {"CommandLine", "whoami /all"}};
        QVERIFY(fires(rule, e));
        e.data[2] = {"ProcessCommandLine", "whoami /all"};   // some exports spell it so
        QVERIFY(fires(rule, e));
        e.eventId = 4689;   // not a process creation: the rule's logsource excludes it
        QVERIFY(!fires(rule, e));
    }

    void logsourceKeepsOtherChannelsOut() {
        const auto rule = processRule("  sel:\n    Image|endswith: '\\a.exe'\n  condition: sel\n");
        WinEvent e = sysmon(11, {{"Image", "c:\\a.exe"}});
        QVERIFY(!fires(rule, e));
        e.channel = "Application";
        e.eventId = 1;
        QVERIFY(!fires(rule, e));
    }

    void serviceRuleIndexedByConditionEventId() {
        const std::string rule = "title: t\nlogsource:\n  product: windows\n  service: security\n"
                                 "detection:\n  sel:\n    EventID: 1102\n  condition: sel\n";
        RuleSet rules;
        RuleLoadReport report;
        rules.addRuleText(rule, "x", report);
        rules.finalize();
        WinEvent e;
        e.channel = "Security";
        e.eventId = 4624;
        QCOMPARE(rules.candidateCount(e), size_t(0));
        e.eventId = 1102;
        QCOMPARE(rules.candidateCount(e), size_t(1));
        QVERIFY(fires(rule, e));
    }

    void unsupportedFeaturesAreReportedWithReason() {
        auto r = load(processRule("  sel:\n    Image|frobnicate: x\n  condition: sel\n"));
        QCOMPARE(r.unsupported.size(), size_t(1));
        QVERIFY(r.unsupported[0].reason.find("frobnicate") != std::string::npos);
        r = load(processRule("  sel:\n    Image: x\n  condition: sel | count() > 5\n"));
        QCOMPARE(r.unsupported.size(), size_t(1));
        r = load("title: t\nlogsource:\n  product: linux\n  category: process_creation\ndetection:\n  sel:\n    a: b\n  condition: sel\n");
        QCOMPARE(r.unsupported.size(), size_t(1));
        QVERIFY(r.unsupported[0].reason.find("linux") != std::string::npos);
        r = load(processRule("  sel:\n    Image|re: '(a)\\1'\n  condition: sel\n"));   // backreference: not in RE2
        QCOMPARE(r.unsupported.size(), size_t(1));
        r = load(processRule("  sel:\n    Image: x\n  condition: sel and missing\n"));
        QCOMPARE(r.errors.size(), size_t(1));
    }
};

QTEST_APPLESS_MAIN(TestSigma)
#include "test_sigma.moc"
