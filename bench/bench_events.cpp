// SPDX-License-Identifier: GPL-3.0-or-later
// Event ingest figures (docs/BENCHMARKS.md, "Event ingest"):
//  1. all of ../shared/corpus/evtx imported into a new case, records/s,
//     next to `evtxexport -f xml` over the same files (records/s);
//  2. a 1M-event JSON-lines set built from the corpus' real records (hosts
//     and times varied) imported into a new case: events/s and peak RSS.
// Each phase runs in a child process so peak RSS is per phase.
// Usage: bench_events [evtx|jsonl|all] [events]   (default all, 1000000)

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "core/ingest/evtx/evtx_file.h"
#include "core/ingest/import_job.h"
#include "core/store/case_file.h"
#include "core/store/event_columns.h"
#include "core/util/time.h"

using namespace hitome::core;
namespace fs = std::filesystem;

namespace {

double now() { return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count(); }

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

int importAndReport(const char* label, const fs::path& input, const fs::path& casePath) {
    fs::remove(casePath);
    auto c = CaseFile::open(casePath);
    if (!c) return std::cerr << c.error().message() << "\n", 1;
    ImportJob job(*c, nullptr);
    const double t0 = now();
    auto r = job.run({input}, ImportOptions{}, nullptr, {});
    const double secs = now() - t0;
    if (!r) return std::cerr << r.error().message() << "\n", 1;
    const auto records = r->events + r->recoveredEvents;
    std::printf("%s: %llu events (%llu recovered), %llu processes, %.2f s, %.0f events/s, %.1f MB/s, peak RSS %ld MiB\n",
                label, static_cast<unsigned long long>(records), static_cast<unsigned long long>(r->recoveredEvents),
                static_cast<unsigned long long>(r->processes), secs, static_cast<double>(records) / secs,
                static_cast<double>(r->bytes) / secs / 1e6, peakRssMiB());
    return 0;
}

int runEvtxexport() {
    const double t0 = now();
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
    const double secs = now() - t0;
    std::printf("evtxexport -f xml (same files): %llu records rendered, %.2f s, %.0f records/s\n",
                static_cast<unsigned long long>(records), secs, static_cast<double>(records) / secs);
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

// 1M lines cycling through the corpus' real records; host and time vary.
int makeJsonLines(const fs::path& out, std::uint64_t count) {
    std::vector<WinEvent> records;
    for (const auto& f : evtxFiles(corpus())) {
        auto file = EvtxFile::open(f);
        if (!file) continue;
        (void)file->forEachRecord([&](const WinEvent& e) { records.push_back(e); });
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
    std::printf("generated %llu JSON-lines events from %zu corpus records: %.0f MB\n",
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

}  // namespace

int main(int argc, char** argv) {
    const std::string mode = argc > 1 ? argv[1] : "all";
    const std::uint64_t count = argc > 2 ? std::stoull(argv[2]) : 1'000'000;
    if (!fs::exists(corpus())) return std::cerr << "corpus not found: " << corpus() << "\n", 1;
    const fs::path work = fs::temp_directory_path() / "hitome-bench-events";
    fs::create_directories(work);
    int rc = 0;
    if (mode == "all" || mode == "evtx") {
        rc |= inChild([&] { return importAndReport("EVTX corpus import", corpus(), work / "evtx.hitome"); });
        rc |= inChild(runEvtxexport);
    }
    if (mode == "all" || mode == "jsonl") {
        const fs::path jsonl = work / "events-1m.json";
        rc |= inChild([&] { return makeJsonLines(jsonl, count); });
        rc |= inChild([&] { return importAndReport("JSON-lines import", jsonl, work / "jsonl.hitome"); });
        fs::remove(jsonl);
    }
    fs::remove_all(work);
    return rc;
}
