// SPDX-License-Identifier: GPL-3.0-or-later
// Official ATT&CK STIX 2.1 bundles over the built-in catalog: what they
// supersede, what stays, and bundles that must be refused.

#include <QtTest>

#include "core/attack/attack_catalog.h"
#include "core/attack/stix_bundle_reader.h"
#include "tests_support/test_paths.h"

using hitome::core::AttackCatalog;

namespace {

AttackCatalog builtInCatalog() {
    auto catalog = AttackCatalog::fromJson(hitome::test::readFile(hitome::test::resourcesDir() / "attack/catalog.json"));
    if (!catalog) qFatal("built-in catalog does not load: %s", catalog.error().message().c_str());
    return std::move(catalog.value());
}

// A tiny bundle in the official shape: a collection, the enterprise matrix
// (Persistence listed before Execution, and TA0005 under its old name), a
// technique with a new name, a citation and a Markdown link, a revoked
// technique with its revoked-by relationship, a deprecated technique, a
// mobile technique, and noise the reader must skip.
// URLs are written https:\/\/… (valid JSON): moc reads a "//" inside a raw string as a comment.
constexpr const char* kBundle = R"json({
  "type": "bundle", "id": "bundle--1", "spec_version": "2.1",
  "objects": [
    {"type": "x-mitre-collection", "id": "x-mitre-collection--1", "name": "Enterprise ATT&CK", "x_mitre_version": "99.1"},
    {"type": "x-mitre-matrix", "id": "x-mitre-matrix--1", "name": "Enterprise ATT&CK",
     "external_references": [{"source_name": "mitre-attack", "external_id": "enterprise-attack"}],
     "tactic_refs": ["x-mitre-tactic--persistence", "x-mitre-tactic--execution", "x-mitre-tactic--evasion"]},
    {"type": "x-mitre-tactic", "id": "x-mitre-tactic--execution", "name": "Execution", "x_mitre_shortname": "execution",
     "description": "The adversary is trying to run malicious code.",
     "external_references": [{"source_name": "mitre-attack", "external_id": "TA0002", "url": "https:\/\/attack.mitre.org/tactics/TA0002"}]},
    {"type": "x-mitre-tactic", "id": "x-mitre-tactic--persistence", "name": "Persistence", "x_mitre_shortname": "persistence",
     "description": "The adversary is trying to maintain their foothold.",
     "external_references": [{"source_name": "mitre-attack", "external_id": "TA0003", "url": "https:\/\/attack.mitre.org/tactics/TA0003"}]},
    {"type": "x-mitre-tactic", "id": "x-mitre-tactic--evasion", "name": "Defense Evasion", "x_mitre_shortname": "defense-evasion",
     "external_references": [{"source_name": "mitre-attack", "external_id": "TA0005", "url": "https:\/\/attack.mitre.org/tactics/TA0005"}]},
    {"type": "attack-pattern", "id": "attack-pattern--task", "name": "Scheduled Task (official)",
     "description": "Adversaries may abuse the [Windows Task Scheduler](https:\/\/example.invalid/x) to run code.(Citation: Someone 2020)",
     "x_mitre_is_subtechnique": true, "x_mitre_platforms": ["Windows"], "x_mitre_detection": "ignored",
     "kill_chain_phases": [{"kill_chain_name": "mitre-attack", "phase_name": "persistence"},
                           {"kill_chain_name": "mitre-mobile-attack", "phase_name": "execution"}],
     "external_references": [{"source_name": "mitre-attack", "external_id": "T1053.005", "url": "https:\/\/attack.mitre.org/techniques/T1053/005"},
                             {"source_name": "capec", "external_id": "CAPEC-557"}]},
    {"type": "attack-pattern", "id": "attack-pattern--hide", "name": "Hide Things",
     "kill_chain_phases": [{"kill_chain_name": "mitre-attack", "phase_name": "defense-evasion"}],
     "external_references": [{"source_name": "mitre-attack", "external_id": "T1999"}]},
    {"type": "attack-pattern", "id": "attack-pattern--old", "name": "Old Spearphishing", "revoked": true,
     "external_references": [{"source_name": "mitre-attack", "external_id": "T1534"}]},
    {"type": "attack-pattern", "id": "attack-pattern--phish", "name": "Phishing",
     "kill_chain_phases": [{"kill_chain_name": "mitre-attack", "phase_name": "initial-access"}],
     "external_references": [{"source_name": "mitre-attack", "external_id": "T1566"}]},
    {"type": "attack-pattern", "id": "attack-pattern--gone", "name": "Gone", "x_mitre_deprecated": true,
     "kill_chain_phases": [{"kill_chain_name": "mitre-attack", "phase_name": "execution"}],
     "external_references": [{"source_name": "mitre-attack", "external_id": "T1998"}]},
    {"type": "relationship", "id": "relationship--1", "relationship_type": "revoked-by",
     "source_ref": "attack-pattern--old", "target_ref": "attack-pattern--phish"},
    {"type": "relationship", "id": "relationship--2", "relationship_type": "uses", "description": "long text",
     "source_ref": "intrusion-set--x", "target_ref": "attack-pattern--task"},
    {"type": "malware", "id": "malware--1", "name": "Something", "x_mitre_aliases": [[["deep"]]]}
  ]
})json";

