// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/evtx_format_reader.h"

#include <algorithm>
#include <thread>
#include <unordered_set>

#include "core/ingest/evtx/evtx_file.h"
#include "core/ingest/evtx_prefetcher.h"
#include "core/ingest/ordered_parallel_map.h"

namespace hitome::core {
namespace {

struct ChunkRange {
    std::size_t first = 0, count = 0;
    // Events of a range the writer has stored, freed by the worker (off the
    // writer thread, in the allocator arena they came from).
    std::vector<PreparedEvent> stored;
};

struct ParsedChunks {
    std::vector<PreparedEvent> events;
    std::vector<Error> problems;
    Status status;
    std::size_t endChunk = 0;
};

ParsedChunks parseRange(const EvtxFile& file, ChunkRange& range) {
    range.stored.clear();
    range.stored.shrink_to_fit();
    ParsedChunks out;
    out.endChunk = range.first + range.count;
    out.status = parsePreparedChunks(file, range.first, out.endChunk, out.events, out.problems);
    return out;
}

Error named(Error e, const ReadContext& ctx) {
    // The parser names the on-disk path; the analyst knows the display name ("a.zip!/x.evtx").
    e.file = ctx.displayName;
    return e;
}

Error cancelled(const ReadContext& ctx) { return Error::make(ErrorCode::Cancelled, "import cancelled").inFile(ctx.displayName); }

void warnAboutManyProblems(std::size_t problems, const ReadContext& ctx, ImportSink& sink) {
    if (problems > EvtxFormatReader::kMaxWarnings)
        sink.addWarning(Error::make(ErrorCode::Corrupt, std::to_string(problems) + " chunk problems in all")
                            .inFile(ctx.displayName));
}

// A file the import's EvtxPrefetcher parsed ahead, handed to the sink as the
// chunk-parallel path below would.
Status storeParsedFile(ParsedEvtxFile& parsed, const ReadContext& ctx, ImportSink& sink) {
    if (!parsed.status) return named(parsed.status.error(), ctx);
    for (const Error& p : parsed.fileProblems) sink.addWarning(named(p, ctx));
    std::size_t problems = 0;
    for (auto& p : parsed.chunkProblems)
        if (problems++ < EvtxFormatReader::kMaxWarnings) sink.addWarning(named(std::move(p), ctx));
    std::unordered_set<std::uint64_t> recoveredIds;
    for (auto& e : parsed.events) {
        if (ctx.stop.stop_requested()) return cancelled(ctx);
        if (e.event.isRecovered && !recoveredIds.insert(e.event.recordId).second) continue;
        if (auto st = sink.addPreparedEvent(e); !st) return st;
    }
    if (ctx.onBytes) ctx.onBytes(parsed.fileSize);
    warnAboutManyProblems(problems, ctx, sink);
    return {};
}

}  // namespace

bool EvtxFormatReader::sniff(std::string_view head) const {
    return head.size() >= 8 && head.substr(0, 8) == std::string_view("ElfFile\0", 8);
}

Status EvtxFormatReader::read(const ReadContext& ctx, ImportSink& sink) {
    if (ctx.evtxAhead)
        if (auto parsed = ctx.evtxAhead->take(ctx.path, ctx.stop)) {
            Status stored = storeParsedFile(*parsed, ctx, sink);
            ctx.evtxAhead->recycle(std::move(parsed->events));
            return stored;
        }
    if (ctx.stop.stop_requested()) return cancelled(ctx);
    auto opened = EvtxFile::open(ctx.path);
    if (!opened) return named(opened.error(), ctx);
    const EvtxFile& file = *opened;
    for (const Error& p : file.problems()) sink.addWarning(named(p, ctx));
    const unsigned workers = std::max(1u, std::thread::hardware_concurrency());
    OrderedParallelMap<ChunkRange, ParsedChunks> map([&file](ChunkRange& r) { return parseRange(file, r); },
                                                     workers, workers * 2);
    std::unordered_set<std::uint64_t> recoveredIds;
    std::size_t warnings = 0;
    std::vector<PreparedEvent> stored;
    auto drainOne = [&]() -> Status {
        ParsedChunks done = map.take();
        if (!done.status) return named(done.status.error(), ctx);
        for (auto& p : done.problems)
            if (warnings++ < kMaxWarnings) sink.addWarning(named(std::move(p), ctx));
        for (auto& e : done.events) {
            // A record carved from slack in several chunks is imported once.
            if (e.event.isRecovered && !recoveredIds.insert(e.event.recordId).second) continue;
            if (auto st = sink.addPreparedEvent(e); !st) return st;
        }
        stored = std::move(done.events);
        if (ctx.onBytes) ctx.onBytes(std::min<std::uint64_t>(file.fileSize(), 4096 + done.endChunk * 65536ULL));
        return {};
    };
    const std::size_t chunks = file.chunkCount();
    for (std::size_t next = 0; next < chunks || !map.empty();) {
        if (ctx.stop.stop_requested()) return cancelled(ctx);
        if (next < chunks && !map.full()) {
            const std::size_t count = std::min(kChunksPerTask, chunks - next);
            map.submit(ChunkRange{next, count, std::move(stored)});
            stored.clear();
            next += count;
            continue;
        }
        if (auto st = drainOne(); !st) return st;
    }
    warnAboutManyProblems(warnings, ctx, sink);
    return {};
}

}  // namespace hitome::core
