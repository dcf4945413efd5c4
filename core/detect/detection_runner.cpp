// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/detection_runner.h"

#include <chrono>
#include <set>
#include <thread>

#include "core/detect/detection_alerts.h"
#include "core/detect/detection_collector.h"
#include "core/detect/rule_set.h"
#include "core/detect/sigma_event_view.h"
#include "core/store/case_file.h"
#include "core/store/event_cursor.h"
#include "core/store/transaction.h"

namespace hitome::core {

namespace {

constexpr size_t kBatch = 4096;

// Matches a batch on two threads; hits[i] gets the rules event i matched.
void matchBatch(const RuleSet& rules, std::vector<StoredEvent>& batch, size_t count,
                std::vector<std::vector<int>>& hits, SigmaEventView& viewA, SigmaEventView& viewB) {
    for (size_t i = 0; i < count; ++i) hits[i].clear();
    auto work = [&](SigmaEventView& view, size_t from, size_t to) {
        for (size_t i = from; i < to; ++i) rules.match(batch[i].event, view, hits[i]);
    };
    if (count < 64) {
        work(viewA, 0, count);
        return;
    }
    // Interleaved halves would share cache lines of `hits`; contiguous halves do not.
    const size_t half = count / 2;
    std::thread helper(work, std::ref(viewB), half, count);
    work(viewA, 0, half);
    helper.join();
}

}  // namespace

Result<DetectionSummary> runDetection(CaseFile& caseFile, const RuleSet& rules, const AttackCatalog* catalog,
                                      std::stop_token stop, const DetectionProgressFn& progress) {
    const auto start = std::chrono::steady_clock::now();
    DetectionSummary summary;
    DetectionCollector collector;
    {
        EventCursor cursor(caseFile.connection());
        std::vector<StoredEvent> batch(kBatch);
        std::vector<std::vector<int>> hits(kBatch);
        SigmaEventView viewA(rules.fields()), viewB(rules.fields());
        bool isAtEnd = false;
        while (!isAtEnd) {
            size_t count = 0;
            while (count < kBatch && cursor.next(batch[count])) ++count;
            isAtEnd = count < kBatch;
            if (!cursor.status()) return cursor.status().error();
            if (stop.stop_requested()) return Error::make(ErrorCode::Cancelled, "detection cancelled");
            matchBatch(rules, batch, count, hits, viewA, viewB);
            for (size_t i = 0; i < count; ++i) {
                collector.addHits(batch[i], hits[i]);
                collector.observeProcess(batch[i]);
            }
            summary.eventsScanned += count;
            if (progress) progress({summary.eventsScanned, collector.hitCount()});
        }
    }
    if (stop.stop_requested()) return Error::make(ErrorCode::Cancelled, "detection cancelled");
    summary.ruleHits = collector.hitCount();
    std::set<int> fired;
    for (const auto& [key, group] : collector.groups()) fired.insert(key.first);
    summary.rulesFired = static_cast<int>(fired.size());

    Transaction tx(caseFile.connection());
    if (!tx.beginStatus()) return tx.beginStatus().error();
    DetectionAlerts writer(caseFile.connection(), rules, catalog);
    if (auto st = writer.writeRuleAlerts(collector, summary); !st) return st.error();
    if (auto st = writer.writeRecon(collector, summary); !st) return st.error();
    if (auto st = tx.commit(); !st) return st.error();
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return summary;
}

}  // namespace hitome::core