AttackCatalog withBundle() {
    AttackCatalog catalog = builtInCatalog();
    const auto status = catalog.applyStixBundle(kBundle);
    if (!status) qFatal("bundle rejected: %s", status.error().message().c_str());
    return catalog;
}

}  // namespace

class TestAttackStix : public QObject {
    Q_OBJECT

private slots:
    void bundleSupersedesTechniqueNameAndMapping() {
        const AttackCatalog catalog = withBundle();
        const auto* task = catalog.technique("T1053.005");
        QVERIFY(task);
        QCOMPARE(task->name, std::string("Scheduled Task (official)"));
        QCOMPARE(task->tacticIds, std::vector<std::string>{"TA0003"});
        QCOMPARE(task->url, std::string("https://attack.mitre.org/techniques/T1053/005"));
        QCOMPARE(task->parentId, std::string("T1053"));
        QCOMPARE(catalog.attackVersion(), std::string("99.1"));
    }

    void bundleAddsDescriptionsWithoutCitations() {
        const AttackCatalog catalog = withBundle();
        QCOMPARE(catalog.technique("T1053.005")->description,
                 std::string("Adversaries may abuse the Windows Task Scheduler to run code."));
        QCOMPARE(catalog.tactic("TA0003")->description, std::string("The adversary is trying to maintain their foothold."));
        QVERIFY(builtInCatalog().technique("T1053.005")->description.empty());
    }

    void bundleSupersedesTacticNamesAndKeepsJapanese() {
        const AttackCatalog catalog = withBundle();
        const auto* ta0005 = catalog.tactic("TA0005");
        QVERIFY(ta0005);
        QCOMPARE(ta0005->name, std::string("Defense Evasion"));
        QCOMPARE(ta0005->nameJa, std::string("ステルス"));
        QCOMPARE(catalog.tactic("stealth"), ta0005);   // the built-in name is now a former name
        QCOMPARE(catalog.tactic("DefenseEvasion"), ta0005);
        QCOMPARE(catalog.technique("T1999")->tacticIds, std::vector<std::string>{"TA0005"});
    }

    void bundleMatrixDecidesOrderAndBuiltInTacticsStay() {
        const AttackCatalog catalog = withBundle();
        std::vector<std::string> ids;
        for (const auto& t : catalog.tacticsInMatrixOrder()) ids.push_back(t.id);
        QCOMPARE(ids.size(), size_t{15});
        const auto pos = [&](const char* id) { return std::find(ids.begin(), ids.end(), id) - ids.begin(); };
        QVERIFY(pos("TA0003") < pos("TA0002"));
        QVERIFY(pos("TA0112") < static_cast<long>(ids.size()));
        QCOMPARE(ids.front(), std::string("TA0043"));
    }

    void bundleRevocationsAndDeprecationsApply() {
        const AttackCatalog catalog = withBundle();
        QVERIFY(catalog.isRevoked("T1534"));
        QCOMPARE(catalog.technique("T1534")->id, std::string("T1566"));
        QVERIFY(!catalog.technique("T1998"));            // deprecated: not added
        QCOMPARE(catalog.technique("T1085")->id, std::string("T1218.011"));   // built-in revocation stays
        QVERIFY(catalog.technique("T1003.001"));        // built-in technique the bundle does not mention
    }

