// SPDX-License-Identifier: GPL-3.0-or-later
// EVTX parsing speed: our reader (1 thread and all cores) against
// `evtxexport -f xml` (libevtx) on the largest corpus files and on a big
// synthetic file made by concatenating every counted corpus chunk.
//   bench_evtx [--synthetic-mb N] [file.evtx ...]
#include <sys/resource.h>
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

// Every counted chunk of every corpus file, repeated until `targetMb`.
fs::path makeSynthetic(const fs::path& corpus, std::size_t targetMb) {
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
    const std::size_t count = std::min<std::size_t>(65535, targetMb * 1000000 / 65536);
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
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    std::size_t syntheticMb = 256;
    std::vector<fs::path> files;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--synthetic-mb") == 0 && i + 1 < argc) syntheticMb = std::strtoul(argv[++i], nullptr, 10);
        else files.emplace_back(argv[i]);
    }
    const fs::path corpus = fs::path(HITOME_SHARED_DIR) / "corpus" / "evtx";
    if (files.empty() && fs::is_directory(corpus)) {
        std::vector<std::pair<std::uintmax_t, fs::path>> bySize;
        for (const auto& e : fs::recursive_directory_iterator(corpus))
            if (e.is_regular_file() && e.path().extension() == ".evtx") bySize.emplace_back(e.file_size(), e.path());
        std::sort(bySize.rbegin(), bySize.rend());
        for (std::size_t i = 0; i < std::min<std::size_t>(3, bySize.size()); ++i) files.push_back(bySize[i].second);
    }
    for (const auto& f : files) bench(f, true);
    if (syntheticMb > 0 && fs::is_directory(corpus)) {
        const fs::path synthetic = makeSynthetic(corpus, syntheticMb);
        bench(synthetic, true);
        fs::remove(synthetic);
    }
    return 0;
}
