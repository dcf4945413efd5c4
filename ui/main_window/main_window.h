// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The workbench window for one case: builds the menus and tabs and connects
// them. Features live in their own widgets.

#include <QMainWindow>
#include <QStringList>

#include <memory>

class QLabel;
class QMenu;
class QTabWidget;

namespace hitome::ui {

class AlertsWorkspace;
class AnalystWorkPanel;
class CaseSession;
class HuntTab;
class ReconTab;
class TimelineTab;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the case file; false (with a message in the status bar) on failure.
    bool openCase(const QString& path);
    // Imports `files` into the open case, or into a new case the analyst names.
    void importFiles(const QStringList& files);
    // Reloads every view of the open case (after an import into it).
    void reloadCase();
    CaseSession* session() const { return m_session.get(); }
    AlertsWorkspace* alertsWorkspace() const { return m_alerts; }
    HuntTab* huntTab() const { return m_hunt; }
    ReconTab* reconTab() const { return m_recon; }
    TimelineTab* timelineTab() const { return m_timeline; }
    AnalystWorkPanel* caseNotes() const { return m_caseNotes; }
    QTabWidget* tabs() const { return m_tabs; }
    QMenu* recentMenu() const { return m_recentMenu; }
    QMenu* fileMenu() const { return m_fileMenu; }

signals:
    void caseOpened(const QString& path);
    // File > Export Report was chosen; the report feature handles it.
    void reportRequested();
    void demoRequested();
    void importRequested(const QStringList& files);
    void preferencesRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void connectTimeline();
    void retranslate();
    void chooseCase();
    void chooseImportFiles();
    void rememberRecent(const QString& path);
    void rebuildRecentMenu();
    void showMessage(const QString& message);
    void updateCounts(int shown, int total);
    void saveState();
    void restoreState();
    void restoreColumns();

    std::unique_ptr<CaseSession> m_session;
    QTabWidget* m_tabs;
    AlertsWorkspace* m_alerts;
    TimelineTab* m_timeline;
    HuntTab* m_hunt;
    ReconTab* m_recon;
    AnalystWorkPanel* m_caseNotes;
    QLabel* m_counts;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QList<QAction*> m_actions;
    bool m_hasRestoredSplitters = false;
    int m_shown = 0;
    int m_total = 0;
};

}  // namespace hitome::ui
