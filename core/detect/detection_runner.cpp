// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/detection_runner.h"

#include <charconv>
#include <chrono>
#include <optional>
#include <set>
#include <thread>

#include "core/detect/detection_alerts.h"
#include "core/detect/detection_collector.h"
#include "core/detect/recon_state.h"
#include "core/detect/rule_set.h"
#include "core/detect/sigma_event_view.h"
#include "core/store/case_file.h"
#include "core/store/event_cursor.h"
#include "core/store/statement.h"
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

// case_info keys: the fingerprint of the rules of the last completed run, and
// the last event id it scanned.
constexpr const char* kRulesKey = "detection_rules";
constexpr const char* kScannedKey = "detection_scanned_to";

std::int64_t maxEventId(Connection& conn) {
    Statement st(conn, "SELECT coalesce(max(id), 0) FROM events");
    auto step = st.step();
    return step && *step == Statement::Step::Row ? st.columnInt(0) : 0;
}

// Events up to this id were matched by a run with these same rules.
std::optional<std::int64_t> scannedWithSameRules(const CaseFile& caseFile, const RuleSet& rules) {
    if (rules.fingerprint().empty() || caseFile.info(kRulesKey) != rules.fingerprint()) return std::nullopt;
    const std::string text = caseFile.info(kScannedKey);
    std::int64_t id = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (ec != std::errc() || end != text.data() + text.size() || id < 0) return std::nullopt;
    return id;
}

Error cancelled() { return Error::make(ErrorCode::Cancelled, "detection cancelled"); }

// Hands the events of `filter` up to `lastId` to `fn` in batches, in id order.
template <typename Fn>
Status forEachBatch(Connection& conn, const EventFilter& filter, std::int64_t lastId, std::stop_token stop, Fn&& fn) {
    EventCursor cursor(conn, filter);
    std::vector<StoredEvent> batch(kBatch);
    bool isAtEnd = false;
    while (!isAtEnd) {
        size_t count = 0;
        while (count < kBatch && cursor.next(batch[count])) {
            if (batch[count].id > lastId) break;   // added while we scan: the next run's
            ++count;
        }
        isAtEnd = count < kBatch;
        if (!cursor.status()) return cursor.status().error();
        if (stop.stop_requested()) return cancelled();
        fn(batch, count);
    }
    return {};
}

}  // namespace

Result<DetectionSummary> runDetection(CaseFile& caseFile, const RuleSet& rules, const AttackCatalog* catalog,
                                      std::stop_token stop, const DetectionProgressFn& progress) {
    const auto start = std::chrono::steady_clock::now();
    if (stop.stop_requested()) return cancelled();
    Connection& conn = caseFile.connection();
    DetectionSummary summary;
    DetectionCollector collector;
    const std::int64_t lastId = maxEventId(conn);
    const std::optional<std::int64_t> scannedTo = scannedWithSameRules(caseFile, rules);
    summary.isNewEventsOnly = scannedTo && *scannedTo <= lastId;
    if (summary.isNewEventsOnly && *scannedTo == lastId) return summary;   // nothing added since
    {
        std::vector<std::vector<int>> hits(kBatch);
        SigmaEventView viewA(rules.fields()), viewB(rules.fields());
        Status scanned;
        EventFilter filter;
        if (summary.isNewEventsOnly) {
            // Command bursts and shells can span imports: go on from what the
            // last run had seen, then read only the new events.
            scanned = loadReconState(conn, collector);
            filter.afterId = *scannedTo;
        }
        if (scanned)
            scanned = forEachBatch(conn, filter, lastId, stop, [&](std::vector<StoredEvent>& batch, size_t count) {
                matchBatch(rules, batch, count, hits, viewA, viewB);
                for (size_t i = 0; i < count; ++i) {
                    collector.addHits(batch[i], hits[i]);
                    collector.observeProcess(batch[i]);
                }
                summary.eventsScanned += count;
                if (progress) progress({summary.eventsScanned, collector.hitCount()});
            });
        if (!scanned) return scanned.error();
    }
    if (stop.stop_requested()) return cancelled();
    summary.ruleHits = collector.hitCount();
    std::set<int> fired;
    for (const auto& [key, group] : collector.groups()) fired.insert(key.first);
    summary.rulesFired = static_cast<int>(fired.size());

    Transaction tx(conn);
    if (!tx.beginStatus()) return tx.beginStatus().error();
    DetectionAlerts writer(conn, rules, catalog);
    if (auto st = writer.writeRuleAlerts(collector, summary, summary.isNewEventsOnly); !st) return st.error();
    if (auto st = writer.writeRecon(collector, summary.isNewEventsOnly, summary); !st) return st.error();
    if (auto st = caseFile.setInfo(kRulesKey, rules.fingerprint()); !st) return st.error();
    if (auto st = caseFile.setInfo(kScannedKey, std::to_string(lastId)); !st) return st.error();
    if (auto st = tx.commit(); !st) return st.error();
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return summary;
}

Status forgetDetectionScan(CaseFile& caseFile) { return caseFile.setInfo(kScannedKey, ""); }

}  // namespace hitome::core
