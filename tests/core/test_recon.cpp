// SPDX-License-Identifier: GPL-3.0-or-later
// Attacker-command phases: classification of single commands (program and
// cmd /c forms) and the burst detector on attacker and admin-like sequences.

#include <QtTest>

#include "core/detect/recon_burst_detector.h"
#include "core/detect/recon_classifier.h"

using namespace hitome::core;

namespace {

std::string commandOf(const std::string& image, const std::string& commandLine) {
    const auto c = classifyReconCommand(image, commandLine);
    return c ? c->command + "@" + std::string(reconPhaseName(c->phase)) : std::string("-");
}

ReconObservation obs(const std::string& parent, int seconds, const std::string& image, const std::string& commandLine,
                     const std::string& user = "CORP\\alice") {
    ReconObservation o;
    o.host = "PC01";
    o.parentKey = parent;
    o.user = user;
    o.time = seconds * kTicksPerSecond;
    auto c = classifyReconCommand(image, commandLine);
    if (c) o.command = *c;
    return o;
}

}  // namespace

class TestRecon : public QObject {
    Q_OBJECT

private slots:
    void classifiesPrograms_data() {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("commandLine");
        QTest::addColumn<QString>("expected");
        QTest::newRow("tasklist") << "C:\\Windows\\System32\\tasklist.exe" << "tasklist /v" << "tasklist@initial-recon";
        QTest::newRow("net time") << "C:\\Windows\\System32\\net.exe" << "net time \\\\dc01" << "net time@initial-recon";
        QTest::newRow("net1 user") << "C:\\Windows\\System32\\net1.exe" << "C:\\Windows\\system32\\net1 user /domain"
                                   << "net user@exploration";
        QTest::newRow("net group") << "C:\\Windows\\System32\\NET.EXE" << "NET GROUP \"Domain Admins\" /domain"
                                   << "net group@exploration";
        QTest::newRow("net other") << "C:\\Windows\\System32\\net.exe" << "net stop spooler" << "-";
        QTest::newRow("netsh fw") << "C:\\Windows\\System32\\netsh.exe" << "netsh advfirewall set allprofiles state off"
                                  << "netsh advfirewall@spread";
        QTest::newRow("netsh wlan") << "C:\\Windows\\System32\\netsh.exe" << "netsh wlan show profiles" << "-";
        QTest::newRow("wmic") << "C:\\Windows\\System32\\wbem\\WMIC.exe" << "wmic /node:x process call create a"
                              << "wmic@spread";
        QTest::newRow("nltest") << "C:\\Windows\\System32\\nltest.exe" << "nltest /dclist:corp" << "nltest@exploration";
        QTest::newRow("notepad") << "C:\\Windows\\notepad.exe" << "notepad a.txt" << "-";
        QTest::newRow("cmd dir") << "C:\\Windows\\System32\\cmd.exe" << "cmd.exe /c dir c:\\users" << "dir@exploration";
        QTest::newRow("cmd quoted dir") << "C:\\Windows\\System32\\cmd.exe" << "cmd /c \"dir /s c:\\\"" << "dir@exploration";
        QTest::newRow("cmd ver") << "C:\\Windows\\System32\\cmd.exe" << "cmd /c ver" << "ver@initial-recon";
        QTest::newRow("cmd type") << "C:\\Windows\\System32\\cmd.exe" << "cmd /c type c:\\x.txt" << "type@exploration";
        QTest::newRow("cmd set chained") << "C:\\Windows\\System32\\cmd.exe" << "cmd /c set&whoami" << "set@initial-recon";
        QTest::newRow("cmd external") << "C:\\Windows\\System32\\cmd.exe" << "cmd /c net user" << "-";
        QTest::newRow("cmd plain") << "C:\\Windows\\System32\\cmd.exe" << "cmd.exe" << "-";
        QTest::newRow("no image") << "" << "whoami /all" << "whoami@initial-recon";
    }

