// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real workbench widgets offscreen over a generated case
// (default 10,000 alerts, 1,000,000 events; argv[1], argv[2] override) and
// prints: open → chart and first rows visible, tactic filter, sort, hunt
// searches, timeline range → alert list, timeline zoom.

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <string>

#include "core/store/case_file.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"
#include "ui/main_window/alerts_workspace.h"
#include "ui/main_window/main_window.h"
#include "ui/models/alert_table_model.h"
#include "ui/models/hunt_table_model.h"
#include "ui/widgets/hunt_tab.h"
#include "ui/models/timeline_model.h"
#include "ui/widgets/timeline_tab.h"
#include "ui/widgets/tactic_chart_widget.h"

using namespace hitome;

namespace {

const char* const kTactics[] = {"TA0001", "TA0002", "TA0003", "TA0004", "TA0005", "TA0006", "TA0007", "TA0008"};
const char* const kCommands[] = {"whoami /all", "net user admin /domain", "ipconfig /all", "tasklist /v",
                                 "schtasks /create /tn Updater /tr c:\\temp\\u.exe /sc daily", "systeminfo"};

bool generate(const std::filesystem::path& path, int alerts, int events) {
    auto c = core::CaseFile::open(path);
    if (!c) return false;
    auto& conn = c->connection();
    if (!conn.exec("INSERT INTO sources(id, name, sha256, format, imported_at) VALUES (1, 'bench', 'bench', 'bench', 0);"
                   "INSERT INTO hosts(id, name) VALUES (1, 'WS01'), (2, 'WS02'), (3, 'SRV01');").ok())
        return false;
    core::Transaction tx(conn);
    core::Statement ev(conn, "INSERT INTO events(source_id, time, host_id, computer, event_id, image, command_line,"
                             " parent_command_line, user) VALUES (1, ?, ?, ?, ?, 'C:\\Windows\\System32\\cmd.exe', ?, 'explorer.exe', 'CORP\\u')");
    for (int i = 0; i < events; ++i) {
        const int host = 1 + i % 3;
        std::string cmd = std::string(kCommands[i % 6]) + " run" + std::to_string(i % 1000);
        ev.bind(1, static_cast<std::int64_t>(17093000000000000LL + i * 10000000LL)).bind(2, host)
            .bind(3, host == 3 ? "SRV01" : (host == 1 ? "WS01" : "WS02"))
            .bind(4, i % 1000 == 0 ? 4698 : 1)  // one key event (task created) per thousand
            .bind(5, cmd);
        if (!ev.run()) return false;
        ev.reset();
    }
    core::Statement al(conn, "INSERT INTO alerts(provider, external_id, title, severity, first_event, host_id) VALUES ('mde', ?, ?, ?, ?, ?)");
    core::Statement ta(conn, "INSERT INTO alert_tactics(alert_id, tactic_id) VALUES (?, ?)");
    for (int i = 0; i < alerts; ++i) {
        al.bind(1, "a" + std::to_string(i)).bind(2, "Suspicious activity " + std::to_string(i)).bind(3, i % 4)
            .bind(4, static_cast<std::int64_t>(17093000000000000LL + i * 997LL * 10000000LL)).bind(5, 1 + i % 3);
        if (!al.run()) return false;
        al.reset();
        ta.bind(1, conn.lastInsertRowId()).bind(2, kTactics[i % 8]);
        if (!ta.run()) return false;
        ta.reset();
    }
    if (!conn.exec("INSERT INTO events_fts(events_fts) VALUES ('rebuild');").ok()) return false;
    return tx.commit().ok();
}

template <typename F>
bool waitUntil(F&& done) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > 60000) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

double ms(const QElapsedTimer& t) { return static_cast<double>(t.nsecsElapsed()) / 1e6; }

int fail(const char* step) {
    std::fprintf(stderr, "timed out waiting for: %s\n", step);
    return 3;
}

// Counts the alert list's reloads and says when its first row is on screen.
struct AlertListProbe {
    ui::AlertsWorkspace* workspace;
    int loadedCount = 0;
    bool isFirstRowLoaded() const {
        return workspace->model()->index(0, 2).data(ui::AlertTableModel::IsLoadedRole).toBool();
    }
};

bool measureOpen(ui::MainWindow& window, const std::filesystem::path& path, int alerts) {
    auto* ws = window.alertsWorkspace();
    QElapsedTimer t;
    t.start();
    window.openCase(QString::fromStdString(path.string()));
    if (!waitUntil([&] { return ws->model()->rowCount() == alerts && ws->model()->index(0, 2).data(ui::AlertTableModel::IsLoadedRole).toBool()
                                 && ws->chart()->alertCount(QStringLiteral("TA0003")) > 0; }))
        return false;
    std::printf("open: chart and first rows visible   %8.1f ms\n", ms(t));
    return true;
}

