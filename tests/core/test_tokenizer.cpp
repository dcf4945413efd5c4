// SPDX-License-Identifier: GPL-3.0-or-later
// Command-line tokenizer: CommandLineToArgvW rules, the cmd.exe layer,
// switch parsing and binary identification, as data-driven tables (hand
// written tricky cases plus systematically generated round trips).

#include <QtTest>

#include "core/explain/binary_identity.h"
#include "core/explain/command_line_tokenizer.h"
#include "core/explain/command_switch.h"

using namespace hitome::core;

namespace {

QStringList toList(const std::vector<std::string>& v) {
    QStringList out;
    for (const auto& s : v) out << QString::fromStdString(s);
    return out;
}

QStringList argsOf(const std::string& commandLine) { return toList(commandLineArgs(commandLine)); }

// Every string of length 1..maxLen over `alphabet`.
std::vector<std::string> allStrings(const std::string& alphabet, size_t maxLen) {
    std::vector<std::string> out{""}, frontier{""};
    for (size_t len = 1; len <= maxLen; ++len) {
        std::vector<std::string> next;
        for (const auto& s : frontier)
            for (char c : alphabet) next.push_back(s + c);
        out.insert(out.end(), next.begin(), next.end());
        frontier = std::move(next);
    }
    out.erase(out.begin());
    return out;
}

// An independent model of CommandLineToArgvW's argument rules (written from
// the documented behaviour and Wine's description of it): backslashes are
// literal unless they precede a quote (2n -> n and a quote toggle, 2n+1 -> n
// and a literal quote); in a run of quotes every third one is literal.
std::vector<std::string> referenceArgs(const std::string& afterProgram) {
    std::vector<std::string> args;
    std::string cur;
    bool hasArg = false;
    int quotes = 0;
    size_t backslashes = 0;
    size_t i = 0;
    while (i < afterProgram.size() && (afterProgram[i] == ' ' || afterProgram[i] == '\t')) ++i;
    while (i < afterProgram.size()) {
        const char c = afterProgram[i];
        if ((c == ' ' || c == '\t') && quotes == 0) {
            args.push_back(cur);
            cur.clear();
            hasArg = false;
            while (i < afterProgram.size() && (afterProgram[i] == ' ' || afterProgram[i] == '\t')) ++i;
            backslashes = 0;
            continue;
        }
        hasArg = true;
        if (c == '\\') {
            cur += c;
            ++backslashes;
            ++i;
            continue;
        }
        if (c != '"') {
            cur += c;
            backslashes = 0;
            ++i;
            continue;
        }
        cur.resize(cur.size() - backslashes / 2);
        if (backslashes % 2 == 0) {
            ++quotes;
        } else {
            cur.back() = '"';
        }
        backslashes = 0;
        ++i;
        while (i < afterProgram.size() && afterProgram[i] == '"') {
            if (++quotes == 3) {
                cur += '"';
                quotes = 0;
            }
            ++i;
        }
        if (quotes == 2) quotes = 0;
    }
    if (hasArg) args.push_back(cur);
    return args;
}

}  // namespace

