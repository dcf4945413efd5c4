// SPDX-License-Identifier: GPL-3.0-or-later
// Detection throughput: the full SigmaHQ Windows rule set (plus our pack)
// over a 1M-event set built by repeating the corpus' real EVTX records, on
// one and on two threads. Prints figures; asserts nothing.
//
//   bench_detect [EVENTS] [RULES_DIR]   (defaults: 1000000, ../shared/corpus/sigma/rules/windows)

#include <algorithm>
#include <chrono>
#include <ctime>
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

// CPU time of the calling thread: on a shared machine wall time also counts
// the other processes' turns, CPU time only ours.
double threadCpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

struct RangeResult {
    std::uint64_t hits = 0;
    double cpuSeconds = 0;
};

// Matches events[i] for i in [from, to) (cycling over the real records).
RangeResult matchRange(const RuleSet& rules, const std::vector<WinEvent>& events, size_t from, size_t to) {
    const double cpuStart = threadCpuSeconds();
    SigmaEventView view(rules.fields());
    std::vector<int> hits;
    std::uint64_t count = 0;
    for (size_t i = from; i < to; ++i) {
        hits.clear();
        rules.match(events[i % events.size()], view, hits);
        count += hits.size();
    }
    return {count, threadCpuSeconds() - cpuStart};
}

void run(const RuleSet& rules, const std::vector<WinEvent>& events, size_t total, int threads) {
    const auto start = Clock::now();
    std::vector<RangeResult> results(static_cast<size_t>(threads));
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        const size_t from = total * static_cast<size_t>(t) / static_cast<size_t>(threads);
        const size_t to = total * static_cast<size_t>(t + 1) / static_cast<size_t>(threads);
        pool.emplace_back([&, t, from, to] { results[static_cast<size_t>(t)] = matchRange(rules, events, from, to); });
    }
    for (auto& th : pool) th.join();
    const double s = secondsSince(start);
    std::uint64_t sum = 0;
    double cpu = 0;
    for (const auto& r : results) {
        sum += r.hits;
        cpu += r.cpuSeconds;
    }
    std::printf("match %zu events, %d thread(s): %.2f s wall, %.0f events/s; %.2f CPU s, %.0f events per CPU second; "
                "%llu rule hits\n",
                total, threads, s, static_cast<double>(total) / s, cpu, static_cast<double>(total) / cpu,
                static_cast<unsigned long long>(sum));
}

// Average candidates (what the index offers) and evaluations (what the
// prefilter lets through) per event, over all events and over process creations.
void printIndexFigures(const RuleSet& rules, const std::vector<WinEvent>& events) {
    SigmaEventView view(rules.fields());
    double candidates = 0, evaluated = 0, procCandidates = 0, procEvaluated = 0, procs = 0;
    for (const auto& e : events) {
        const auto c = static_cast<double>(rules.candidateCount(e));
        const auto v = static_cast<double>(rules.evaluationCount(e, view));
        candidates += c;
        evaluated += v;
        if (e.eventId == 1 || e.eventId == 4688) {
            procCandidates += c;
            procEvaluated += v;
            ++procs;
        }
    }
    const auto n = static_cast<double>(events.size());
    std::printf("index: %.1f candidate rules per event, %.1f evaluated after the literal prefilter (of %zu rules)\n",
                candidates / n, evaluated / n, rules.rules().size());
    if (procs > 0)
        std::printf("process creations (%.0f): %.1f candidate rules, %.1f evaluated\n", procs, procCandidates / procs,
                    procEvaluated / procs);
    std::printf("prefilter: %d of %zu rules have required literals (%d literals), automata %.1f MB\n",
                rules.prefilter().filteredRuleCount(), rules.rules().size(), rules.prefilter().literalCount(),
                static_cast<double>(rules.prefilterBytes()) / 1e6);
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
    const double parseSeconds = secondsSince(start);
    start = Clock::now();
    rules.finalize();
    std::printf("rules: %d loaded, %zu unsupported, %zu errors; compiled in %.2f s, index + prefilter in %.2f s\n",
                report.loaded, report.unsupported.size(), report.errors.size(), parseSeconds, secondsSince(start));

    start = Clock::now();
    const std::vector<WinEvent> events = corpusEvents(corpus);
    if (events.empty()) {
        std::printf("no corpus events found under %s\n", corpus.string().c_str());
        return 1;
    }
    std::printf("corpus: %zu real records read in %.2f s (repeated to %zu)\n", events.size(), secondsSince(start), total);
    printIndexFigures(rules, events);
    run(rules, events, total, 1);
    run(rules, events, total, 2);
    // The same without the prefilter (every candidate evaluated), on a tenth of the events.
    rules.finalize(false);
    std::printf("without the literal prefilter:\n");
    run(rules, events, std::max<size_t>(total / 10, 1), 1);
    return 0;
}
