// SPDX-License-Identifier: GPL-3.0-or-later
// EVTX parsing speed: our reader (1 thread and all cores) against
// `evtxexport -f xml` (libevtx) on the largest corpus files and on a big
// synthetic file made by concatenating every counted corpus chunk.
//   bench_evtx [--synthetic-mb N] [file.evtx ...]
//   bench_evtx --huge   builds a > 4 GiB file (66,000 corpus chunks behind a
//                       valid header, when the disk has room), checks every
//                       chunk parses as live, reports the rate, deletes it.
#include <sys/resource.h>
#include <sys/statvfs.h>
#include <zlib.h>
#include <ctime>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "core/ingest/evtx/evtx_file.h"

using namespace hitome::core;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

struct Rate {
    double seconds = 0;      // wall clock
    double cpuSeconds = 0;   // CPU time of the parsing (the machine may be shared)
    std::uint64_t records = 0;
};

double processCpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

double childCpuSeconds() {
    rusage ru{};
    getrusage(RUSAGE_CHILDREN, &ru);
    return static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
           static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

Rate parseWithThreads(const EvtxFile& file, unsigned threads) {
    const auto start = Clock::now();
    const double cpuStart = processCpuSeconds();
    std::vector<std::uint64_t> counts(threads, 0);
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
            std::vector<WinEvent> events;
            for (std::size_t i = t; i < file.chunkCount(); i += threads) {
                events.clear();
                ChunkDiagnostics diag;
                if (file.readChunk(i, events, diag).ok()) counts[t] += events.size();
            }
        });
    }
    for (auto& th : pool) th.join();
    Rate r;
    r.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    r.cpuSeconds = processCpuSeconds() - cpuStart;
    for (auto c : counts) r.records += c;
    return r;
}

Rate runEvtxexport(const fs::path& path, std::uint64_t records) {
    const std::string cmd = "evtxexport -f xml '" + path.string() + "' > /dev/null 2>&1";
    const auto start = Clock::now();
    const double cpuStart = childCpuSeconds();
    const int rc = std::system(cmd.c_str());
    Rate r{std::chrono::duration<double>(Clock::now() - start).count(), childCpuSeconds() - cpuStart, records};
    if (rc != 0) r.records = 0;  // evtxexport gave up on this file
    return r;
}

void printRow(const char* who, std::uint64_t bytes, const Rate& r) {
    const double mb = static_cast<double>(bytes) / 1e6;
    if (r.records == 0) {
        std::printf("  %-22s failed on this file\n", who);
        return;
    }
    std::printf("  %-22s wall %7.3f s %8.1f MB/s %9.0f rec/s | per CPU-second %8.1f MB/s %9.0f rec/s\n",
                who, r.seconds, mb / r.seconds, static_cast<double>(r.records) / r.seconds,
                mb / r.cpuSeconds, static_cast<double>(r.records) / r.cpuSeconds);
}

void bench(const fs::path& path, bool withEvtxexport) {
    auto file = EvtxFile::open(path);
    if (!file) {
        std::printf("%s\n", file.error().message().c_str());
        return;
    }
    parseWithThreads(*file, 1);  // warm the page cache
    const Rate one = parseWithThreads(*file, 1);
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const Rate all = parseWithThreads(*file, cores);
    std::printf("%s\n  %.1f MB, %zu chunks, %llu records parsed\n", path.filename().c_str(),
                static_cast<double>(file->fileSize()) / 1e6, file->chunkCount(),
                static_cast<unsigned long long>(one.records));
    printRow("hitome, 1 thread", file->fileSize(), one);
    char label[64];
    std::snprintf(label, sizeof label, "hitome, %u threads", cores);
    printRow(label, file->fileSize(), all);
    if (withEvtxexport) printRow("evtxexport -f xml", file->fileSize(), runEvtxexport(path, one.records));
}

// Every counted chunk of every corpus file, repeated `count` times behind a
// fresh header. Past 65,535 chunks the 16-bit chunk count wraps, as in real
// logs over 4 GiB; the 64-bit last chunk number holds the real count.
fs::path makeSynthetic(const fs::path& corpus, std::size_t count, std::vector<std::uint64_t>* recordsPerChunk = nullptr) {
    std::vector<std::string> chunks;
    for (const auto& e : fs::recursive_directory_iterator(corpus)) {
        if (!e.is_regular_file() || e.path().extension() != ".evtx") continue;
        auto file = EvtxFile::open(e.path());
        if (!file) continue;
        std::ifstream in(e.path(), std::ios::binary);
        for (std::size_t i = 0; i < std::min<std::size_t>(file->header().chunkCount, file->chunkCount()); ++i) {
            std::string c(65536, '\0');
            in.seekg(static_cast<std::streamoff>(4096 + i * 65536));
            if (in.read(c.data(), 65536) && c.compare(0, 8, std::string("ElfChnk\0", 8)) == 0)
                chunks.push_back(std::move(c));
        }
    }
    std::string head(4096, '\0');
    std::memcpy(head.data(), "ElfFile\0", 8);
    const std::uint64_t last = count - 1;
    const std::uint32_t headerSize = 128;
    const std::uint16_t minor = 1, major = 3, block = 4096, n = static_cast<std::uint16_t>(count);
    std::memcpy(&head[16], &last, 8);
    std::memcpy(&head[32], &headerSize, 4);
    std::memcpy(&head[36], &minor, 2);
    std::memcpy(&head[38], &major, 2);
    std::memcpy(&head[40], &block, 2);
    std::memcpy(&head[42], &n, 2);
    const auto crc = static_cast<std::uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(head.data()), 120));
    std::memcpy(&head[124], &crc, 4);
    const fs::path out = fs::temp_directory_path() / "hitome-bench-synthetic.evtx";
    std::ofstream o(out, std::ios::binary | std::ios::trunc);
    o.write(head.data(), static_cast<std::streamsize>(head.size()));
    for (std::size_t i = 0; i < count && !chunks.empty(); ++i) o.write(chunks[i % chunks.size()].data(), 65536);
    if (recordsPerChunk) {
        // The live records each source chunk declares (first..last record number).
        for (const auto& c : chunks) {
            std::uint64_t first = 0, last = 0;
            std::memcpy(&first, c.data() + 8, 8);
            std::memcpy(&last, c.data() + 16, 8);
            recordsPerChunk->push_back(last >= first ? last - first + 1 : 0);
        }
    }
    return out;
}

