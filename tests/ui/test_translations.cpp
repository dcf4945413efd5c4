// SPDX-License-Identifier: GPL-3.0-or-later
// The Japanese translation is complete and compiled in; switching language
// changes tactic names (永続化 with Defender's 常設) and window text.

#include <QFile>
#include <QRegularExpression>
#include <QtTest>

#include "tests_support/test_paths.h"
#include "ui/models/alert_labels.h"
#include "ui/util/language_manager.h"
#include "ui/util/attack_catalog_loader.h"
#include "ui/util/tactic_info.h"
#include "ui/widgets/alert_filter_bar.h"
#include "ui/widgets/tactic_chart_widget.h"
#include <QToolButton>

using namespace hitome::ui;

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void japaneseTsHasNoUnfinishedEntries() {
        QFile ts(QString::fromStdString((hitome::test::sourceDir() / "resources/translations/hitome_ja.ts").string()));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ts.readAll());
        QVERIFY(text.contains(QStringLiteral("<message")));
        QCOMPARE(text.count(QStringLiteral("type=\"unfinished\"")), 0);
        QCOMPARE(text.count(QRegularExpression(QStringLiteral("<translation>\\s*</translation>"))), 0);
    }

    void compiledTranslationsAreBundled() {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/hitome_ja.qm")));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/hitome_en.qm")));
    }

    // Tactic names come from the ATT&CK catalog, the same one core maps alerts with.
    void tacticsAreTheCatalogsInMatrixOrder() {
        const auto& catalog = loadAttackCatalog().tacticsInMatrixOrder();
        QCOMPARE(workbenchTactics().size(), catalog.size());
        for (std::size_t i = 0; i < catalog.size(); ++i) {
            QCOMPARE(workbenchTactics()[i].id, QString::fromStdString(catalog[i].id));
            QCOMPARE(workbenchTactics()[i].nameJa, QString::fromStdString(catalog[i].nameJa));
        }
        const TacticInfo* impairment = findTactic(QStringLiteral("TA0112"));
        QVERIFY(impairment);
        QCOMPARE(impairment->name, QStringLiteral("Defense Impairment"));
        QCOMPARE(impairment->nameJa, QString::fromStdString(loadAttackCatalog().tactic("TA0112")->nameJa));
    }

    // Where analysts look for a tactic (chart labels, the list's Tactics
    // column, the chip) Japanese shows 永続化 with Defender's 常設 beside it.
    void japaneseChartAndListShowDefendersLabel() {
        LanguageManager languages;
        languages.apply(QStringLiteral("ja"));
        TacticChartWidget chart;
        chart.setCounts({});
        QCoreApplication::processEvents();
        QVERIFY(chart.categoryNames().contains(QString::fromUtf8("永続化 (常設)")));
        QVERIFY(chart.categoryNames().contains(QString::fromUtf8("ステルス (防御回避)")));
        QCOMPARE(tacticListText(QStringLiteral("TA0002,TA0003")), QString::fromUtf8("実行, 永続化 (常設)"));
        AlertFilterBar bar;
        bar.setTactic(QStringLiteral("TA0003"));
        QVERIFY(bar.tacticChip()->text().contains(QString::fromUtf8("永続化 (常設)")));
        languages.apply(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QVERIFY(chart.categoryNames().contains(QStringLiteral("Persistence")));
    }

    void systemLocalePicksTheLanguage() {
        QCOMPARE(LanguageManager::languageForLocale(QLocale(QLocale::Japanese, QLocale::Japan)), QStringLiteral("ja"));
        QCOMPARE(LanguageManager::languageForLocale(QLocale(QLocale::English, QLocale::UnitedStates)), QStringLiteral("en"));
        QCOMPARE(LanguageManager::languageForLocale(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("en"));
    }

    void switchingLanguageChangesTacticNamesAndLabels() {
        LanguageManager languages;
        languages.apply(QStringLiteral("ja"));
        QVERIFY(isJapaneseUi());
        const TacticInfo* persistence = findTactic(QStringLiteral("TA0003"));
        QVERIFY(persistence);
        QCOMPARE(tacticDisplayName(*persistence), QString::fromUtf8("永続化 (常設)"));
        QCOMPARE(severityLabel(3), QString::fromUtf8("高"));
        languages.apply(QStringLiteral("en"));
        QVERIFY(!isJapaneseUi());
        QCOMPARE(tacticDisplayName(*persistence), QStringLiteral("Persistence"));
        QCOMPARE(severityLabel(3), QStringLiteral("High"));
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
