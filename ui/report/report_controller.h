// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File > Export Report: asks where and in which language, then writes the
// management report on a worker thread (its own read-only connection) and
// reports the outcome in the status bar.

#include <QFutureWatcher>
#include <QObject>
#include <QString>

namespace hitome::ui {

class LanguageManager;
class MainWindow;

class ReportController : public QObject {
    Q_OBJECT
public:
    ReportController(MainWindow* window, const LanguageManager* languages);

    // Writes the report for the open case to `outputPath` in `language`
    // ("en"/"ja") without asking; the result arrives by reportFinished.
    void writeReportTo(const QString& outputPath, const QString& language);

signals:
    void reportFinished(const QString& outputPath, const QString& problem);

private:
    void askAndWrite();

    MainWindow* m_window;
    const LanguageManager* m_languages;
    QFutureWatcher<QString> m_watcher;
    QString m_outputPath;
};

}  // namespace hitome::ui
