// SPDX-License-Identifier: GPL-3.0-or-later
// Event ingest figures (docs/BENCHMARKS.md, "Event ingest"):
//  1. all of ../shared/corpus/evtx imported into a new case (parse + store +
//     full-text index + process trees/tasks/services), side by side with
//     `evtxexport -f xml` over the same files, in one run;
//  2. a JSON-lines set (default 1M lines, NXLog style) built from the
//     corpus' live records with 64 hosts and varied times, imported into a
//     new case; then the same rows copied by SQLite alone into another new
//     case (the storage floor any import of these rows pays).
// Each phase runs in a child process, so peak RSS is per phase. Wall clock
// and CPU seconds are both printed: the build machine is shared.
// Usage: bench_events [evtx|jsonl|all] [events]   (default all, 1000000)
//        HITOME_BENCH_KEEP=1 keeps the cases (and the JSON lines) in /tmp/hitome-bench-events.

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include "core/ingest/evtx/evtx_file.h"
#include "core/ingest/import_job.h"
#include "core/store/case_file.h"
#include "core/store/connection.h"
#include "core/store/statement.h"
#include "core/store/event_columns.h"
#include "core/store/event_search_index.h"
#include "core/util/time.h"

using namespace hitome::core;
namespace fs = std::filesystem;

