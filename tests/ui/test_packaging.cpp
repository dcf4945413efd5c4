// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop integration files in packaging/ agree with each other and with the
// program: the .desktop entry launches `hitome` with its icon and opens the
// case MIME type that the shared-mime-info file defines for *.hitome; the
// AppStream metainfo points at that desktop entry; the icon renders.

#include <QFile>
#include <QSettings>
#include <QSvgRenderer>
#include <QXmlStreamReader>
#include <QtTest>

#include "tests_support/test_paths.h"

namespace {

QString packagingFile(const char* name) {
    return QString::fromStdString((hitome::test::sourceDir() / "packaging" / name).string());
}

struct XmlElement {
    QXmlStreamAttributes attributes;
    QString text;
};

// The first element called `name` in the file (empty when none).
XmlElement firstElement(const QString& path, const QString& name) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != name) continue;
        XmlElement e{xml.attributes(), {}};
        e.text = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        return e;
    }
    return {};
}

}  // namespace

class TestPackaging : public QObject {
    Q_OBJECT
private slots:
    void desktopEntryLaunchesHitomeAndOpensCases() {
        QSettings desktop(packagingFile("hitome.desktop"), QSettings::IniFormat);
        desktop.beginGroup(QStringLiteral("Desktop Entry"));
        QCOMPARE(desktop.value(QStringLiteral("Type")).toString(), QStringLiteral("Application"));
        QCOMPARE(desktop.value(QStringLiteral("Exec")).toString(), QStringLiteral("hitome %F"));
        QCOMPARE(desktop.value(QStringLiteral("Icon")).toString(), QStringLiteral("hitome"));
        QVERIFY(!desktop.value(QStringLiteral("Name[ja]")).toString().isEmpty());
        QVERIFY(desktop.value(QStringLiteral("MimeType")).toString().contains(QStringLiteral("application/x-hitome-case")));
    }

    void mimeTypeMatchesCaseFiles() {
        const QString mime = packagingFile("hitome-mime.xml");
        QCOMPARE(firstElement(mime, QStringLiteral("mime-type")).attributes.value(QStringLiteral("type")).toString(),
                 QStringLiteral("application/x-hitome-case"));
        QCOMPARE(firstElement(mime, QStringLiteral("glob")).attributes.value(QStringLiteral("pattern")).toString(),
                 QStringLiteral("*.hitome"));
    }

    void metainfoNamesTheDesktopEntryAndBinary() {
        const QString metainfo = packagingFile("io.github.hitome.Hitome.metainfo.xml");
        QCOMPARE(firstElement(metainfo, QStringLiteral("component")).attributes.value(QStringLiteral("type")).toString(),
                 QStringLiteral("desktop-application"));
        QCOMPARE(firstElement(metainfo, QStringLiteral("launchable")).text, QStringLiteral("hitome.desktop"));
        QCOMPARE(firstElement(metainfo, QStringLiteral("binary")).text, QStringLiteral("hitome"));
        QCOMPARE(firstElement(metainfo, QStringLiteral("project_license")).text, QStringLiteral("GPL-3.0-or-later"));
    }

    void iconIsAScalableSvg() {
        QSvgRenderer icon(packagingFile("hitome.svg"));
        QVERIFY(icon.isValid());
        QVERIFY(!icon.defaultSize().isEmpty());
        // The copy compiled in for the window icon is the same drawing.
        QFile packaged(packagingFile("hitome.svg"));
        QFile builtIn(QStringLiteral(":/icons/hitome.svg"));
        QVERIFY(packaged.open(QIODevice::ReadOnly) && builtIn.open(QIODevice::ReadOnly));
        QCOMPARE(builtIn.readAll(), packaged.readAll());
    }
};

QTEST_MAIN(TestPackaging)
#include "test_packaging.moc"
