// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Parses the import's small EVTX files ahead of the writer on background
// threads (one per core). A file of a few chunks is one task: parsed in place, the writer
// would wait for it and the parser for the writer, file after file (most
// incident folders are hundreds of such files). Ahead, parsing file N + 1
// overlaps storing file N. Large files are left to the reader, which spreads
// their chunks over worker threads. At most a few files (and a few MiB of
// input) wait parsed; a file asked out of order is parsed by the caller.

#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <stop_token>
#include <thread>
#include <unordered_map>
#include <vector>

#include "core/store/prepared_event.h"
#include "core/util/result.h"

namespace hitome::core {

class EvtxFile;

// One EVTX file parsed whole. Errors name the on-disk path.
struct ParsedEvtxFile {
    Status status;                       // failed open or I/O error; the rest is then empty
    std::vector<Error> fileProblems;     // header problems that did not stop reading
    std::vector<Error> chunkProblems;
    std::vector<PreparedEvent> events;   // in file order
    std::uint64_t fileSize = 0;
};

ParsedEvtxFile parseWholeEvtxFile(const std::filesystem::path& path, std::stop_token stop);

// Chunks [first, end) of `file` as prepared events, appended in file order;
// chunk problems go to `problems`. Stops between chunks when `stop` is requested.
Status parsePreparedChunks(const EvtxFile& file, std::size_t first, std::size_t end, std::vector<PreparedEvent>& events,
                           std::vector<Error>& problems, std::stop_token stop = {});

class EvtxPrefetcher {
public:
    static constexpr std::uint64_t kMaxFileBytes = 4ull << 20;   // larger files: parallel chunks in the reader
    static constexpr std::uint64_t kMaxBytesAhead = 16ull << 20;
    static constexpr std::size_t kMaxFilesAhead = 16;

    // `files`: the import's files in the order the writer takes them.
    explicit EvtxPrefetcher(const std::vector<std::pair<std::filesystem::path, std::uint64_t>>& files);
    ~EvtxPrefetcher();
    EvtxPrefetcher(const EvtxPrefetcher&) = delete;
    EvtxPrefetcher& operator=(const EvtxPrefetcher&) = delete;

    // The parsed file, or nullopt when it was not parsed ahead (not listed,
    // too large, not EVTX, or asked out of order). Files listed before it are dropped.
    std::optional<ParsedEvtxFile> take(const std::filesystem::path& path, std::stop_token stop);
    // Events the writer has stored: freed on a prefetch thread, not the writer's.
    void recycle(std::vector<PreparedEvent>&& stored);

private:
    struct Candidate {
        std::filesystem::path path;
        std::uint64_t size = 0;
    };
    enum class State : char { Waiting, Parsing, Finished };
    void work(std::stop_token stop);
    void freeStoredEvents();

    std::vector<Candidate> m_files;
    std::unordered_map<std::string, std::vector<std::size_t>> m_indexOf;   // path -> its indexes in m_files
    std::vector<State> m_state;        // per file
    std::size_t m_next = 0;            // first index the writer may still ask for
    std::size_t m_claim = 0;           // next index a worker takes
    std::uint64_t m_bytesAhead = 0;    // input size of files being parsed or parsed, not taken yet
    std::map<std::size_t, ParsedEvtxFile> m_done;
    std::vector<std::vector<PreparedEvent>> m_stored;   // to free
    std::mutex m_mutex;
    std::condition_variable_any m_changed;
    std::vector<std::jthread> m_threads;   // last: joined before the members above go away
};

}  // namespace hitome::core