    void classifiesPrograms() {
        QFETCH(QString, image);
        QFETCH(QString, commandLine);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(commandOf(image.toStdString(), commandLine.toStdString())), expected);
    }

    void attackerSequenceFromOneShellRaisesBurst() {
        const std::string shell = "g:{rat}";
        const std::vector<ReconObservation> o = {
            obs(shell, 0, "tasklist.exe", "tasklist"),       obs(shell, 20, "whoami.exe", "whoami"),
            obs(shell, 45, "ipconfig.exe", "ipconfig /all"), obs(shell, 90, "net.exe", "net user"),
            obs(shell, 130, "net.exe", "net group \"domain admins\" /domain"),
        };
        const auto bursts = findReconBursts(o);
        QCOMPARE(bursts.size(), size_t(1));
        QVERIFY(!bursts[0].isByUser);
        QCOMPARE(bursts[0].members.size(), size_t(5));
        QCOMPARE(bursts[0].commands.size(), size_t(5));
        QVERIFY(!bursts[0].hasSpread);
    }

    void spreadCommandMarksBurst() {
        const std::string shell = "g:{rat}";
        const std::vector<ReconObservation> o = {
            obs(shell, 0, "whoami.exe", "whoami"), obs(shell, 10, "net.exe", "net view"),
            obs(shell, 20, "ping.exe", "ping dc01"), obs(shell, 30, "at.exe", "at \\\\dc01 12:00 x.bat"),
        };
        const auto bursts = findReconBursts(o);
        QCOMPARE(bursts.size(), size_t(1));
        QVERIFY(bursts[0].hasSpread);
    }

    void adminLikeSequencesStayQuiet() {
        // An inventory agent: four commands, but all initial recon.
        std::vector<ReconObservation> agent = {
            obs("g:{agent}", 0, "systeminfo.exe", "systeminfo"), obs("g:{agent}", 1, "ipconfig.exe", "ipconfig /all"),
            obs("g:{agent}", 2, "tasklist.exe", "tasklist"), obs("g:{agent}", 3, "netstat.exe", "netstat -ano"),
        };
        QVERIFY(findReconBursts(agent).empty());
        // A helpdesk user checking the network twice an hour apart.
        std::vector<ReconObservation> helpdesk = {
            obs("g:{a}", 0, "ipconfig.exe", "ipconfig"), obs("g:{a}", 30, "ping.exe", "ping gw"),
            obs("g:{b}", 3600, "ipconfig.exe", "ipconfig /renew"), obs("g:{b}", 3630, "net.exe", "net use"),
        };
        QVERIFY(findReconBursts(helpdesk).empty());
        // The same commands repeated do not count twice.
        std::vector<ReconObservation> repeated;
        for (int i = 0; i < 10; ++i) repeated.push_back(obs("g:{s}", i * 10, i % 2 ? "ping.exe" : "ipconfig.exe", "x"));
        QVERIFY(findReconBursts(repeated).empty());
    }

    void slowCommandsSplitIntoSessions() {
        const std::string shell = "g:{rat}";
        std::vector<ReconObservation> o = {
            obs(shell, 0, "tasklist.exe", "tasklist"), obs(shell, 1000, "whoami.exe", "whoami"),
            obs(shell, 2000, "net.exe", "net user"), obs(shell, 3000, "net.exe", "net view"),
        };
        QVERIFY(findReconBursts(o).empty());   // > 10 minutes between each
    }

    void userGroupingCatchesFreshParents() {
        // Every command from a different parent (e.g. a new shell each time) but the same user.
        std::vector<ReconObservation> o;
        const char* images[] = {"tasklist.exe", "whoami.exe", "ipconfig.exe", "systeminfo.exe", "nltest.exe", "ping.exe"};
        for (int i = 0; i < 6; ++i) o.push_back(obs("g:{p" + std::to_string(i) + "}", i * 30, images[i], "x"));
        const auto bursts = findReconBursts(o);
        QCOMPARE(bursts.size(), size_t(1));
        QVERIFY(bursts[0].isByUser);
    }

    // The documented thresholds, at their edges: 4 different commands from one
    // parent over 2 phases, at most 10 minutes apart; 6 for one user.
    void parentThresholdsAtTheirEdges() {
        const std::string shell = "g:{rat}";
        std::vector<ReconObservation> three = {
            obs(shell, 0, "whoami.exe", "whoami"), obs(shell, 10, "ipconfig.exe", "ipconfig"),
            obs(shell, 20, "net.exe", "net view"), obs(shell, 30, "whoami.exe", "whoami /priv"),
        };
        QVERIFY(findReconBursts(three).empty());   // three different commands, one repeated
        auto four = three;
        four.push_back(obs(shell, 30 + 599, "nltest.exe", "nltest /dclist:corp"));   // 9 min 59 s later
        QCOMPARE(findReconBursts(four).size(), size_t(1));
        auto late = three;
        late.push_back(obs(shell, 30 + 601, "nltest.exe", "nltest /dclist:corp"));   // 10 min 1 s later
        QVERIFY(findReconBursts(late).empty());
    }

    void userThresholdAtItsEdgeAndPerHost() {
        const char* images[] = {"tasklist.exe", "whoami.exe", "ipconfig.exe", "systeminfo.exe", "nltest.exe", "ping.exe"};
        std::vector<ReconObservation> five;
        for (int i = 0; i < 5; ++i) five.push_back(obs("g:{p" + std::to_string(i) + "}", i * 30, images[i], "x"));
        QVERIFY(findReconBursts(five).empty());   // five different commands by one user: below six
        // Six, but split over two hosts: each host sees three.
        std::vector<ReconObservation> split;
        for (int i = 0; i < 6; ++i) {
            split.push_back(obs("g:{p" + std::to_string(i) + "}", i * 30, images[i], "x"));
            split.back().host = i % 2 ? "PC01" : "PC02";
        }
        QVERIFY(findReconBursts(split).empty());
    }

    void adminScriptsAcrossManyHostsStayQuiet() {
        // A software-deployment agent runs the same inventory on every host:
        // each host sees initial-recon commands only, however many hosts.
        std::vector<ReconObservation> o;
        for (int h = 0; h < 20; ++h)
            for (const char* image : {"systeminfo.exe", "ipconfig.exe", "whoami.exe", "tasklist.exe", "netstat.exe"}) {
                o.push_back(obs("g:{agent" + std::to_string(h) + "}", h * 5, image, "x", "NT AUTHORITY\\SYSTEM"));
                o.back().host = "PC" + std::to_string(h);
            }
        QVERIFY(findReconBursts(o).empty());
    }
};

QTEST_APPLESS_MAIN(TestRecon)
#include "test_recon.moc"
