// SPDX-License-Identifier: GPL-3.0-or-later
// Attacker text in tooltips and cells is shown literally: markup is never
// interpreted, hidden characters are marked, huge values are cut.

#include <QTextDocument>
#include <QtTest>

#include "ui/util/inert_text.h"

using namespace hitome::ui;

namespace {
// What a tooltip label shows for `tooltip`: Qt renders it as rich text.
QString shownText(const QString& tooltip) {
    QTextDocument doc;
    doc.setHtml(tooltip);
    return doc.toPlainText();
}
}  // namespace

class TestInertText : public QObject {
    Q_OBJECT
private slots:
    void markupIsShownNotInterpreted() {
        const QString hostile = QStringLiteral("cmd /c echo <img src=x onerror=alert(1)><b>bold</b> & \"<a href='javascript:x'>y</a>\"");
        const QString tip = inertToolTip(hostile);
        QVERIFY(!tip.contains(QStringLiteral("<img")));
        QVERIFY(!tip.contains(QStringLiteral("<b>")));
        QCOMPARE(shownText(tip), hostile);
    }

    void lineBreaksAndSpacesSurvive() {
        const QString text = QStringLiteral("line one\nline  two");
        QCOMPARE(shownText(inertToolTip(text)), text);
    }

    void bidiAndControlCharactersAreMarked() {
        const std::string spoof = "invoice\xE2\x80\xAE" "fdp.exe\x01";
        const QString cell = visibleQString(spoof);
        QVERIFY(!cell.contains(QChar(0x202E)));
        QVERIFY(cell.contains(QStringLiteral("U+202E")));
        QVERIFY(shownText(inertToolTip(QString::fromStdString(spoof))).contains(QStringLiteral("U+202E")));
    }

    void hugeValuesAreCut() {
        const QString huge(1 << 20, QLatin1Char('A'));
        const QString shown = shownText(inertToolTip(huge));
        QVERIFY(shown.size() < 5000);
        QVERIFY(shown.endsWith(QStringLiteral("…")));
        QVERIFY(inertToolTip(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInertText)
#include "test_inert_text.moc"
