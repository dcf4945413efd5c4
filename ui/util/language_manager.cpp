// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/util/language_manager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace hitome::ui {
namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
}

LanguageManager::LanguageManager(QObject* parent) : QObject(parent) {}

LanguageManager::~LanguageManager() {
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
}

QString LanguageManager::savedLanguage() const { return QSettings().value(kLanguageKey).toString(); }

void LanguageManager::saveLanguage(const QString& language) { QSettings().setValue(kLanguageKey, language); }

QString LanguageManager::languageForLocale(const QLocale& locale) {
    return locale.language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

void LanguageManager::apply(const QString& language) {
    QString lang = language;
    if (lang.isEmpty()) lang = languageForLocale(QLocale::system());
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    if (m_app.load(QStringLiteral(":/i18n/hitome_%1.qm").arg(lang))) QCoreApplication::installTranslator(&m_app);
    if (m_qt.load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    m_active = lang;
    emit languageChanged(lang);
}

}  // namespace hitome::ui