int measureFilterAndSort(AlertListProbe& probe, int alerts) {
    auto* ws = probe.workspace;
    QElapsedTimer t;
    t.start();
    ws->chart()->activateTactic(4);
    if (!waitUntil([&] { return probe.loadedCount >= 1 && probe.isFirstRowLoaded(); })) return fail("tactic filter");
    std::printf("tactic filter (%d rows)               %8.1f ms\n", ws->model()->rowCount(), ms(t));
    t.restart();
    ws->chart()->activateTactic(4);
    if (!waitUntil([&] { return probe.loadedCount >= 2 && ws->model()->rowCount() == alerts && probe.isFirstRowLoaded(); }))
        return fail("clearing the tactic filter");
    std::printf("tactic filter cleared (%d rows)       %8.1f ms\n", ws->model()->rowCount(), ms(t));
    // The header click path: the view asks the model to sort; done when the
    // first row of the new order (a high-severity alert) is on screen.
    const int before = probe.loadedCount;
    t.restart();
    ws->table()->sortByColumn(ui::AlertTableModel::SeverityColumn, Qt::DescendingOrder);
    if (!waitUntil([&] { return probe.loadedCount > before && probe.isFirstRowLoaded()
                                && ws->model()->index(0, 0).data(ui::AlertTableModel::SeverityRole).toInt() == 3; }))
        return fail("sort by severity");
    std::printf("sort by severity (%d rows)           %8.1f ms\n", ws->model()->rowCount(), ms(t));
    return 0;
}

int measureHunts(ui::HuntTab* hunt) {
    for (const char* text : {"run42", "net user", "SCHTASKS /CREATE"}) {
        int foundCount = 0;
        auto connection = QObject::connect(hunt->model(), &ui::HuntTableModel::searchFinished, [&foundCount] { ++foundCount; });
        QElapsedTimer t;
        t.start();
        hunt->search(QString::fromUtf8(text));
        if (!waitUntil([&] { return foundCount >= 1; })) return fail("hunt search");
        std::printf("hunt search '%s' (%d rows%s)  %8.1f ms\n", text, hunt->model()->rowCount(),
                    hunt->model()->isTruncated() ? ", truncated" : "", ms(t));
        QObject::disconnect(connection);
    }
    return 0;
}

int measureTimeline(ui::TimelineTab* timeline, AlertListProbe& probe) {
    if (!waitUntil([&] { return !timeline->model()->isLoading() && timeline->model()->rowCount() > 0; }))
        return fail("timeline");
    int selected = 0;
    QElapsedTimer t;
    // Timed from the moment the selection settles (the tab waits 150 ms for a drag to end).
    QObject::connect(timeline, &ui::TimelineTab::timeRangeSelected, [&selected, &t] {
        ++selected;
        t.restart();
    });
    const int before = probe.loadedCount;
    timeline->selectColumns(10, 19);
    if (!waitUntil([&] { return selected >= 1 && probe.loadedCount > before && probe.isFirstRowLoaded(); }))
        return fail("timeline range");
    std::printf("timeline range -> alert list (%d rows) %8.1f ms\n", probe.workspace->model()->rowCount(), ms(t));
    t.restart();
    timeline->zoomToSelection();
    if (!waitUntil([&] { return !timeline->model()->isLoading(); })) return fail("timeline zoom");
    std::printf("timeline zoom recount                 %8.1f ms\n", ms(t));
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int alerts = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int events = argc > 2 ? std::atoi(argv[2]) : 1000000;
    QTemporaryDir dir;
    const auto path = std::filesystem::path(dir.path().toStdString()) / "bench.hitome";
    QElapsedTimer gen;
    gen.start();
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    if (!generate(path, alerts, events)) {
        std::fprintf(stderr, "cannot generate the case\n");
        return 2;
    }
    std::printf("case: %d alerts, %d events (generated in %.1f s)\n", alerts, events, ms(gen) / 1000);
    ui::MainWindow window;
    window.show();
    if (!measureOpen(window, path, alerts)) return fail("open");
    AlertListProbe probe{window.alertsWorkspace()};
    QObject::connect(probe.workspace->model(), &ui::AlertTableModel::alertsLoaded, [&probe] { ++probe.loadedCount; });
    if (int rc = measureFilterAndSort(probe, alerts)) return rc;
    if (int rc = measureHunts(window.huntTab())) return rc;
    return measureTimeline(window.timelineTab(), probe);
}
