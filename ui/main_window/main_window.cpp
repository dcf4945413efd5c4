// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main_window/main_window.h"

#include <QAction>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QHeaderView>

#include "ui/main_window/alerts_workspace.h"
#include "ui/main_window/case_session.h"
#include "ui/util/inert_text.h"
#include "ui/util/qt_convert.h"
#include "ui/widgets/analyst_work_panel.h"
#include "ui/widgets/hunt_tab.h"
#include "ui/widgets/recon_tab.h"
#include "ui/widgets/timeline_tab.h"

namespace hitome::ui {
namespace {
constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("recentCases");
}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_tabs(new QTabWidget(this)), m_alerts(new AlertsWorkspace(this)), m_timeline(new TimelineTab(this)), m_hunt(new HuntTab(this)),
      m_recon(new ReconTab(this)),
      m_caseNotes(new AnalystWorkPanel(AnalystWorkPanel::Scope::Case, this)), m_counts(new QLabel(this)) {
    setObjectName(QStringLiteral("hitomeMainWindow"));
    setAcceptDrops(true);
    m_tabs->addTab(m_alerts, QString());
    m_tabs->addTab(m_timeline, QString());
    m_tabs->addTab(m_hunt, QString());
    m_tabs->addTab(m_recon, QString());
    m_tabs->addTab(m_caseNotes, QString());
    setCentralWidget(m_tabs);
    statusBar()->addPermanentWidget(m_counts);
    createActions();
    retranslate();
    connect(m_alerts, &AlertsWorkspace::alertCountsChanged, this, &MainWindow::updateCounts);
    connect(m_alerts, &AlertsWorkspace::errorOccurred, this, &MainWindow::showMessage);
    connect(m_caseNotes, &AnalystWorkPanel::saveFailed, this, &MainWindow::showMessage);
    connect(m_hunt, &HuntTab::errorOccurred, this, &MainWindow::showMessage);
    connect(m_recon, &ReconTab::errorOccurred, this, &MainWindow::showMessage);
    connect(m_timeline, &TimelineTab::errorOccurred, this, &MainWindow::showMessage);
    connectTimeline();
    resize(1400, 900);
    restoreState();
}

MainWindow::~MainWindow() {
    // Views let go of the models before the session's reader stops.
    m_alerts->setSession(nullptr);
    m_timeline->setSession(nullptr);
    m_hunt->setSession(nullptr);
    m_recon->setSession(nullptr);
}

void MainWindow::connectTimeline() {
    // A range picked on the timeline filters the alert list and the hunting results;
    // removing it from either list removes it everywhere.
    connect(m_timeline, &TimelineTab::timeRangeSelected, this, [this](qint64 from, qint64 to) {
        m_alerts->setTimeRange(from, to);
        m_hunt->setTimeRange(from, to);
    });
    connect(m_timeline, &TimelineTab::timeRangeCleared, this, [this] {
        m_alerts->setTimeRange(std::nullopt, std::nullopt);
        m_hunt->setTimeRange(std::nullopt, std::nullopt);
    });
    connect(m_alerts, &AlertsWorkspace::timeRangeCleared, m_timeline, &TimelineTab::showWholeCase);
    connect(m_hunt, &HuntTab::timeRangeRemoved, m_timeline, &TimelineTab::showWholeCase);
}

void MainWindow::reloadCase() {
    m_alerts->reload();
    m_timeline->reload();
    m_recon->setSession(m_session.get());
}

void MainWindow::createActions() {
    auto add = [this](QMenu* menu, QKeySequence key, auto slot) {
        auto* action = menu->addAction(QString());
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        m_actions << action;
        return action;
    };
    m_fileMenu = menuBar()->addMenu(QString());
    add(m_fileMenu, QKeySequence::Open, &MainWindow::chooseCase);
    add(m_fileMenu, QKeySequence(Qt::CTRL | Qt::Key_I), &MainWindow::chooseImportFiles);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    add(m_fileMenu, QKeySequence(Qt::CTRL | Qt::Key_R), &MainWindow::reportRequested);
    m_fileMenu->addSeparator();
    add(m_fileMenu, QKeySequence::Preferences, &MainWindow::preferencesRequested);
    add(m_fileMenu, QKeySequence::Quit, &MainWindow::close);
    m_viewMenu = menuBar()->addMenu(QString());
    add(m_viewMenu, QKeySequence::Find, [this] {
        if (m_tabs->currentWidget() == m_hunt) m_hunt->focusSearch();
        else m_alerts->focusSearch();
    });
    const QList<QWidget*> pages{m_alerts, m_timeline, m_hunt, m_recon, m_caseNotes};
    for (int i = 0; i < pages.size(); ++i) {
        QWidget* page = pages[i];
        add(m_viewMenu, QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)), [this, page] { m_tabs->setCurrentWidget(page); });
    }
    m_helpMenu = menuBar()->addMenu(QString());
    add(m_helpMenu, QKeySequence(), &MainWindow::demoRequested);
    rebuildRecentMenu();
}

