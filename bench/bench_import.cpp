// SPDX-License-Identifier: GPL-3.0-or-later
// Alert import benchmark: writes a synthetic Defender for Endpoint export
// (an OData page of N alerts, each with 5 evidence items: two processes with
// parents, a file, a user and an IP) into a temp folder, imports it into a
// fresh case and prints alerts/s and peak RSS. Usage: bench_import [N]
// HITOME_BENCH_KEEP=1 keeps the input and the case in /tmp/hitome-bench-import-<pid>.

#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "core/attack/attack_catalog.h"
#include "core/ingest/import_job.h"
#include "core/store/case_file.h"
#include "core/store/connection.h"
#include "core/util/time.h"

namespace fs = std::filesystem;
using namespace hitome::core;

namespace {

std::string iso(Ticks t) { return formatIsoTime(t); }

const char* kCategories[] = {"Persistence", "Execution", "DefenseEvasion", "Discovery", "LateralMovement",
                             "CommandAndControl", "CredentialAccess", "Malware"};
const char* kTechniques[] = {"T1053.005", "T1059.001", "T1112", "T1082", "T1047", "T1071.001", "T1003.001", "T1204.002"};

std::string processEvidence(int pid, Ticks start, const std::string& image, const std::string& cmd, int ppid,
                            Ticks pstart, const std::string& pimage, Ticks created, bool detected) {
    // Paths arrive JSON-escaped ("C:\\\\Windows..."): split at the last escaped backslash.
    const auto slash = image.rfind("\\\\");
    const auto pslash = pimage.rfind("\\\\");
    std::string e = R"({"entityType":"Process","evidenceCreationTime":")" + iso(created) + R"(","sha1":"5f1e8acedc065031aad553b710838eb366cfee9a","sha256":"8963a19fb992ad9a76576c5638fd68292cffb9aaac29eb8285f9abf6196a7dec","fileName":")" +
                    image.substr(slash + 2) + R"(","filePath":")" + image.substr(0, slash) + R"(","processId":)" +
                    std::to_string(pid) + R"(,"processCommandLine":")" + cmd + R"(","processCreationTime":")" + iso(start) +
                    R"(","parentProcessId":)" + std::to_string(ppid) + R"(,"parentProcessCreationTime":")" + iso(pstart) +
                    R"(","parentProcessFileName":")" + pimage.substr(pslash + 2) + R"(","parentProcessFilePath":")" +
                    pimage.substr(0, pslash) + R"(","ipAddress":null,"url":null,"registryKey":null,"accountName":"user","domainName":"CONTOSO","detectionStatus":)" +
                    (detected ? R"("Detected")" : "null") + "}";
    return e;
}

void writeAlert(std::ofstream& out, int i) {
    const Ticks t = *parseIsoTime("2024-06-01T00:00:00Z") + static_cast<Ticks>(i) * 37 * kTicksPerSecond;
    const std::string host = "host-" + std::to_string(i % 500) + ".contoso.local";
    const int base = 1000 + (i % 30000) * 2;
    out << R"({"id":"da6385)" << i << R"(_-1","incidentId":)" << i / 10 << R"(,"severity":")"
        << (i % 3 == 0 ? "High" : "Medium") << R"(","status":"New","detectionSource":"WindowsDefenderAtp","category":")"
        << kCategories[i % 8] << R"(","title":"Synthetic alert )" << i % 50
        << R"(","description":"A synthetic alert for the import benchmark.","alertCreationTime":")" << iso(t + 600000000)
        << R"(","firstEventTime":")" << iso(t) << R"(","lastEventTime":")" << iso(t + 20000000)
        << R"(","machineId":"m)" << i % 500 << R"(","computerDnsName":")" << host << R"(","mitreTechniques":[")"
        << kTechniques[i % 8] << R"("],"relatedUser":{"userName":"user)" << i % 200
        << R"(","domainName":"CONTOSO"},"comments":[],"evidence":[)";
    out << processEvidence(base, t - 50000000, "C:\\\\Windows\\\\System32\\\\cmd.exe", "cmd.exe /c run.bat", 700,
                           t - 900000000, "C:\\\\Windows\\\\explorer.exe", t, false)
        << ",";
    out << processEvidence(base + 1, t, "C:\\\\Windows\\\\System32\\\\schtasks.exe",
                           "schtasks.exe /create /SC ONCE /TN T" + std::to_string(i) + " /TR C:\\\\x.exe /F", base,
                           t - 50000000, "C:\\\\Windows\\\\System32\\\\cmd.exe", t, true)
        << ",";
    out << R"({"entityType":"File","fileName":"x.exe","filePath":"C:\\Users\\Public","sha1":"da39a3ee5e6b4b0d3255bfef95601890afd80709","sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},)";
    out << R"({"entityType":"User","accountName":"user)" << i % 200 << R"(","domainName":"CONTOSO","userSid":"S-1-5-21-1-2-3-)"
        << 1000 + i % 200 << R"("},)";
    out << R"({"entityType":"Ip","ipAddress":"10.0.)" << (i / 256) % 256 << "." << i % 256 << R"("}]})";
}

