// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Opening things: command-line arguments, the demo incident, imports with a
// progress dialog, and the Preferences (language) dialog.

#include <QObject>
#include <QStringList>

class QProgressDialog;

namespace hitome::ui {

class ImportWorker;
class LanguageManager;
class MainWindow;
struct ImportResult;

class WorkbenchController : public QObject {
    Q_OBJECT
public:
    WorkbenchController(MainWindow* window, LanguageManager* languages);

    // `--demo`, a *.hitome case, incident files to import, or nothing (last case, else the demo).
    void handleArguments(const QStringList& args);
    void openDemo();
    // Imports into the open case, or asks where to create a new one.
    void importFiles(const QStringList& files);
    // Imports into `casePath` (created if needed) and opens it when done.
    void importInto(const QString& casePath, const QStringList& files);
    void showPreferences();
    ImportWorker* importWorker() const { return m_worker; }
    // Where the demo case is kept (the user's data directory).
    static QString demoCasePath();
    // The progress dialog's text. `file` (a name the sender chose) is escaped:
    // the dialog shows rich text when the text looks like HTML.
    static QString progressLabel(const QString& file, qulonglong done, qulonglong total, qulonglong events,
                                 double rate);

signals:
    void importFinished(bool isOk, const QString& message);

private:
    void importDone(const ImportResult& result);
    QStringList extractDemoFiles();

    MainWindow* m_window;
    LanguageManager* m_languages;
    ImportWorker* m_worker;
    QProgressDialog* m_progress = nullptr;
    QString m_importCase;
    bool m_isDemoImport = false;
};

}  // namespace hitome::ui