class TestTokenizer : public QObject {
    Q_OBJECT
private slots:
    void argvRules_data() {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("expected");
        // Examples from the documented CommandLineToArgvW behaviour.
        QTest::newRow("quoted with spaces") << "p \"a b c\" d e" << QStringList{"p", "a b c", "d", "e"};
        QTest::newRow("escaped quote inside quotes") << "p \"ab\\\"c\" \"\\\\\" d" << QStringList{"p", "ab\"c", "\\", "d"};
        QTest::newRow("backslashes not before quote") << "p a\\\\\\b d\"e f\"g h" << QStringList{"p", "a\\\\\\b", "de fg", "h"};
        QTest::newRow("2n+1 backslashes before quote") << "p a\\\\\\\"b c d" << QStringList{"p", "a\\\"b", "c", "d"};
        QTest::newRow("2n backslashes before quote") << "p a\\\\\\\\\"b c\" d e" << QStringList{"p", "a\\\\b c", "d", "e"};
        QTest::newRow("doubled quote in quotes ends quoting") << "p a\"b\"\" c d" << QStringList{"p", "ab\"", "c", "d"};
        QTest::newRow("empty quoted arg") << "p \"\" x" << QStringList{"p", "", "x"};
        QTest::newRow("triple quote") << "p \"\"\"a\"\"\" b" << QStringList{"p", "\"a\"", "b"};
        QTest::newRow("quote closes mid word") << "p \"a\"b c" << QStringList{"p", "ab", "c"};
        QTest::newRow("trailing backslash") << "p C:\\dir\\ x" << QStringList{"p", "C:\\dir\\", "x"};
        QTest::newRow("quoted trailing backslashes") << "p \"C:\\dir\\\\\" x" << QStringList{"p", "C:\\dir\\", "x"};
        QTest::newRow("unterminated quote") << "p \"a b" << QStringList{"p", "a b"};
        QTest::newRow("tabs separate") << "p\ta\t\tb" << QStringList{"p", "a", "b"};
        QTest::newRow("leading and trailing spaces") << "   p   a   " << QStringList{"p", "a"};
        QTest::newRow("empty") << "" << QStringList{};
        QTest::newRow("only spaces") << "    " << QStringList{};
        QTest::newRow("first arg no escapes") << "\"C:\\Program Files\\a\\\" b" << QStringList{"C:\\Program Files\\a\\", "b"};
        QTest::newRow("first arg backslash quote") << "C:\\x\\\"y z" << QStringList{"C:\\x\\\"y", "z"};
        QTest::newRow("first arg quoted then glued") << "\"a b\"c d" << QStringList{"a b", "c", "d"};
        QTest::newRow("first arg unterminated") << "\"C:\\a b" << QStringList{"C:\\a b"};
        QTest::newRow("quoted program with spaces") << "\"C:\\Program Files\\x.exe\" /s" << QStringList{"C:\\Program Files\\x.exe", "/s"};
        QTest::newRow("newline is not a separator") << "p a\nb" << QStringList{"p", "a\nb"};
        QTest::newRow("schtasks corpus") << "\"C:\\Windows\\system32\\schtasks.exe\" /create /sc minute /mo 1 /tn eviltask /tr C:\\tools\\shell.cmd /ru SYSTEM"
                                         << QStringList{"C:\\Windows\\system32\\schtasks.exe", "/create", "/sc", "minute", "/mo", "1", "/tn", "eviltask", "/tr", "C:\\tools\\shell.cmd", "/ru", "SYSTEM"};
        QTest::newRow("nested quotes in /tr") << "schtasks /tr \"\\\"C:\\a b\\x.exe\\\" -arg\" /f" << QStringList{"schtasks", "/tr", "\"C:\\a b\\x.exe\" -arg", "/f"};
        QTest::newRow("wmic quoted user") << "wmic /node:10.0.0.6 /user:\"corp\\admin\" process" << QStringList{"wmic", "/node:10.0.0.6", "/user:corp\\admin", "process"};
        QTest::newRow("four quotes stay quoted") << "p \"\"\"\" x" << QStringList{"p", "\" x"};
        QTest::newRow("six quotes") << "p \"\"\"\"\"\" x" << QStringList{"p", "\"\"", "x"};
        QTest::newRow("backslash then two quotes") << "p \\\"\" x" << QStringList{"p", "\" x"};
        QTest::newRow("utf8 kept") << "p 日本語 \"ä b\"" << QStringList{"p", "日本語", "ä b"};
    }
    void argvRules() {
        QFETCH(QString, line);
        QFETCH(QStringList, expected);
        QCOMPARE(argsOf(line.toStdString()), expected);
    }

