// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/alerts/alert_record_pipeline.h"

#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <memory>
#include <mutex>
#include <new>
#include <optional>
#include <stop_token>
#include <thread>
#include <vector>

#include "core/ingest/alerts/json_record.h"
#include "core/ingest/ordered_parallel_map.h"

namespace hitome::core {
namespace {

// Records per hand-over and hand-overs in flight: a few hundred alerts at most
// wait between the threads, enough to ride out a slow statement.
constexpr std::size_t kBatchRecords = 64;
constexpr std::size_t kBatchBytes = 4u << 20;   // huge records travel in smaller batches
constexpr std::size_t kMaxQueuedBatches = 4;
constexpr std::size_t kMaxBatchesInFlight = 4;  // being parsed, or parsed and waiting for their turn
// Record text in those batches. A DOM takes several times its text, so a
// file of huge records is parsed one record at a time, not one per core.
constexpr std::size_t kMaxBytesInFlight = 4 * kBatchBytes;

struct MappedRecord {
    std::vector<Result<Alert>> alerts;
    std::uint64_t offset = 0;
    std::uint64_t index = 0;
};
using Batch = std::vector<MappedRecord>;

class BatchQueue {
public:
    // Producer side; false when the consumer has stopped listening. Frees
    // the batches the consumer is done with here, off the writer thread.
    bool push(Batch&& batch, std::stop_token stop) {
        std::vector<Batch> spent;
        std::unique_lock lock(m_mutex);
        if (!m_notFull.wait(lock, stop, [&] { return m_batches.size() < kMaxQueuedBatches; })) return false;
        m_batches.push_back(std::move(batch));
        spent.swap(m_spent);
        lock.unlock();
        m_notEmpty.notify_one();
        return true;
    }
    // Consumer side: a delivered batch, for the producer to free.
    void giveBack(Batch&& batch) {
        std::lock_guard lock(m_mutex);
        m_spent.push_back(std::move(batch));
    }
    void finish(Status status) {
        {
            std::lock_guard lock(m_mutex);
            m_final = std::move(status);
            m_isFinished = true;
        }
        m_notEmpty.notify_one();
    }
    // Consumer side; nullopt once the producer finished and all batches were taken.
    std::optional<Batch> pop() {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return !m_batches.empty() || m_isFinished; });
        if (m_batches.empty()) return std::nullopt;
        Batch batch = std::move(m_batches.front());
        m_batches.pop_front();
        lock.unlock();
        m_notFull.notify_one();
        return batch;
    }
    Status finalStatus() {
        std::lock_guard lock(m_mutex);
        return m_final;
    }

private:
    std::mutex m_mutex;
    std::condition_variable_any m_notFull, m_notEmpty;
    std::deque<Batch> m_batches;
    std::vector<Batch> m_spent;   // at most kMaxQueuedBatches + 1: each push takes them all
    bool m_isFinished = false;
    Status m_final;
};

// One core stays the writer's: SQLite has one writer, and it is the
// import's critical path (a record takes about as long to store as to parse).
unsigned defaultParseWorkers() {
    const unsigned cores = std::thread::hardware_concurrency();
    return cores > 1 ? cores - 1 : 1;
}

Error cancelled() { return Error::make(ErrorCode::Cancelled, "import cancelled"); }

// 1-based line of `offset`, for messages about NDJSON files.
std::uint64_t lineAt(const std::filesystem::path& path, std::uint64_t offset) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!f) return 0;
    std::uint64_t line = 1, pos = 0;
    std::vector<char> buf(1 << 20);
    while (pos < offset) {
        const std::size_t n = std::fread(buf.data(), 1, buf.size(), f.get());
        if (n == 0) break;
        for (std::size_t i = 0; i < n && pos < offset; ++i, ++pos)
            if (buf[i] == '\n') ++line;
    }
    return line;
}

// Names the file, and the line for errors placed by offset only.
Error located(Error err, const ReadContext& ctx) {
    if (err.file.empty()) err.file = ctx.displayName;
    if (err.offset && !err.record && err.code != ErrorCode::Cancelled)
        err.detail += " (line " + std::to_string(lineAt(ctx.path, *err.offset)) + ")";
    return err;
}

// Records parsed and mapped by a worker; `failure` stops the file after them.
struct MappedBatch {
    Batch records;
    std::optional<Error> failure;
};

MappedBatch parseAndMap(std::vector<RecordText>& texts, const AlertRecordPipeline::MapRecord& map) {
    MappedBatch out;
    out.records.reserve(texts.size());
    try {
        for (RecordText& text : texts) {
            auto record = parseJsonRecord(std::move(text));
            if (!record) {
                out.failure = record.error();
                break;
            }
            MappedRecord mapped;
            mapped.offset = record->offset;
            mapped.index = record->index;
            map(*record, mapped.alerts);
            out.records.push_back(std::move(mapped));
        }
    } catch (const std::bad_alloc&) {
        out.failure = Error::make(ErrorCode::TooLarge, "out of memory while reading the file");
    } catch (const std::exception& ex) {
        out.failure = Error::make(ErrorCode::Format, std::string("cannot read the file: ") + ex.what());
    }
    std::vector<RecordText>().swap(texts);   // the texts are spent: free them here, not on the writer
    return out;
}

