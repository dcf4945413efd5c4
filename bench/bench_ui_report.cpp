// SPDX-License-Identifier: GPL-3.0-or-later
// Report generation time for a case with 10,000 alerts (the figure in
// docs/BENCHMARKS.md): HTML, Markdown and PDF, in English and Japanese.

#include <QGuiApplication>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

#include "core/store/case_file.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"
#include "ui/report/report_service.h"
#include "ui/util/attack_catalog_loader.h"

using namespace hitome;

namespace {

constexpr int kAlerts = 10000;
constexpr int kHosts = 200;

void fillCase(core::Connection& conn) {
    core::Transaction tx(conn);
    for (int h = 0; h < kHosts; ++h) {
        core::Statement st(conn, "INSERT INTO hosts(id, name) VALUES(?, ?)");
        st.bind(1, h + 1).bind(2, "WS-" + std::to_string(h));
        (void)st.run();
    }
    (void)conn.exec("INSERT INTO sources(id, name, sha256, format, imported_at) VALUES(1, 'bench', 'x', 'mde-alerts', 0)");
    static const char* kTactics[] = {"TA0002", "TA0003", "TA0005", "TA0007", "TA0008", "TA0006"};
    static const char* kCommands[] = {"schtasks /create /sc daily /ru SYSTEM /tn Updater /tr \"powershell -nop -w hidden -enc SQBFAFgA\"",
                                      "net user /domain", "whoami /all", "wmic /node:10.0.0.6 process call create \"cmd /c x.exe\"",
                                      "reg add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v x /d c:\\x.exe"};
    core::Statement alert(conn, "INSERT INTO alerts(id, source_id, provider, external_id, title, severity, first_event, "
                                "host_id, category) VALUES(?, 1, 'mde', ?, ?, ?, ?, ?, 'Execution')");
    core::Statement tactic(conn, "INSERT INTO alert_tactics VALUES(?, ?)");
    core::Statement evidence(conn, "INSERT INTO evidence(alert_id, kind, command_line) VALUES(?, 'process', ?)");
    for (int i = 1; i <= kAlerts; ++i) {
        alert.bind(1, i).bind(2, "a" + std::to_string(i)).bind(3, "Suspicious activity " + std::to_string(i % 300))
            .bind(4, i % 4).bind(5, std::int64_t{17000000000000000} + std::int64_t{i} * 10000000).bind(6, 1 + i % kHosts);
        (void)alert.run();
        alert.reset();
        tactic.bind(1, i).bind(2, kTactics[i % 6]);
        (void)tactic.run();
        tactic.reset();
        evidence.bind(1, i).bind(2, std::string(kCommands[i % 5]));
        (void)evidence.run();
        evidence.reset();
    }
    (void)tx.commit();
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const auto dir = std::filesystem::temp_directory_path() / "hitome-bench-report";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    auto kase = core::CaseFile::open(dir / "bench.hitome");
    if (!kase) return 1;
    fillCase(kase->connection());
    const auto& catalog = ui::loadAttackCatalog();
    std::printf("report for %d alerts on %d hosts\n", kAlerts, kHosts);
    for (const char* lang : {"en", "ja"})
        for (const char* ext : {"html", "md", "pdf"}) {
            const auto out = dir / (std::string("report-") + lang + "." + ext);
            const auto start = std::chrono::steady_clock::now();
            const QString problem = ui::writeReport(kase->connection(), catalog, QString::fromStdString(out.string()),
                                                    core::parseReportLanguage(lang), {});
            const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            std::printf("  %s %-4s %6.2f s  %8.1f KiB%s\n", lang, ext, seconds,
                        std::filesystem::exists(out) ? std::filesystem::file_size(out) / 1024.0 : 0.0,
                        problem.isEmpty() ? "" : qPrintable(QStringLiteral("  error: ") + problem));
        }
    std::filesystem::remove_all(dir);
    return 0;
}