    void spansPointIntoTheLine() {
        const std::string line = "prog  \"a b\"   c\\\"d  e";
        const auto tokens = splitCommandLine(line);
        QCOMPARE(tokens.size(), size_t{4});
        QCOMPARE(QString::fromStdString(line.substr(tokens[1].begin, tokens[1].end - tokens[1].begin)), QStringLiteral("\"a b\""));
        QCOMPARE(QString::fromStdString(line.substr(tokens[2].begin, tokens[2].end - tokens[2].begin)), QStringLiteral("c\\\"d"));
        QCOMPARE(tokens[3].end, line.size());
    }

    // Generated: every argument over a tricky alphabet, quoted by
    // quoteArgument, must come back unchanged (thousands of cases).
    void quoteRoundTripGenerated() {
        const auto atoms = allStrings("a \\\"\t", 5);
        QVERIFY(atoms.size() > 500);
        int checked = 0;
        for (const auto& a : atoms) {
            const std::string line = "prog " + quoteArgument(a) + " tail";
            const auto args = commandLineArgs(line);
            QVERIFY2(args.size() == 3, line.c_str());
            QVERIFY2(args[1] == a, line.c_str());
            QCOMPARE(args[2], std::string("tail"));
            ++checked;
        }
        for (size_t i = 0; i + 1 < atoms.size(); i += 7) {   // pairs of arguments
            const std::string line = "p " + quoteArgument(atoms[i]) + " " + quoteArgument(atoms[i + 1]);
            const auto args = commandLineArgs(line);
            QVERIFY2(args.size() == 3 && args[1] == atoms[i] && args[2] == atoms[i + 1], line.c_str());
            ++checked;
        }
        QVERIFY(checked > 1000);
    }

    // Generated: every string of up to 8 characters over a b space tab "
    // and backslash after a program name, against the reference model
    // (tens of thousands of tricky quoting cases).
    void argvMatchesReferenceModel() {
        int checked = 0;
        for (const auto& s : allStrings("a \"\\\t", 7)) {
            const std::vector<std::string> expected = referenceArgs(s);
            std::string line = "p ";
            line.append(s);
            std::vector<std::string> got = commandLineArgs(line);
            got.erase(got.begin());
            QVERIFY2(got == expected, line.c_str());
            ++checked;
        }
        QVERIFY(checked > 90000);
    }

    // Generated: n backslashes before a quote give n/2 backslashes and,
    // for odd n, a literal quote (CommandLineToArgvW's central rule).
    void backslashQuoteRuleGenerated() {
        for (int n = 0; n <= 12; ++n) {
            const std::string line = "p x" + std::string(n, '\\') + "\"y z\"";
            const auto args = commandLineArgs(line);
            const std::string slashes(n / 2, '\\');
            if (n % 2 == 0) {
                QCOMPARE(args.size(), size_t{2});
                QCOMPARE(args[1], "x" + slashes + "y z");
            } else {
                QCOMPARE(args.size(), size_t{3});
                QCOMPARE(args[1], "x" + slashes + "\"y");
                QCOMPARE(args[2], std::string("z"));
            }
            const std::string word = std::string("x").append(static_cast<size_t>(n), '\\').append("y");
            QCOMPARE(commandLineArgs("p " + word)[1], word);
        }
    }