// Cuts the file into records, has them parsed and mapped on the workers, and
// hands the results over in file order; the first failure in file order wins.
Status splitAndMap(const ReadContext& own, const AlertRecordPipeline::MapRecord& map, unsigned workerCount,
                   BatchQueue& queue, std::stop_token stop) {
    OrderedParallelMap<std::vector<RecordText>, MappedBatch> workers(
        [&map](std::vector<RecordText>& texts) { return parseAndMap(texts, map); }, workerCount, kMaxBatchesInFlight);
    std::optional<Error> failure;
    auto handOver = [&](MappedBatch&& mapped) {
        if (!mapped.records.empty() && !queue.push(std::move(mapped.records), stop)) failure = cancelled();
        else if (mapped.failure) failure = std::move(mapped.failure);
        return !failure;
    };
    std::deque<std::size_t> bytesInFlight;   // per batch, in submission order
    std::size_t totalInFlight = 0;
    auto takeOldest = [&] {
        totalInFlight -= bytesInFlight.front();
        bytesInFlight.pop_front();
        return handOver(workers.take());
    };
    std::vector<RecordText> pending;
    std::size_t pendingBytes = 0;
    auto submitPending = [&]() -> Status {
        while (!workers.empty() && (workers.full() || totalInFlight + pendingBytes > kMaxBytesInFlight))
            if (!takeOldest()) return *failure;
        workers.submit(std::move(pending));
        bytesInFlight.push_back(pendingBytes);
        totalInFlight += pendingBytes;
        pending = {};
        pendingBytes = 0;
        return {};
    };
    Status status = JsonRecordSplitter::split(own, [&](RecordText&& text) -> Status {
        pendingBytes += text.text.size();
        pending.push_back(std::move(text));
        return pending.size() < kBatchRecords && pendingBytes < kBatchBytes ? Status() : submitPending();
    });
    // Records before the point where the file broke still reach the sink.
    if (!failure && !pending.empty()) (void)submitPending();
    while (!failure && !workers.empty()) takeOldest();
    if (failure) return *failure;
    return status;
}

// The splitting thread. Always finishes the queue, so the writer never waits
// for a thread that has gone.
void produce(const ReadContext& ctx, const AlertRecordPipeline::MapRecord& map, unsigned workerCount, BatchQueue& queue,
             std::stop_token stop, std::atomic<std::uint64_t>& bytesRead) {
    ReadContext own;
    own.path = ctx.path;
    own.displayName = ctx.displayName;
    own.size = ctx.size;
    own.stop = stop;
    own.onBytes = [&bytesRead](std::uint64_t done) { bytesRead.store(done, std::memory_order_relaxed); };
    Status status;
    try {
        status = splitAndMap(own, map, workerCount, queue, stop);
    } catch (const std::bad_alloc&) {
        status = Error::make(ErrorCode::TooLarge, "out of memory while reading the file");
    } catch (const std::exception& ex) {
        status = Error::make(ErrorCode::Format, std::string("cannot read the file: ") + ex.what());
    }
    if (!status) status = located(status.error(), ctx);
    queue.finish(std::move(status));
}

// Gives one record's alerts to the sink; skipped records become warnings.
Status deliver(MappedRecord& mapped, const ReadContext& ctx, ImportSink& sink) {
    for (auto& alert : mapped.alerts) {
        if (!alert) {
            Error warning = alert.error();
            warning.inFile(ctx.displayName).atRecord(mapped.index).atOffset(mapped.offset);
            sink.addWarning(std::move(warning));
            continue;
        }
        if (Status st = sink.addAlert(*alert); !st) {
            Error err = st.error();
            if (err.code != ErrorCode::Cancelled && !err.offset && !err.record)
                err.atRecord(mapped.index).atOffset(mapped.offset);
            if (err.file.empty()) err.file = ctx.displayName;
            return err;
        }
    }
    return {};
}

Status consume(const ReadContext& ctx, ImportSink& sink, BatchQueue& queue,
               const std::atomic<std::uint64_t>& bytesRead) {
    std::uint64_t reported = 0;
    while (auto batch = queue.pop()) {
        if (ctx.stop.stop_requested()) return cancelled().inFile(ctx.displayName);
        for (auto& mapped : *batch)
            if (Status st = deliver(mapped, ctx, sink); !st) return st;
        queue.giveBack(std::move(*batch));
        const std::uint64_t done = bytesRead.load(std::memory_order_relaxed);
        if (ctx.onBytes && done != reported) {
            reported = done;
            ctx.onBytes(done);
        }
    }
    return queue.finalStatus();
}

}  // namespace

Status AlertRecordPipeline::read(const ReadContext& ctx, ImportSink& sink, const MapRecord& map, unsigned workers) {
    if (workers == 0) workers = defaultParseWorkers();
    BatchQueue queue;
    std::atomic<std::uint64_t> bytesRead{0};
    // Declared last so it is destroyed first: the parser is stopped and
    // joined before the queue goes, also when the sink throws.
    std::jthread parser([&](std::stop_token stop) { produce(ctx, map, workers, queue, std::move(stop), bytesRead); });
    std::stop_callback forwardCancel(ctx.stop, [&parser] { parser.request_stop(); });
    Status result = consume(ctx, sink, queue, bytesRead);
    parser.request_stop();
    return result;
}

}  // namespace hitome::core