    void badBundleIsRejectedAndCatalogUnchanged_data() {
        QTest::addColumn<QByteArray>("bundle");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("truncated") << QByteArray(kBundle).left(500);
        QTest::newRow("garbage") << QByteArray("\x00\x01\xff\xfe garbage", 14);
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("not a bundle") << QByteArray(R"({"type": "report", "objects": []})");
        QTest::newRow("empty bundle") << QByteArray(R"({"type": "bundle", "objects": []})");
        QTest::newRow("no objects") << QByteArray(R"({"type": "bundle"})");
        QTest::newRow("mobile only") << QByteArray(
            "{\"type\": \"bundle\", \"objects\": [{\"type\": \"x-mitre-tactic\", \"id\": \"x-mitre-tactic--m\", "
            "\"name\": \"Collection\", \"x_mitre_shortname\": \"collection\", \"x_mitre_domains\": [\"mobile-attack\"], "
            "\"external_references\": [{\"source_name\": \"mitre-attack\", \"external_id\": \"TA0035\"}]}, "
            "{\"type\": \"attack-pattern\", \"id\": \"attack-pattern--m\", \"name\": \"Mobile Thing\", "
            "\"kill_chain_phases\": [{\"kill_chain_name\": \"mitre-mobile-attack\", \"phase_name\": \"collection\"}], "
            "\"external_references\": [{\"source_name\": \"mitre-attack\", \"external_id\": \"T1429\"}]}]}");
        QTest::newRow("catalog json") << QByteArray(R"({"format_version": 1, "tactics": [], "techniques": []})");
        QByteArray deep = "{\"type\": \"bundle\", \"objects\": [{\"type\": \"attack-pattern\", \"description\": ";
        deep += QByteArray(100000, '[') + QByteArray(100000, ']') + "}]}";
        QTest::newRow("nested 100000 deep") << deep;
    }
    void badBundleIsRejectedAndCatalogUnchanged() {
        QFETCH(QByteArray, bundle);
        AttackCatalog catalog = builtInCatalog();
        const auto status = catalog.applyStixBundle(std::string_view(bundle.constData(), static_cast<size_t>(bundle.size())));
        QVERIFY(!status.ok());
        QVERIFY(status.error().message().find("STIX bundle") != std::string::npos);
        QCOMPARE(catalog.tactic("TA0005")->name, std::string("Stealth"));
        QCOMPARE(catalog.technique("T1053.005")->name, std::string("Scheduled Task"));
    }

    void truncatedBundleReportsOffset() {
        AttackCatalog catalog = builtInCatalog();
        const auto status = catalog.applyStixBundle(std::string_view(kBundle, 300));
        QVERIFY(!status.ok());
        QVERIFY(status.error().offset.has_value());
        QVERIFY(*status.error().offset <= 300);
    }

    void descriptionCleanupKeepsPlainText() {
        using hitome::core::cleanStixDescription;
        QCOMPARE(cleanStixDescription("Run [rundll32](https://x/y) now. (Citation: A) (Citation: B)"),
                 std::string("Run rundll32 now."));
        QCOMPARE(cleanStixDescription("Unclosed [link](no end"), std::string("Unclosed [link](no end"));
        QCOMPARE(cleanStixDescription("Broken (Citation: x"), std::string("Broken"));
        QCOMPARE(cleanStixDescription(""), std::string());
    }

    void realBundleLoadsWhenPresent() {
        // Optional: an official bundle placed next to the corpus.
        const auto path = hitome::test::sharedDir() / "reference" / "enterprise-attack.json";
        if (!std::filesystem::exists(path)) QSKIP("no official enterprise-attack.json in ../shared/reference");
        AttackCatalog catalog = builtInCatalog();
        const auto status = catalog.applyStixBundle(hitome::test::readFile(path));
        QVERIFY2(status.ok(), status.ok() ? "" : status.error().message().c_str());
        QVERIFY(catalog.tacticsInMatrixOrder().size() >= 14);
        QVERIFY(!catalog.technique("T1053.005")->description.empty());
    }
};

QTEST_APPLESS_MAIN(TestAttackStix)
#include "test_attack_stix.moc"