    void cmdChains_data() {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("segments");
        QTest::addColumn<QStringList>("operators");
        QTest::newRow("sequence") << "whoami & hostname" << QStringList{"whoami", "hostname"} << QStringList{"&", ""};
        QTest::newRow("and or pipe") << "a && b || c | d" << QStringList{"a", "b", "c", "d"} << QStringList{"&&", "||", "|", ""};
        QTest::newRow("quoted ampersand") << "echo \"a & b\" & c" << QStringList{"echo \"a & b\"", "c"} << QStringList{"&", ""};
        QTest::newRow("caret escapes ampersand") << "echo a ^& b" << QStringList{"echo a & b"} << QStringList{""};
        QTest::newRow("caret escapes pipe") << "echo a^|b | find x" << QStringList{"echo a|b", "find x"} << QStringList{"|", ""};
        QTest::newRow("caret removed") << "who^ami" << QStringList{"whoami"} << QStringList{""};
        QTest::newRow("caret inside quotes kept") << "echo \"a^b\"" << QStringList{"echo \"a^b\""} << QStringList{""};
        QTest::newRow("trailing operator") << "a &" << QStringList{"a"} << QStringList{"&"};
        QTest::newRow("no spaces") << "a&b&&c" << QStringList{"a", "b", "c"} << QStringList{"&", "&&", ""};
        QTest::newRow("redirect removed") << "dir C:\\ > out.txt & type out.txt" << QStringList{"dir C:\\", "type out.txt"} << QStringList{"&", ""};
        QTest::newRow("stderr to stdout") << "net user 2>&1 | more" << QStringList{"net user", "more"} << QStringList{"|", ""};
        QTest::newRow("attacker shell line") << "tasklist & ver & ipconfig /all & systeminfo"
                                             << QStringList{"tasklist", "ver", "ipconfig /all", "systeminfo"} << QStringList{"&", "&", "&", ""};
    }
    void cmdChains() {
        QFETCH(QString, line);
        QFETCH(QStringList, segments);
        QFETCH(QStringList, operators);
        const auto segs = splitCmdChain(line.toStdString());
        QStringList texts, ops;
        for (const auto& s : segs) {
            texts << QString::fromStdString(s.text);
            ops << QString::fromStdString(std::string(chainOperatorText(s.next)));
        }
        QCOMPARE(texts, segments);
        QCOMPARE(ops, operators);
    }

    void redirectionsAreRecorded() {
        const auto segs = splitCmdChain("whoami /all >> \"C:\\Users\\Public\\o t.txt\" 2>&1");
        QCOMPARE(segs.size(), size_t{1});
        QCOMPARE(segs[0].text, std::string("whoami /all"));
        QCOMPARE(segs[0].redirections.size(), size_t{2});
        QCOMPARE(segs[0].redirections[0].op, std::string(">>"));
        QCOMPARE(segs[0].redirections[0].target, std::string("C:\\Users\\Public\\o t.txt"));
        QCOMPARE(segs[0].redirections[1].op, std::string("2>&1"));
        QVERIFY(!hasCmdChain("echo \"a|b\" ^& c"));
        QVERIFY(hasCmdChain("a | b"));
    }

    // Generated: every switch name × prefix × case × value form.
    void switchFormsGenerated() {
        const char* names[] = {"create", "sc", "tn", "tr", "ru", "f", "node", "user", "password", "c", "enc", "i", "s"};
        int checked = 0;
        for (const char* name : names) {
            for (char prefix : {'/', '-'}) {
                for (int upper = 0; upper < 2; ++upper) {
                    std::string written = name;
                    if (upper) for (auto& c : written) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
                    for (const char* sep : {"", ":", "="}) {
                        const std::string arg = std::string(1, prefix) + written + sep + (*sep ? "Va:l=ue" : "");
                        const auto sw = parseSwitch(arg);
                        QVERIFY2(sw.has_value(), arg.c_str());
                        QCOMPARE(sw->name, std::string(name));
                        QCOMPARE(sw->prefix, prefix);
                        QCOMPARE(sw->value.has_value(), *sep != 0);
                        if (*sep) QCOMPARE(*sw->value, std::string("Va:l=ue"));
                        QVERIFY(isSwitch(arg, name));
                        ++checked;
                    }
                }
            }
        }
        QCOMPARE(checked, 13 * 2 * 2 * 3);
    }

    void notSwitches_data() {
        QTest::addColumn<QString>("arg");
        for (const char* a : {"/", "-", "--", "create", "-1", "-5.5", "/tmp/x", "", "C:\\x", "\\\\host\\c$", "-/x"})
            QTest::newRow(a) << QString::fromUtf8(a);
    }
    void notSwitches() {
        QFETCH(QString, arg);
        QVERIFY(!parseSwitch(arg.toStdString()).has_value());
    }