double toSeconds(const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; }

double cpuSeconds(int who = RUSAGE_SELF) {
    rusage usage{};
    getrusage(who, &usage);
    return toSeconds(usage.ru_utime) + toSeconds(usage.ru_stime);
}

// The kernel's share (file writes: the WAL and the checkpoint).
double systemSeconds(int who) {
    rusage usage{};
    getrusage(who, &usage);
    return toSeconds(usage.ru_stime);
}

long peakRssKb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
    const int count = argc > 1 ? std::atoi(argv[1]) : 100000;
    const fs::path dir = fs::temp_directory_path() / ("hitome-bench-import-" + std::to_string(getpid()));
    fs::create_directories(dir);
    const fs::path input = dir / "alerts.json";
    {
        std::ofstream out(input, std::ios::binary);
        out << R"({"@odata.context":"https://api.securitycenter.microsoft.com/api/$metadata#Alerts","value":[)";
        for (int i = 0; i < count; ++i) {
            if (i) out << ",\n";
            writeAlert(out, i);
        }
        out << "]}\n";
    }
    const auto size = fs::file_size(input);
    std::string catalogJson;
    {
        std::ifstream in(fs::path(HITOME_SOURCE_DIR) / "resources/attack/catalog.json", std::ios::binary);
        catalogJson.assign(std::istreambuf_iterator<char>(in), {});
    }
    auto catalog = AttackCatalog::fromJson(catalogJson);
    auto caseFile = CaseFile::open(dir / "bench.hitome");
    if (!caseFile || !catalog) {
        std::cerr << "setup failed\n";
        return 1;
    }
    const long rssBefore = peakRssKb();
    const double cpuBefore = cpuSeconds();
    const double writerBefore = cpuSeconds(RUSAGE_THREAD);
    const double writerSystemBefore = systemSeconds(RUSAGE_THREAD);
    const auto start = std::chrono::steady_clock::now();
    ImportJob job(*caseFile, &*catalog);
    auto summary = job.run({input}, {}, {}, {});
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double cpu = cpuSeconds() - cpuBefore;
    const double writerCpu = cpuSeconds(RUSAGE_THREAD) - writerBefore;
    const double writerSystem = systemSeconds(RUSAGE_THREAD) - writerSystemBefore;
    if (!summary) {
        std::cerr << summary.error().message() << "\n";
        return 1;
    }
    std::printf("input: %d alerts x 5 evidence, %.1f MB JSON\n", count, static_cast<double>(size) / 1e6);
    std::printf("import: %.2f s, %.0f alerts/s, %.1f MB/s; %llu alerts, %llu processes\n", seconds, count / seconds,
                static_cast<double>(size) / 1e6 / seconds, static_cast<unsigned long long>(summary->alertsAdded),
                static_cast<unsigned long long>(summary->processes));
    // On a shared machine wall time includes waiting for a core; CPU time does not.
    std::printf("import CPU time: %.2f s (%.0f alerts per CPU second)\n", cpu, count / cpu);
    // The calling thread writes; the others hash (ahead) and parse. On two
    // idle cores the wall time approaches the larger of the two figures.
    std::printf("  calling thread (SQLite writes): %.2f s (%.2f s in the kernel), other threads (hash, parse): %.2f s\n",
                writerCpu, writerSystem, cpu - writerCpu);
    std::printf("peak RSS: %.1f MB (before import %.1f MB)\n", static_cast<double>(peakRssKb()) / 1024,
                static_cast<double>(rssBefore) / 1024);
    // The import leaves its pages in the write-ahead log; the workbench copies
    // them into the case right after (import_worker.cpp). Timed on its own.
    const auto checkpointStart = std::chrono::steady_clock::now();
    const double checkpointCpuBefore = cpuSeconds(RUSAGE_THREAD);
    (void)caseFile->connection().exec("PRAGMA wal_checkpoint(PASSIVE)");
    std::printf("checkpoint afterwards: %.2f s (%.2f CPU s)\n",
                std::chrono::duration<double>(std::chrono::steady_clock::now() - checkpointStart).count(),
                cpuSeconds(RUSAGE_THREAD) - checkpointCpuBefore);
    std::error_code ec;
    const auto caseBytes = fs::file_size(dir / "bench.hitome", ec);
    std::printf("case file: %.1f MB\n", static_cast<double>(caseBytes) / 1e6);
    if (std::getenv("HITOME_BENCH_KEEP")) return 0;
    fs::remove_all(dir, ec);
    return 0;
}
