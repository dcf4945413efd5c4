// SPDX-License-Identifier: GPL-3.0-or-later
// Detection throughput: the full SigmaHQ Windows rule set (plus our pack)
// over a 1M-event set built by repeating the corpus' real EVTX records, on
// one and on two threads. Prints figures; asserts nothing.
//
//   bench_detect [EVENTS] [RULES_DIR]   (defaults: 1000000, ../shared/corpus/sigma/rules/windows)

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "core/detect/evtx_event_loader.h"
#include "core/detect/rule_set.h"
#include "core/detect/sigma_event_view.h"

using namespace hitome::core;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

std::vector<WinEvent> corpusEvents(const fs::path& corpus) {
    std::vector<fs::path> files;
    for (const auto& dir : {corpus / "evtx", corpus / "sigma" / "regression_data"}) {
        std::error_code ec;
        for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
            if (it->path().extension() == ".evtx") files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    std::vector<WinEvent> events;
    for (const auto& f : files) {
        auto loaded = loadEvtxEvents(f);
        if (!loaded) continue;   // damaged samples are part of the corpus on purpose
        for (auto& e : *loaded) events.push_back(std::move(e));
    }
    return events;
}

// Matches events[i] for i in [0, total) (cycling over the real records).
std::uint64_t matchRange(const RuleSet& rules, const std::vector<WinEvent>& events, size_t from, size_t to) {
    SigmaEventView view(rules.fields());
    std::vector<int> hits;
    std::uint64_t count = 0;
    for (size_t i = from; i < to; ++i) {
        hits.clear();
        rules.match(events[i % events.size()], view, hits);
        count += hits.size();
    }
    return count;
}

void run(const RuleSet& rules, const std::vector<WinEvent>& events, size_t total, int threads) {
    const auto start = Clock::now();
    std::vector<std::uint64_t> hits(static_cast<size_t>(threads));
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        const size_t from = total * static_cast<size_t>(t) / static_cast<size_t>(threads);
        const size_t to = total * static_cast<size_t>(t + 1) / static_cast<size_t>(threads);
        pool.emplace_back([&, t, from, to] { hits[static_cast<size_t>(t)] = matchRange(rules, events, from, to); });
    }
    for (auto& th : pool) th.join();
    const double s = secondsSince(start);
    std::uint64_t sum = 0;
    for (auto h : hits) sum += h;
    std::printf("match %zu events, %d thread(s): %.2f s, %.0f events/s, %llu rule hits\n", total, threads, s,
                static_cast<double>(total) / s, static_cast<unsigned long long>(sum));
}

}  // namespace

int main(int argc, char** argv) {
    const size_t total = argc > 1 ? std::stoul(argv[1]) : 1000000;
    const fs::path corpus = fs::path(HITOME_SHARED_DIR) / "corpus";
    const fs::path rulesDir = argc > 2 ? fs::path(argv[2]) : corpus / "sigma" / "rules" / "windows";

    auto start = Clock::now();
    RuleSet rules;
    RuleLoadReport report;
    rules.addDirectory(rulesDir, report);
    rules.addDirectory(fs::path(HITOME_SOURCE_DIR) / "resources" / "rules", report);
    rules.finalize();
    std::printf("rules: %d loaded, %zu unsupported, %zu errors in %.2f s\n", report.loaded, report.unsupported.size(),
                report.errors.size(), secondsSince(start));

    start = Clock::now();
    const std::vector<WinEvent> events = corpusEvents(corpus);
    if (events.empty()) {
        std::printf("no corpus events found under %s\n", corpus.string().c_str());
        return 1;
    }
    std::printf("corpus: %zu real records read in %.2f s (repeated to %zu)\n", events.size(), secondsSince(start), total);
    size_t candidates = 0;
    for (const auto& e : events) candidates += rules.candidateCount(e);
    std::printf("index: %.1f candidate rules per event on average (of %zu)\n",
                static_cast<double>(candidates) / static_cast<double>(events.size()), rules.rules().size());
    run(rules, events, total, 1);
    run(rules, events, total, 2);
    return 0;
}