    void doubleDashSwitch() {
        const auto sw = parseSwitch("--EncodedCommand");
        QVERIFY(sw.has_value());
        QCOMPARE(sw->name, std::string("encodedcommand"));
    }

    void binaryIdentity_data() {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QString>("stem");
        QTest::addColumn<bool>("hasPath");
        QTest::addColumn<bool>("isFullPath");
        QTest::newRow("full path") << "C:\\Windows\\System32\\schtasks.exe" << "schtasks.exe" << "schtasks" << true << true;
        QTest::newRow("bare") << "schtasks.exe" << "schtasks.exe" << "schtasks" << false << false;
        QTest::newRow("no exe") << "schtasks" << "schtasks.exe" << "schtasks" << false << false;
        QTest::newRow("upper") << "SCHTASKS.EXE" << "schtasks.exe" << "schtasks" << false << false;
        QTest::newRow("quoted") << "\"C:\\Program Files\\App\\app.exe\"" << "app.exe" << "app" << true << true;
        QTest::newRow("nt path") << "\\??\\C:\\Windows\\system32\\conhost.exe" << "conhost.exe" << "conhost" << true << true;
        QTest::newRow("unc") << "\\\\srv\\share\\tool.exe" << "tool.exe" << "tool" << true << true;
        QTest::newRow("relative") << "tools\\x.exe" << "x.exe" << "x" << true << false;
        QTest::newRow("forward slashes") << "C:/Windows/System32/cmd.exe" << "cmd.exe" << "cmd" << true << true;
        QTest::newRow("env var") << "%SystemRoot%\\system32\\net1" << "net1.exe" << "net1" << true << true;
        QTest::newRow("trailing dot") << "cmd." << "cmd.exe" << "cmd" << false << false;
        QTest::newRow("other extension") << "script.ps1" << "script.ps1" << "script" << false << false;
    }
    void binaryIdentity() {
        QFETCH(QString, program);
        QFETCH(QString, canonical);
        QFETCH(QString, stem);
        QFETCH(bool, hasPath);
        QFETCH(bool, isFullPath);
        const auto id = identifyBinary(program.toStdString());
        QCOMPARE(QString::fromStdString(id.canonicalName), canonical);
        QCOMPARE(QString::fromStdString(id.stem), stem);
        QCOMPARE(id.hasPath, hasPath);
        QCOMPARE(id.isFullPath, isFullPath);
    }

    void userWritablePaths() {
        QVERIFY(isUserWritablePath("C:\\Users\\vmadmin\\Desktop\\WinATP-Intro-Backdoor.exe"));
        QVERIFY(isUserWritablePath("C:\\Windows\\Temp\\mal.exe"));
        QVERIFY(isUserWritablePath("C:\\ProgramData\\x.exe"));
        QVERIFY(isUserWritablePath("%APPDATA%\\x.exe"));
        QVERIFY(!isUserWritablePath("C:\\Windows\\System32\\schtasks.exe"));
        QVERIFY(!isUserWritablePath("C:\\Program Files\\App\\app.exe"));
    }

    void hugeLineIsLinear() {
        std::string line = "p";
        for (int i = 0; i < 100000; ++i) line += " \"a\\\\\"b\"\"";
        line += std::string(200000, '"');
        const auto tokens = splitCommandLine(line);
        const auto segs = splitCmdChain(line + std::string(100000, '^') + std::string(100000, '&'));
        QVERIFY(tokens.size() > 100000);
        QVERIFY(!segs.empty());
        // No timed assertion: a super-linear scan of these megabytes would not
        // finish within ctest's timeout, which is what catches it.
    }
};

QTEST_APPLESS_MAIN(TestTokenizer)
#include "test_tokenizer.moc"
