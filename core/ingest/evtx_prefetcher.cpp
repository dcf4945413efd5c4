// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/evtx_prefetcher.h"

#include <algorithm>
#include <fstream>

#include "core/ingest/evtx/evtx_file.h"
#include "core/ingest/evtx_format_reader.h"

namespace hitome::core {
namespace {

bool hasEvtxMagic(const std::filesystem::path& path) {
    char head[8] = {};
    std::ifstream in(path, std::ios::binary);
    in.read(head, sizeof head);
    return EvtxFormatReader().sniff(std::string_view(head, static_cast<std::size_t>(in.gcount())));
}

}  // namespace

Status parsePreparedChunks(const EvtxFile& file, std::size_t first, std::size_t end, std::vector<PreparedEvent>& events,
                           std::vector<Error>& problems, std::stop_token stop) {
    std::vector<WinEvent> parsed;
    for (std::size_t i = first; i < end; ++i) {
        if (stop.stop_requested()) return Error::make(ErrorCode::Cancelled, "import cancelled");
        ChunkDiagnostics diag;
        if (auto st = file.readChunk(i, parsed, diag); !st) return st;
        for (auto& p : diag.problems) problems.push_back(std::move(p));
    }
    events.reserve(events.size() + parsed.size());
    for (auto& e : parsed) events.push_back(prepareEvent(std::move(e)));
    return {};
}

ParsedEvtxFile parseWholeEvtxFile(const std::filesystem::path& path, std::stop_token stop) {
    ParsedEvtxFile out;
    auto file = EvtxFile::open(path);
    if (!file) {
        out.status = file.error();
        return out;
    }
    out.fileSize = file->fileSize();
    out.fileProblems = file->problems();
    out.status = parsePreparedChunks(*file, 0, file->chunkCount(), out.events, out.chunkProblems, stop);
    return out;
}

EvtxPrefetcher::EvtxPrefetcher(const std::vector<std::pair<std::filesystem::path, std::uint64_t>>& files) {
    for (const auto& [path, size] : files) {
        m_indexOf[path.string()].push_back(m_files.size());
        m_files.push_back(Candidate{path, size});
    }
    m_state.assign(m_files.size(), State::Waiting);
    if (m_files.empty()) return;
    const unsigned workers = std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
    for (unsigned i = 0; i < workers; ++i) m_threads.emplace_back([this](std::stop_token stop) { work(stop); });
}

EvtxPrefetcher::~EvtxPrefetcher() {
    for (auto& t : m_threads) t.request_stop();
    m_changed.notify_all();
}

void EvtxPrefetcher::recycle(std::vector<PreparedEvent>&& stored) {
    if (m_threads.empty()) return;   // nothing runs to free them: they go here
    std::lock_guard lock(m_mutex);
    m_stored.push_back(std::move(stored));
}

void EvtxPrefetcher::freeStoredEvents() {
    std::vector<std::vector<PreparedEvent>> spent;
    std::lock_guard lock(m_mutex);
    spent.swap(m_stored);
    // Freed after the lock is released (declared before it).
}

void EvtxPrefetcher::work(std::stop_token stop) {
    for (;;) {
        freeStoredEvents();
        std::size_t i = 0;
        bool isWanted = false;
        {
            std::unique_lock lock(m_mutex);
            // Claim the next file once it is behind the writer (to skip) or
            // there is room ahead for it.
            const bool canClaim = m_changed.wait(lock, stop, [&] {
                if (m_claim >= m_files.size()) return true;
                const Candidate& f = m_files[m_claim];
                return m_claim < m_next || f.size > kMaxFileBytes ||
                       (m_claim < m_next + kMaxFilesAhead && m_bytesAhead + f.size <= kMaxBytesAhead);
            });
            if (!canClaim || m_claim >= m_files.size()) return;
            i = m_claim++;
            isWanted = i >= m_next && m_files[i].size <= kMaxFileBytes;
            m_state[i] = State::Parsing;
            if (isWanted) m_bytesAhead += m_files[i].size;
        }
        std::optional<ParsedEvtxFile> parsed;
        if (isWanted && hasEvtxMagic(m_files[i].path)) parsed = parseWholeEvtxFile(m_files[i].path, stop);
        if (stop.stop_requested()) return;
        {
            std::lock_guard lock(m_mutex);
            if (parsed && i >= m_next) m_done.emplace(i, std::move(*parsed));
            else if (isWanted) m_bytesAhead -= m_files[i].size;
            m_state[i] = State::Finished;
        }
        m_changed.notify_all();
    }
}

std::optional<ParsedEvtxFile> EvtxPrefetcher::take(const std::filesystem::path& path, std::stop_token stop) {
    // Archive members (not listed) are asked for too: one hash look-up each.
    const auto listed = m_indexOf.find(path.string());
    if (listed == m_indexOf.end()) return std::nullopt;
    std::unique_lock lock(m_mutex);
    auto first = std::lower_bound(listed->second.begin(), listed->second.end(), m_next);
    if (first == listed->second.end()) return std::nullopt;
    const std::size_t index = *first;
    // Files before this one will not be asked for: free what was parsed of them.
    for (auto it = m_done.begin(); it != m_done.end() && it->first < index;) {
        m_bytesAhead -= m_files[it->first].size;
        it = m_done.erase(it);
    }
    m_next = index;
    m_changed.notify_all();
    std::optional<ParsedEvtxFile> out;
    // Wait until a worker has parsed it or passed it (too large, not EVTX).
    if (m_changed.wait(lock, stop, [&] { return m_state[index] == State::Finished; })) {
        if (auto node = m_done.extract(index); !node.empty()) {
            m_bytesAhead -= m_files[index].size;
            out = std::move(node.mapped());
        }
    }
    m_next = index + 1;
    lock.unlock();
    m_changed.notify_all();
    return out;
}

}  // namespace hitome::core