void MainWindow::retranslate() {
    setWindowTitle(m_session ? tr("%1 — Hitome").arg(QFileInfo(m_session->path()).fileName()) : tr("Hitome"));
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Recent Cases"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    const QStringList tabNames{tr("Alerts"), tr("Timeline"), tr("Hunting"), tr("Recon"), tr("Case Notes")};
    const QStringList texts = QStringList{tr("&Open Case…"), tr("&Import Files…"), tr("Export &Report…"),
                                          tr("&Preferences…"), tr("&Quit"), tr("&Find")}
                              + tabNames + QStringList{tr("Open &Demo Incident")};
    for (int i = 0; i < m_actions.size() && i < texts.size(); ++i) m_actions[i]->setText(texts[i]);
    for (int i = 0; i < tabNames.size(); ++i) m_tabs->setTabText(i, tabNames[i]);
    updateCounts(m_shown, m_total);
}

bool MainWindow::openCase(const QString& path) {
    auto session = CaseSession::open(toStdString(path));
    if (!session) {
        showMessage(tr("The case %1 could not be opened: %2").arg(path, toQString(session.error().message())));
        return false;
    }
    m_alerts->setSession(nullptr);
    m_timeline->setSession(nullptr);
    m_hunt->setSession(nullptr);
    m_session = std::move(session).value();
    m_alerts->setSession(m_session.get());
    m_timeline->setSession(m_session.get());
    m_hunt->setSession(m_session.get());
    m_recon->setSession(m_session.get());
    m_caseNotes->setConnection(&m_session->writer());
    restoreColumns();
    rememberRecent(path);
    retranslate();
    emit caseOpened(path);
    return true;
}

void MainWindow::importFiles(const QStringList& files) { emit importRequested(files); }

void MainWindow::chooseCase() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Case"), QString(), tr("Hitome cases (*.hitome)"));
    if (!path.isEmpty()) openCase(path);
}

void MainWindow::chooseImportFiles() {
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Files"), QString(),
        tr("Incident files (*.evtx *.json *.jsonl *.ndjson *.log *.txt *.csv *.zip *.7z *.tar *.tar.gz *.tgz);;All files (*)"));
    if (!files.isEmpty()) importFiles(files);
}

void MainWindow::rememberRecent(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent) recent.removeLast();
    settings.setValue(kRecentKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString& path : recent) {
        // A case may be named after an imported file: '&' would be eaten as a shortcut mark.
        const QString name = visibleQString(QFileInfo(path).fileName()).replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction* action = m_recentMenu->addAction(name);
        action->setToolTip(inertToolTip(path));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { openCase(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showMessage(const QString& message) { statusBar()->showMessage(message, 15000); }

void MainWindow::updateCounts(int shown, int total) {
    m_shown = shown;
    m_total = total;
    m_counts->setText(m_session ? tr("%1 of %n alert(s) shown", nullptr, total).arg(shown) : tr("No case open"));
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile()) files << url.toLocalFile();
    if (files.size() == 1 && files.first().endsWith(QLatin1String(".hitome"), Qt::CaseInsensitive)) openCase(files.first());
    else if (!files.isEmpty()) importFiles(files);
    event->acceptProposedAction();
}

void MainWindow::saveState() {
    QSettings settings;
    if (!m_hasRestoredSplitters) return;  // never shown: nothing the analyst arranged
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), QMainWindow::saveState());
    for (QSplitter* s : m_alerts->splitters()) settings.setValue(QStringLiteral("splitters/") + s->objectName(), s->saveState());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    // Column widths and order only mean something while a case fills the tables.
    if (m_alerts->table()->model()) settings.setValue(QStringLiteral("alerts/header"), m_alerts->table()->horizontalHeader()->saveState());
    if (m_hunt->table()->model()) settings.setValue(QStringLiteral("hunting/header"), m_hunt->table()->horizontalHeader()->saveState());
}

void MainWindow::restoreColumns() {
    QSettings settings;
    const QByteArray alerts = settings.value(QStringLiteral("alerts/header")).toByteArray();
    if (!alerts.isEmpty() && m_alerts->table()->model()) m_alerts->table()->horizontalHeader()->restoreState(alerts);
    const QByteArray hunting = settings.value(QStringLiteral("hunting/header")).toByteArray();
    if (!hunting.isEmpty() && m_hunt->table()->model()) m_hunt->table()->horizontalHeader()->restoreState(hunting);
}

void MainWindow::restoreState() {
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    QMainWindow::restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("window/tab"), 0).toInt());
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    // Splitter sizes are pixels of a laid-out window: restore them once it has its size.
    if (m_hasRestoredSplitters) return;
    m_hasRestoredSplitters = true;
    QSettings settings;
    for (QSplitter* s : m_alerts->splitters()) {
        const QByteArray state = settings.value(QStringLiteral("splitters/") + s->objectName()).toByteArray();
        if (!state.isEmpty()) s->restoreState(state);
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QMainWindow::changeEvent(event);
}

}  // namespace hitome::ui
