// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Installs the UI translation (hitome_<lang>.qm, compiled in under
// ":/i18n") and Qt's own (qtbase_<lang>). Follows the system locale unless
// the analyst picked a language in Preferences.

#include <QLocale>
#include <QObject>
#include <QTranslator>

namespace hitome::ui {

class LanguageManager : public QObject {
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    // "ja", "en" or "" (system locale), as saved in the settings.
    QString savedLanguage() const;
    void saveLanguage(const QString& language);
    // Installs the translators for `language` ("" = system); widgets get a LanguageChange event.
    void apply(const QString& language);
    QString activeLanguage() const { return m_active; }
    // The UI language for a system locale: Japanese for any Japanese locale, else English.
    static QString languageForLocale(const QLocale& locale);

signals:
    void languageChanged(const QString& language);

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_active;
};

}  // namespace hitome::ui
