// SPDX-License-Identifier: GPL-3.0-or-later
// The detail pane's rendering of an explanation: attacker text with NUL,
// control characters and bidi overrides is shown as visible markers and
// HTML-escaped; nested roles and decoded-layer kinds are worded in the
// pane's language.

#include <QtTest>

#include "core/explain/command_explainer.h"
#include "ui/views/explanation_html.h"

using namespace hitome;

class TestExplanationHtml : public QObject {
    Q_OBJECT
private slots:
    void hostileTextIsVisibleAndEscaped() {
        const std::string line = std::string("schtasks /create /tn \"<b>a") + '\0' +
                                 "b\x01\xE2\x80\xAE" "exe.txt\" /tr \"C:\\x\x1b[31m.exe\" /sc once /st 1:00";
        const core::Explanation ex = core::CommandExplainer(nullptr).explain(line);
        for (core::Lang lang : {core::Lang::En, core::Lang::Ja}) {
            const QString html = ui::ExplanationHtml::render(ex, lang);
            QVERIFY(!html.contains(QChar(0x202E)));
            QVERIFY(!html.contains(QChar(0x1B)));
            QVERIFY(!html.contains(QChar(0)));
            QVERIFY(!html.contains(QStringLiteral("<b>a")));
            QVERIFY(html.contains(QStringLiteral("U+202E")));
            QVERIFY(html.contains(QStringLiteral("U+0000")));
        }
    }

    void nestedRoleIsLocalized() {
        const core::Explanation ex = core::CommandExplainer(nullptr).explain("schtasks /create /tn T /tr C:\\Users\\Public\\x.exe /sc daily");
        QVERIFY(ui::ExplanationHtml::render(ex, core::Lang::Ja).contains(QStringLiteral("タスクが実行するプログラム")));
        QVERIFY(ui::ExplanationHtml::render(ex, core::Lang::En).contains(QStringLiteral("program the task runs")));
    }

    void decodedLayerKindIsLocalized() {
        // "whoami" as UTF-16LE base64, as -EncodedCommand carries it.
        const core::Explanation ex = core::CommandExplainer(nullptr).explain("powershell -enc dwBoAG8AYQBtAGkA");
        QVERIFY(!ex.decoded.empty());
        const QString ja = ui::ExplanationHtml::render(ex, core::Lang::Ja);
        QVERIFY2(ja.contains(QStringLiteral("base64 をデコード")), qPrintable(ja));
        QVERIFY(!ja.contains(QStringLiteral("base64+utf16le")));
        QVERIFY(ui::ExplanationHtml::render(ex, core::Lang::En).contains(QStringLiteral("base64 decoded")));
    }
};

QTEST_APPLESS_MAIN(TestExplanationHtml)
#include "test_explanation_html.moc"