namespace {

double now() { return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count(); }

double cpuSeconds(int who) {
    rusage ru{};
    getrusage(who, &ru);
    return static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
           static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

long peakRssMiB() {
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss / 1024;
}

std::vector<fs::path> evtxFiles(const fs::path& root) {
    std::vector<fs::path> out;
    for (const auto& e : fs::recursive_directory_iterator(root))
        if (e.is_regular_file() && e.path().extension() == ".evtx") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

fs::path corpus() { return fs::path(HITOME_SHARED_DIR) / "corpus" / "evtx"; }
fs::path workDir() { return fs::temp_directory_path() / "hitome-bench-events"; }

// Written by a child, read by the parent for the side-by-side line.
void saveRate(const char* name, double perSecond, double perCpuSecond) {
    std::ofstream(workDir() / name) << perSecond << " " << perCpuSecond << "\n";
}

std::pair<double, double> loadRate(const char* name) {
    double a = 0, b = 0;
    std::ifstream(workDir() / name) >> a >> b;
    return {a, b};
}

// The case and its write-ahead log (not checkpointed until it closes).
double caseMb(const fs::path& casePath) {
    std::error_code ec;
    const auto wal = fs::file_size(casePath.string() + "-wal", ec);
    return static_cast<double>(fs::file_size(casePath) + (ec ? 0 : wal)) / 1e6;
}

int importAndReport(const char* label, const fs::path& input, const fs::path& casePath, const char* rateFile) {
    fs::remove(casePath);
    auto c = CaseFile::open(casePath);
    if (!c) return std::cerr << c.error().message() << "\n", 1;
    ImportJob job(*c, nullptr);
    const double t0 = now(), cpu0 = cpuSeconds(RUSAGE_SELF);
    auto r = job.run({input}, ImportOptions{}, nullptr, {});
    const double secs = now() - t0, cpu = cpuSeconds(RUSAGE_SELF) - cpu0;
    if (!r) return std::cerr << r.error().message() << "\n", 1;
    const auto records = static_cast<double>(r->events + r->recoveredEvents);
    std::printf("%s: %.0f events (%llu recovered), %llu processes, %.1f MB in\n"
                "  wall %.2f s: %.0f events/s, %.1f MB/s | CPU %.2f s: %.0f events per CPU-s | peak RSS %ld MiB, "
                "case %.0f MB\n",
                label, records, static_cast<unsigned long long>(r->recoveredEvents),
                static_cast<unsigned long long>(r->processes), static_cast<double>(r->bytes) / 1e6, secs,
                records / secs, static_cast<double>(r->bytes) / secs / 1e6, cpu, records / cpu, peakRssMiB(),
                caseMb(casePath));
    saveRate(rateFile, records / secs, records / cpu);
    // The full-text index, built after the import has committed (as the CLI
    // and the workbench do); searches find every event before it is done.
    const double t1 = now(), cpu1 = cpuSeconds(RUSAGE_SELF);
    if (auto st = indexPendingEvents(c->connection()); !st) return std::cerr << st.error().message() << "\n", 1;
    const double indexSecs = now() - t1, indexCpu = cpuSeconds(RUSAGE_SELF) - cpu1;
    std::printf("  then the search index: wall %.2f s (%.0f events/s), CPU %.2f s | import + index: wall %.2f s, "
                "%.0f events/s | peak RSS %ld MiB, case %.0f MB\n",
                indexSecs, records / indexSecs, indexCpu, secs + indexSecs, records / (secs + indexSecs), peakRssMiB(),
                caseMb(casePath));
    return 0;
}

// The storage floor: the rows an import just stored, copied by SQLite alone
// (INSERT ... SELECT, no parsing, no binding) into the events table of a new
// case: same schema, indexes, page size and journal; one transaction.
int copyRowsAndReport(const fs::path& importedCase, const fs::path& floorCase) {
    fs::remove(floorCase);
    auto c = CaseFile::open(floorCase);
    if (!c) return std::cerr << c.error().message() << "\n", 1;
    Connection& conn = c->connection();
    const std::string attach = "ATTACH DATABASE '" + importedCase.string() + "' AS src";
    if (auto st = conn.exec("PRAGMA foreign_keys=OFF; PRAGMA cache_size=-65536; PRAGMA wal_autocheckpoint=0"); !st) return 1;
    if (auto st = conn.exec(attach); !st) return std::cerr << st.error().message() << "\n", 1;
    const double t0 = now(), cpu0 = cpuSeconds(RUSAGE_SELF);
    if (auto st = conn.exec("BEGIN; INSERT INTO main.events SELECT * FROM src.events WHERE id > 0; COMMIT"); !st)
        return std::cerr << st.error().message() << "\n", 1;
    const double secs = now() - t0, cpu = cpuSeconds(RUSAGE_SELF) - cpu0;
    Statement count(conn, "SELECT count(*) FROM main.events");
    (void)count.step();
    const auto rows = static_cast<double>(count.columnInt(0));
    std::printf("storage floor (SQLite alone copies the same rows into a new case's events table):\n"
                "  %.0f rows, wall %.2f s: %.0f rows/s | CPU %.2f s\n",
                rows, secs, rows / secs, cpu);
    return 0;
}

int runEvtxexport() {
    const double t0 = now(), cpu0 = cpuSeconds(RUSAGE_CHILDREN);
    std::uint64_t records = 0;
    for (const auto& f : evtxFiles(corpus())) {
        std::string cmd = "evtxexport -f xml '" + f.string() + "' 2>/dev/null";
        FILE* p = popen(cmd.c_str(), "r");
        if (!p) return 1;
        char buf[1 << 16];
        std::string carry;
        size_t n;
        while ((n = fread(buf, 1, sizeof buf, p)) > 0) {
            carry.append(buf, n);
            for (size_t pos = 0; (pos = carry.find("<Event ", pos)) != std::string::npos; pos += 7) ++records;
            carry.erase(0, carry.size() > 8 ? carry.size() - 8 : 0);
        }
        pclose(p);
    }
    // Our own CPU (counting "<Event ") is left out: only evtxexport's.
    const double secs = now() - t0, cpu = cpuSeconds(RUSAGE_CHILDREN) - cpu0;
    const auto n = static_cast<double>(records);
    std::printf("evtxexport -f xml (same files): %llu records rendered\n"
                "  wall %.2f s: %.0f records/s | CPU %.2f s: %.0f records per CPU-s\n",
                static_cast<unsigned long long>(records), secs, n / secs, cpu, n / cpu);
    saveRate("evtxexport.rate", n / secs, n / cpu);
    return 0;
}

void appendNxlogLine(std::string& out, const WinEvent& e, const std::string& host, Ticks time) {
    out += "{\"@timestamp\":";
    appendJsonString(out, formatIsoTime(time));
    out += ",\"EventID\":" + std::to_string(e.eventId) + ",\"Channel\":";
    appendJsonString(out, e.channel);
    out += ",\"Hostname\":";
    appendJsonString(out, host);
    out += ",\"SourceName\":";
    appendJsonString(out, e.provider);
    out += ",\"RecordNumber\":" + std::to_string(e.recordId);
    for (const auto& f : e.data) {
        if (f.name == "EventID" || f.name == "Channel" || f.name == "Hostname") continue;
        out.push_back(',');
        appendJsonString(out, f.name);
        out.push_back(':');
        appendJsonString(out, f.value);
    }
    out += "}\n";
}

// `count` lines cycling through the corpus' live records (an export holds
// live records, not carved ones); host and time vary per line.
int makeJsonLines(const fs::path& out, std::uint64_t count) {
    std::vector<WinEvent> records;
    for (const auto& f : evtxFiles(corpus())) {
        auto file = EvtxFile::open(f);
        if (!file) continue;
        (void)file->forEachRecord([&](const WinEvent& e) {
            if (!e.isRecovered) records.push_back(e);
        });
    }
    if (records.empty()) return 1;
    std::ofstream o(out, std::ios::binary);
    std::string buf;
    const Ticks base = *parseIsoTime("2024-03-01T00:00:00Z");
    for (std::uint64_t i = 0; i < count; ++i) {
        const WinEvent& e = records[i % records.size()];
        const std::string host = "host" + std::to_string(i % 64) + ".corp.local";
        appendNxlogLine(buf, e, host, base + static_cast<Ticks>(i) * 3'000'000);
        if (buf.size() > (1 << 20)) {
            o.write(buf.data(), static_cast<std::streamsize>(buf.size()));
            buf.clear();
        }
    }
    o.write(buf.data(), static_cast<std::streamsize>(buf.size()));
    std::printf("generated %llu JSON-lines events from %zu live corpus records: %.0f MB\n",
                static_cast<unsigned long long>(count), records.size(), static_cast<double>(fs::file_size(out)) / 1e6);
    return 0;
}

int inChild(const std::function<int()>& fn) {
    std::fflush(stdout);
    const pid_t pid = fork();
    if (pid == 0) {
        const int rc = fn();
        std::fflush(stdout);
        _exit(rc);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}

void printSideBySide() {
    const auto [ours, oursCpu] = loadRate("evtx.rate");
    const auto [theirs, theirsCpu] = loadRate("evtxexport.rate");
    if (theirs <= 0 || theirsCpu <= 0) return;
    std::printf("side by side: hitome import / evtxexport = %.1fx by wall clock, %.1fx per CPU-second "
                "(target >= 10x)\n",
                ours / theirs, oursCpu / theirsCpu);
}

}  // namespace

int main(int argc, char** argv) {
    const std::string mode = argc > 1 ? argv[1] : "all";
    const std::uint64_t count = argc > 2 ? std::stoull(argv[2]) : 1'000'000;
    if (!fs::exists(corpus())) return std::cerr << "corpus not found: " << corpus() << "\n", 1;
    const fs::path work = workDir();
    fs::create_directories(work);
    int rc = 0;
    if (mode == "all" || mode == "evtx") {
        rc |= inChild([&] { return importAndReport("EVTX corpus import", corpus(), work / "evtx.hitome", "evtx.rate"); });
        rc |= inChild(runEvtxexport);
        printSideBySide();
    }
    if (mode == "all" || mode == "jsonl") {
        const fs::path jsonl = work / "events.json";
        rc |= inChild([&] { return makeJsonLines(jsonl, count); });
        rc |= inChild([&] { return importAndReport("JSON-lines import", jsonl, work / "jsonl.hitome", "jsonl.rate"); });
        rc |= inChild([&] { return copyRowsAndReport(work / "jsonl.hitome", work / "floor.hitome"); });
        if (!std::getenv("HITOME_BENCH_KEEP")) fs::remove(jsonl);
    }
    if (!std::getenv("HITOME_BENCH_KEEP")) fs::remove_all(work);
    return rc;
}
