// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/evtx_prefetcher.h"

#include <fstream>

#include "core/ingest/evtx/evtx_file.h"

namespace hitome::core {
namespace {

bool hasEvtxMagic(const std::filesystem::path& path) {
    char magic[8] = {};
    std::ifstream in(path, std::ios::binary);
    return in.read(magic, sizeof magic) && std::string_view(magic, sizeof magic) == std::string_view("ElfFile\0", 8);
}

}  // namespace

ParsedEvtxFile parseWholeEvtxFile(const std::filesystem::path& path, std::stop_token stop) {
    ParsedEvtxFile out;
    auto file = EvtxFile::open(path);
    if (!file) {
        out.status = file.error();
        return out;
    }
    out.fileSize = file->fileSize();
    out.fileProblems = file->problems();
    std::vector<WinEvent> events;
    for (std::size_t i = 0; i < file->chunkCount(); ++i) {
        if (stop.stop_requested()) {
            out.status = Error::make(ErrorCode::Cancelled, "import cancelled");
            return out;
        }
        ChunkDiagnostics diag;
        if (out.status = file->readChunk(i, events, diag); !out.status) return out;
        for (auto& p : diag.problems) out.chunkProblems.push_back(std::move(p));
    }
    out.events.reserve(events.size());
    for (auto& e : events) out.events.push_back(prepareEvent(std::move(e)));
    return out;
}

EvtxPrefetcher::EvtxPrefetcher(const std::vector<std::pair<std::filesystem::path, std::uint64_t>>& files) {
    for (const auto& [path, size] : files) m_files.push_back(Candidate{path, size});
    if (!m_files.empty()) m_thread = std::jthread([this](std::stop_token stop) { work(stop); });
}

EvtxPrefetcher::~EvtxPrefetcher() {
    if (m_thread.joinable()) {
        m_thread.request_stop();
        m_changed.notify_all();
    }
}

void EvtxPrefetcher::recycle(std::vector<PreparedEvent>&& stored) {
    if (!m_thread.joinable()) return;   // nothing runs to free them: they go here
    std::lock_guard lock(m_mutex);
    m_stored.push_back(std::move(stored));
}

void EvtxPrefetcher::work(std::stop_token stop) {
    for (std::size_t i = 0; i < m_files.size(); ++i) {
        {
            std::vector<std::vector<PreparedEvent>> spent;
            {
                std::lock_guard lock(m_mutex);
                spent.swap(m_stored);
            }
        }
        const Candidate& file = m_files[i];
        bool isWanted = file.size <= kMaxFileBytes;
        if (isWanted) {
            std::unique_lock lock(m_mutex);
            const bool hasRoom = m_changed.wait(lock, stop, [&] {
                return i < m_next || (i < m_next + kMaxFilesAhead && m_bytesWaiting + file.size <= kMaxBytesAhead);
            });
            if (!hasRoom) return;
            isWanted = i >= m_next;   // else the writer moved past it
        }
        std::optional<ParsedEvtxFile> parsed;
        if (isWanted && hasEvtxMagic(file.path)) parsed = parseWholeEvtxFile(file.path, stop);
        if (stop.stop_requested()) return;
        {
            std::lock_guard lock(m_mutex);
            if (parsed && i >= m_next) {
                m_bytesWaiting += file.size;
                m_done.emplace(i, std::move(*parsed));
            }
            m_workerAt = i + 1;
        }
        m_changed.notify_all();
    }
}

std::optional<ParsedEvtxFile> EvtxPrefetcher::take(const std::filesystem::path& path, std::stop_token stop) {
    std::unique_lock lock(m_mutex);
    std::size_t index = m_next;
    while (index < m_files.size() && m_files[index].path != path) ++index;
    if (index == m_files.size()) return std::nullopt;
    // Files before this one will not be asked for: free what was parsed of them.
    for (auto it = m_done.begin(); it != m_done.end() && it->first < index;) {
        m_bytesWaiting -= m_files[it->first].size;
        it = m_done.erase(it);
    }
    m_next = index;
    m_changed.notify_all();
    std::optional<ParsedEvtxFile> out;
    // Wait until the worker has parsed it or passed it (too large, not EVTX).
    if (m_changed.wait(lock, stop, [&] { return m_done.count(index) != 0 || m_workerAt > index; })) {
        if (auto node = m_done.extract(index); !node.empty()) {
            m_bytesWaiting -= m_files[index].size;
            out = std::move(node.mapped());
        }
    }
    m_next = index + 1;
    lock.unlock();
    m_changed.notify_all();
    return out;
}

}  // namespace hitome::core
