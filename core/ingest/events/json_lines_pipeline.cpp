// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/events/json_lines_pipeline.h"

#include <algorithm>
#include <thread>

#include "core/ingest/events/line_block_reader.h"
#include "core/ingest/ordered_parallel_map.h"

namespace hitome::core {
namespace {

constexpr std::size_t kMaxWarnings = 100;

// A block to parse, carrying the events of a block the writer has stored:
// the worker frees them, so the writer thread never spends time in free()
// (nor contends for the allocator arena those strings came from).
struct BlockTask {
    LineBlock block;
    std::vector<PreparedEvent> stored;
};

struct ParsedBlock {
    std::vector<PreparedEvent> events;
    std::vector<Error> warnings;   // record = line number, offset = byte offset
    std::uint64_t badLines = 0;
    std::uint64_t endOffset = 0;
};

ParsedBlock parseBlock(BlockTask& task, const JsonLineMapper& mapper) {
    task.stored.clear();
    task.stored.shrink_to_fit();
    const LineBlock& block = task.block;
    ParsedBlock out;
    JsonFlatParser parser;
    std::vector<FlatField> fields;
    std::vector<WinEvent> events;
    std::string_view text = block.bytes;
    std::uint64_t line = block.firstLine;
    std::size_t pos = 0;
    while (pos < text.size()) {
        size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        std::string_view l = text.substr(pos, nl - pos);
        const std::uint64_t offset = block.offset + pos;
        pos = nl + 1;
        ++line;
        if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
        if (l.find_first_not_of(" \t") == std::string_view::npos) continue;
        std::optional<std::string> problem;
        if (!parser.parse(l, fields))
            problem = "invalid JSON at column " + std::to_string(parser.errorOffset() + 1) + ": " + parser.errorDetail();
        else
            problem = mapper(fields, events);
        if (problem) {
            ++out.badLines;
            if (out.warnings.size() < kMaxWarnings)
                out.warnings.push_back(Error::make(ErrorCode::Format, *problem).atRecord(line - 1).atOffset(offset));
        }
    }
    out.events.reserve(events.size());
    for (auto& e : events) out.events.push_back(prepareEvent(std::move(e)));
    out.endOffset = block.offset + block.bytes.size();
    return out;
}

}  // namespace

bool parseFirstJsonLine(std::string_view head, std::vector<FlatField>& fields) {
    JsonFlatParser parser;
    std::size_t pos = 0;
    while (pos < head.size()) {
        size_t nl = head.find('\n', pos);
        if (nl == std::string_view::npos) nl = head.size();
        std::string_view l = head.substr(pos, nl - pos);
        pos = nl + 1;
        if (l.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        return parser.parse(l, fields);
    }
    return false;
}

Status readJsonLines(const ReadContext& ctx, ImportSink& sink, const JsonLineMapper& mapper) {
    LineBlockReader reader(ctx.path.string(), ctx.displayName);
    if (!reader.openStatus()) return reader.openStatus();
    const unsigned workers = std::max(1u, std::thread::hardware_concurrency());
    OrderedParallelMap<BlockTask, ParsedBlock> map(
        [&mapper](BlockTask& t) { return parseBlock(t, mapper); }, workers, workers * 3);
    std::vector<PreparedEvent> stored;
    std::uint64_t events = 0, badLines = 0, warned = 0;
    std::optional<Error> firstProblem;
    auto drainOne = [&]() -> Status {
        ParsedBlock done = map.take();
        for (auto& w : done.warnings) {
            w.file = ctx.displayName;
            if (!firstProblem) firstProblem = w;
            if (warned++ < kMaxWarnings) sink.addWarning(w);
        }
        badLines += done.badLines;
        for (auto& e : done.events) {
            if (auto st = sink.addPreparedEvent(e); !st) return st;
            ++events;
        }
        stored = std::move(done.events);
        if (ctx.onBytes) ctx.onBytes(done.endOffset);
        return {};
    };
    LineBlock block;
    Status readError;
    while (true) {
        if (ctx.stop.stop_requested()) return Error::make(ErrorCode::Cancelled, "import cancelled").inFile(ctx.displayName);
        if (map.full())
            if (auto st = drainOne(); !st) return st;
        if (!reader.next(block, readError)) break;
        map.submit(BlockTask{std::move(block), std::move(stored)});
        stored.clear();
    }
    if (!readError) return readError;
    while (!map.empty()) {
        if (ctx.stop.stop_requested()) return Error::make(ErrorCode::Cancelled, "import cancelled").inFile(ctx.displayName);
        if (auto st = drainOne(); !st) return st;
    }
    if (events == 0 && firstProblem) return *firstProblem;
    if (badLines > kMaxWarnings)
        sink.addWarning(Error::make(ErrorCode::Format, std::to_string(badLines) + " lines skipped in all")
                            .inFile(ctx.displayName));
    return {};
}

}  // namespace hitome::core
