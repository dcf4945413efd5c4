// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in ATT&CK catalog: v19 tactics and order, old spellings, revoked
// IDs, Defender categories, the generator's output, and STIX bundles.

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

#include "core/attack/attack_catalog.h"
#include "core/attack/attack_lookup_key.h"
#include "tests_support/test_paths.h"

using hitome::core::AttackCatalog;
using hitome::core::kOtherTactic;

namespace {

AttackCatalog builtInCatalog() {
    auto catalog = AttackCatalog::fromJson(hitome::test::readFile(hitome::test::resourcesDir() / "attack/catalog.json"));
    if (!catalog) qFatal("built-in catalog does not load: %s", catalog.error().message().c_str());
    return std::move(catalog.value());
}

QStringList toQt(const std::vector<std::string>& list) {
    QStringList out;
    for (const auto& s : list) out << QString::fromStdString(s);
    return out;
}

}  // namespace

class TestAttackCatalog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { m_catalog = builtInCatalog(); }

    void hasFifteenTacticsInV19MatrixOrder() {
        QStringList ids;
        for (const auto& t : m_catalog.tacticsInMatrixOrder()) ids << QString::fromStdString(t.id);
        QCOMPARE(ids, QStringList({"TA0043", "TA0042", "TA0001", "TA0002", "TA0003", "TA0004", "TA0005", "TA0112",
                                   "TA0006", "TA0007", "TA0008", "TA0009", "TA0011", "TA0010", "TA0040"}));
        QCOMPARE(m_catalog.attackVersion(), std::string("19.1"));
    }

    void tacticCarriesNamesInBothLanguages() {
        const auto* persistence = m_catalog.tactic("TA0003");
        QVERIFY(persistence);
        QCOMPARE(persistence->name, std::string("Persistence"));
        QCOMPARE(persistence->nameJa, std::string("永続化"));
        QCOMPARE(persistence->defenderLabelJa, std::string("常設"));
        QCOMPARE(persistence->url, std::string("https://attack.mitre.org/tactics/TA0003/"));
        const auto* stealth = m_catalog.tactic("TA0005");
        QVERIFY(stealth);
        QCOMPARE(stealth->name, std::string("Stealth"));
        QCOMPARE(stealth->shortname, std::string("stealth"));
        QCOMPARE(stealth->nameJa, std::string("ステルス"));
        QVERIFY(std::count(stealth->formerNames.begin(), stealth->formerNames.end(), "Defense Evasion") == 1);
    }

    void tacticResolvesFromAnySpelling_data() {
        QTest::addColumn<QString>("spelling");
        QTest::addColumn<QString>("id");
        const char* rows[][2] = {
            {"TA0005", "TA0005"}, {"ta0005", "TA0005"}, {"Stealth", "TA0005"}, {"stealth", "TA0005"},
            {"Defense Evasion", "TA0005"}, {"defense-evasion", "TA0005"}, {"DefenseEvasion", "TA0005"},
            {"DEFENSE_EVASION", "TA0005"}, {"防御回避", "TA0005"}, {"ステルス", "TA0005"},
            {"Defense Impairment", "TA0112"}, {"defense-impairment", "TA0112"}, {"防御機能の妨害", "TA0112"},
            {"persistence", "TA0003"}, {"永続化", "TA0003"}, {"常設", "TA0003"}, {" Persistence ", "TA0003"},
            {"CommandAndControl", "TA0011"}, {"command-and-control", "TA0011"}, {"Command & Control", "TA0011"},
            {"コマンド&コントロール", "TA0011"}, {"コマンド＆コントロール", "TA0011"},
            {"LateralMovement", "TA0008"}, {"水平展開", "TA0008"}, {"PrivilegeEscalation", "TA0004"},
            {"ResourceDevelopment", "TA0042"}, {"initial_access", "TA0001"}, {"持ち出し", "TA0010"}};
        for (const auto& row : rows) QTest::newRow(row[0]) << QString::fromUtf8(row[0]) << QString::fromUtf8(row[1]);
    }
    void tacticResolvesFromAnySpelling() {
        QFETCH(QString, spelling);
        QFETCH(QString, id);
        const auto* tactic = m_catalog.tactic(spelling.toStdString());
        QVERIFY2(tactic, qPrintable(spelling));
        QCOMPARE(QString::fromStdString(tactic->id), id);
    }

    void unknownTacticIsNull() {
        QVERIFY(!m_catalog.tactic("Malware"));
        QVERIFY(!m_catalog.tactic(""));
        QVERIFY(!m_catalog.tactic(kOtherTactic));
        QVERIFY(!m_catalog.tactic("TA9999"));
    }

    void techniqueHasNameTacticsUrlAndParent() {
        const auto* t = m_catalog.technique("T1053.005");
        QVERIFY(t);
        QCOMPARE(t->name, std::string("Scheduled Task"));
        QCOMPARE(t->url, std::string("https://attack.mitre.org/techniques/T1053/005/"));
        QVERIFY(t->isSubtechnique);
        QCOMPARE(t->parentId, std::string("T1053"));
        QCOMPARE(toQt(t->tacticIds), QStringList({"TA0002", "TA0003", "TA0004"}));
        QCOMPARE(m_catalog.technique("t1053/005"), t);
        QCOMPARE(m_catalog.fullName(*t), std::string("Scheduled Task/Job: Scheduled Task"));
        QCOMPARE(m_catalog.fullName(*m_catalog.technique("T1053")), std::string("Scheduled Task/Job"));
        QVERIFY(!m_catalog.technique("T1053")->isSubtechnique);
        QVERIFY(!m_catalog.technique("T9999"));
        QVERIFY(!m_catalog.technique("not an id"));
    }

    void v19MappingMovesDefenseEvasionTechniques() {
        QCOMPARE(toQt(m_catalog.tacticIdsForTechnique("T1685")), QStringList({"TA0112"}));
        QCOMPARE(toQt(m_catalog.tacticIdsForTechnique("T1112")), QStringList({"TA0003", "TA0112"}));
        QCOMPARE(toQt(m_catalog.tacticIdsForTechnique("T1027.018")), QStringList({"TA0005"}));
        QCOMPARE(toQt(m_catalog.tacticIdsForTechnique("T1556.001")), QStringList({"TA0003", "TA0112", "TA0006"}));
        QCOMPARE(toQt(m_catalog.tacticIdsForTechnique("T1059.001")), QStringList({"TA0002"}));
        for (const auto& t : m_catalog.techniques()) {
            QVERIFY2(!t.tacticIds.empty(), t.id.c_str());
            if (t.isSubtechnique) QCOMPARE(t.tacticIds, m_catalog.technique(t.parentId)->tacticIds);
        }
    }

    void countsMatchTheV19Release() {
        size_t parents = 0, subs = 0;
        for (const auto& t : m_catalog.techniques()) (t.isSubtechnique ? subs : parents)++;
        QCOMPARE(parents, size_t{222});
        QCOMPARE(subs, size_t{475});
    }

    void revokedIdsResolveToReplacements_data() {
        QTest::addColumn<QString>("revoked");
        QTest::addColumn<QString>("replacement");
        QTest::newRow("T1064 Scripting") << "T1064" << "T1059";
        QTest::newRow("T1085 Rundll32") << "T1085" << "T1218.011";
        QTest::newRow("lower case") << "t1085" << "T1218.011";
        QTest::newRow("T1086 PowerShell") << "T1086" << "T1059.001";
        QTest::newRow("T1574.002 DLL side-loading") << "T1574.002" << "T1574.001";
        QTest::newRow("T1562.001 (v19)") << "T1562.001" << "T1685";
        QTest::newRow("T1070.001 (v19)") << "T1070.001" << "T1685.005";
        QTest::newRow("chain T1089 -> T1562.001 -> T1685") << "T1089" << "T1685";
        QTest::newRow("T1656 Impersonation") << "T1656" << "T1684.001";
    }
    void revokedIdsResolveToReplacements() {
        QFETCH(QString, revoked);
        QFETCH(QString, replacement);
        QVERIFY(m_catalog.isRevoked(revoked.toStdString()));
        QCOMPARE(QString::fromStdString(m_catalog.resolveTechniqueId(revoked.toStdString())), replacement);
        const auto* t = m_catalog.technique(revoked.toStdString());
        QVERIFY(t);
        QCOMPARE(QString::fromStdString(t->id), replacement);
        QVERIFY(!m_catalog.tacticIdsForTechnique(revoked.toStdString()).empty());
    }

    void currentTechniquesAreNotRevoked() {
        for (const char* id : {"T1534", "T1566.003", "T1053.005", "T1059"}) {
            QVERIFY2(!m_catalog.isRevoked(id), id);
            QCOMPARE(m_catalog.resolveTechniqueId(id), std::string(id));
        }
        QCOMPARE(m_catalog.resolveTechniqueId("T1053/005"), std::string("T1053.005"));
        QVERIFY(m_catalog.resolveTechniqueId("nonsense").empty());
    }

    void everyDefenderCategoryMaps_data() {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QStringList>("tactics");
        const auto row = [](const char* category, QStringList tactics) { QTest::newRow(category) << QString::fromUtf8(category) << tactics; };
        row("InitialAccess", {"TA0001"});
        row("Execution", {"TA0002"});
        row("Persistence", {"TA0003"});
        row("PrivilegeEscalation", {"TA0004"});
        row("DefenseEvasion", {"TA0005"});
        row("CredentialAccess", {"TA0006"});
        row("Discovery", {"TA0007"});
        row("LateralMovement", {"TA0008"});
        row("Collection", {"TA0009"});
        row("CommandAndControl", {"TA0011"});
        row("Exfiltration", {"TA0010"});
        row("Impact", {"TA0040"});
        row("Reconnaissance", {"TA0043"});
        row("ResourceDevelopment", {"TA0042"});
        row("Command and control", {"TA0011"});
        row("CredentialTheft", {"TA0006"});
        row("Execution, Persistence", {"TA0002", "TA0003"});
        row("Persistence;Execution;Persistence", {"TA0002", "TA0003"});
        for (const char* other : {"Malware", "SuspiciousActivity", "UnwantedSoftware", "Ransomware", "Exploit", "null", "",
                                  "  ", "AdvancedHunting-DeviceProcessEvents", "Bogus"})
            row(other, {"other"});
    }
    void everyDefenderCategoryMaps() {
        QFETCH(QString, category);
        QFETCH(QStringList, tactics);
        QCOMPARE(toQt(m_catalog.tacticIdsForCategory(category.toStdString())), tactics);
    }

    void lookupKeyIgnoresCaseAndSeparators() {
        using hitome::core::attackLookupKey;
        QCOMPARE(attackLookupKey("Defense Evasion"), attackLookupKey("defense-evasion"));
        QCOMPARE(attackLookupKey("DefenseEvasion"), attackLookupKey("DEFENSE_EVASION"));
        QCOMPARE(attackLookupKey("Command & Control"), attackLookupKey("CommandAndControl"));
        QVERIFY(attackLookupKey("Persistence") != attackLookupKey("Execution"));
        QCOMPARE(hitome::core::normalizeTechniqueId(" t1003.001 "), std::string("T1003.001"));
        QVERIFY(hitome::core::normalizeTechniqueId("T1003.1").empty());
        QVERIFY(hitome::core::normalizeTechniqueId("T10031").empty());
        QVERIFY(hitome::core::normalizeTechniqueId("X1003").empty());
    }

    void fromJsonRejectsBrokenCatalogs_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("truncated") << QByteArray(R"({"format_version": 1, "tactics": [)");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("wrong version") << QByteArray(R"({"format_version": 2, "tactics": [], "techniques": []})");
        QTest::newRow("version as string") << QByteArray(R"({"format_version": "1", "tactics": [], "techniques": []})");
        QTest::newRow("no tactics") << QByteArray(R"({"format_version": 1, "tactics": [], "techniques": []})");
        QTest::newRow("tactic without id") << QByteArray(
            R"({"format_version": 1, "tactics": [{"name": "X", "shortname": "x"}], "techniques": []})");
        QTest::newRow("unknown tactic") << QByteArray(
            R"({"format_version": 1, "tactics": [{"id": "TA0001", "name": "Initial Access", "shortname": "initial-access"}],
                "techniques": [{"id": "T1001", "name": "X", "tactics": ["TA0002"]}]})");
        QTest::newRow("bad technique id") << QByteArray(
            R"({"format_version": 1, "tactics": [{"id": "TA0001", "name": "Initial Access", "shortname": "initial-access"}],
                "techniques": [{"id": "1001", "name": "X", "tactics": ["TA0001"]}]})");
    }
    void fromJsonRejectsBrokenCatalogs() {
        QFETCH(QByteArray, json);
        const auto catalog = AttackCatalog::fromJson(std::string_view(json.constData(), static_cast<size_t>(json.size())));
        QVERIFY(!catalog.ok());
        QVERIFY(!catalog.error().message().empty());
    }

    void truncatedCatalogReportsOffset() {
        const auto catalog = AttackCatalog::fromJson(R"({"format_version": 1, "tactics": [)");
        QVERIFY(!catalog.ok());
        QVERIFY(catalog.error().offset.has_value());
    }

    void generatedResourceEqualsGeneratorOutput() {
        const auto referenceDir = hitome::test::sharedDir() / "reference";
        if (!std::filesystem::is_directory(referenceDir)) QSKIP("../shared/reference is not present");
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty()) QSKIP("python3 is not installed");
        QProcess proc;
        proc.start(python, {QString::fromStdString((hitome::test::sourceDir() / "scripts/gen_attack_catalog.py").string()),
                            QString::fromStdString(referenceDir.string()), QStringLiteral("-o"), QStringLiteral("-")});
        QVERIFY(proc.waitForFinished(60000));
        QCOMPARE(proc.exitCode(), 0);
        const QByteArray generated = proc.readAllStandardOutput();
        const std::string committed = hitome::test::readFile(hitome::test::resourcesDir() / "attack/catalog.json");
        QVERIFY2(generated.toStdString() == committed,
                 "resources/attack/catalog.json is stale: run python3 scripts/gen_attack_catalog.py");
    }

private:
    AttackCatalog m_catalog;
};

QTEST_APPLESS_MAIN(TestAttackCatalog)
#include "test_attack_catalog.moc"