std::uint64_t freeBytes(const fs::path& dir) {
    struct statvfs st {};
    if (statvfs(dir.c_str(), &st) != 0) return 0;
    return static_cast<std::uint64_t>(st.f_bavail) * st.f_frsize;
}

// A > 4 GiB file: every chunk, including those past the 4 GiB offset, must
// yield the live records its header declares.
int benchHuge(const fs::path& corpus) {
    constexpr std::size_t kChunks = 66000;   // 4.33 GB
    const std::uint64_t need = 4096 + kChunks * 65536ULL;
    if (freeBytes(fs::temp_directory_path()) < need + (8ULL << 30)) {
        std::printf("--huge: not enough free disk space for a %.2f GB file (+8 GB margin); skipped\n", need / 1e9);
        return 0;
    }
    std::vector<std::uint64_t> perChunk;
    const auto t0 = Clock::now();
    const fs::path path = makeSynthetic(corpus, kChunks, &perChunk);
    std::printf("built %s: %.2f GB, %zu chunks in %.1f s\n", path.c_str(), static_cast<double>(fs::file_size(path)) / 1e9,
                kChunks, std::chrono::duration<double>(Clock::now() - t0).count());
    auto file = EvtxFile::open(path);
    if (!file) {
        std::printf("open failed: %s\n", file.error().message().c_str());
        fs::remove(path);
        return 1;
    }
    std::uint64_t expected = 0, expectedPast4G = 0;
    for (std::size_t i = 0; i < kChunks; ++i) {
        expected += perChunk[i % perChunk.size()];
        if (4096 + i * 65536ULL >= (1ULL << 32)) expectedPast4G += perChunk[i % perChunk.size()];
    }
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    std::vector<std::uint64_t> live(cores, 0), livePast4G(cores, 0), failed(cores, 0);
    const double cpuStart = processCpuSeconds();
    const auto start = Clock::now();
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < cores; ++t)
        pool.emplace_back([&, t] {
            std::vector<WinEvent> events;
            for (std::size_t i = t; i < file->chunkCount(); i += cores) {
                events.clear();
                ChunkDiagnostics diag;
                if (!file->readChunk(i, events, diag).ok()) ++failed[t];
                for (const auto& e : events)
                    if (!e.isRecovered) {
                        ++live[t];
                        if (4096 + i * 65536ULL >= (1ULL << 32)) ++livePast4G[t];
                    }
            }
        });
    for (auto& th : pool) th.join();
    const double secs = std::chrono::duration<double>(Clock::now() - start).count();
    const double cpu = processCpuSeconds() - cpuStart;
    std::uint64_t got = 0, gotPast = 0, bad = 0;
    for (unsigned t = 0; t < cores; ++t) got += live[t], gotPast += livePast4G[t], bad += failed[t];
    const double mb = static_cast<double>(file->fileSize()) / 1e6;
    std::printf("%zu chunks (header count field %u, last chunk number %llu): %llu live records of %llu expected, "
                "%llu of %llu past the 4 GiB offset, %llu chunk read errors\n"
                "  %u threads: wall %.1f s %.1f MB/s | per CPU-second %.1f MB/s -> %s\n",
                file->chunkCount(), file->header().chunkCount,
                static_cast<unsigned long long>(file->header().lastChunkNumber), static_cast<unsigned long long>(got),
                static_cast<unsigned long long>(expected), static_cast<unsigned long long>(gotPast),
                static_cast<unsigned long long>(expectedPast4G), static_cast<unsigned long long>(bad), cores, secs,
                mb / secs, mb / cpu, got == expected && gotPast == expectedPast4G && bad == 0 ? "OK" : "FAILED");
    fs::remove(path);
    return got == expected && bad == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    std::size_t syntheticMb = 256;
    std::vector<fs::path> files;
    const fs::path corpus = fs::path(HITOME_SHARED_DIR) / "corpus" / "evtx";
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--synthetic-mb") == 0 && i + 1 < argc) syntheticMb = std::strtoul(argv[++i], nullptr, 10);
        else if (std::strcmp(argv[i], "--huge") == 0) return benchHuge(corpus);
        else files.emplace_back(argv[i]);
    }
    if (files.empty() && fs::is_directory(corpus)) {
        std::vector<std::pair<std::uintmax_t, fs::path>> bySize;
        for (const auto& e : fs::recursive_directory_iterator(corpus))
            if (e.is_regular_file() && e.path().extension() == ".evtx") bySize.emplace_back(e.file_size(), e.path());
        std::sort(bySize.rbegin(), bySize.rend());
        for (std::size_t i = 0; i < std::min<std::size_t>(3, bySize.size()); ++i) files.push_back(bySize[i].second);
    }
    for (const auto& f : files) bench(f, true);
    if (syntheticMb > 0 && fs::is_directory(corpus)) {
        const fs::path synthetic = makeSynthetic(corpus, std::min<std::size_t>(65535, syntheticMb * 1000000 / 65536));
        bench(synthetic, true);
        fs::remove(synthetic);
    }
    return 0;
}
