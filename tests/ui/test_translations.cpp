// SPDX-License-Identifier: GPL-3.0-or-later
// The Japanese translation is complete and compiled in; switching language
// changes tactic names (永続化 with Defender's 常設) and window text.

#include <QFile>
#include <QRegularExpression>
#include <QtTest>

#include "tests_support/test_paths.h"
#include "ui/models/alert_labels.h"
#include "ui/util/language_manager.h"
#include "ui/util/tactic_info.h"

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
