// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/hash_prefetcher.h"

#include "core/util/sha256.h"

namespace hitome::core {

HashPrefetcher::HashPrefetcher(std::vector<std::filesystem::path> paths, std::size_t ahead)
    : m_paths(std::move(paths)), m_ahead(ahead < 1 ? 1 : ahead) {
    if (!m_paths.empty()) m_thread = std::jthread([this](std::stop_token stop) { work(stop); });
}

HashPrefetcher::~HashPrefetcher() {
    if (m_thread.joinable()) {
        m_thread.request_stop();   // also stops a hash in progress
        m_changed.notify_all();
    }
}

void HashPrefetcher::work(std::stop_token stop) {
    for (std::size_t i = 0; i < m_paths.size(); ++i) {
        {
            std::unique_lock lock(m_mutex);
            if (!m_changed.wait(lock, stop, [&] { return i < m_next + m_ahead; })) return;
            if (i < m_next) continue;   // the caller moved past it
        }
        auto hash = sha256File(m_paths[i], stop);
        if (stop.stop_requested()) return;
        {
            std::lock_guard lock(m_mutex);
            if (i >= m_next) m_done.emplace(i, std::move(hash));   // else skipped meanwhile
        }
        m_changed.notify_all();
    }
}

Result<std::string> HashPrefetcher::hashOf(const std::filesystem::path& path, std::stop_token stop) {
    std::unique_lock lock(m_mutex);
    if (m_next >= m_paths.size() || m_paths[m_next] != path) {
        lock.unlock();
        return sha256File(path, stop);
    }
    const std::size_t index = m_next;
    if (!m_changed.wait(lock, stop, [&] { return m_done.count(index) != 0; }))
        return Error::make(ErrorCode::Cancelled, "import cancelled");
    auto node = m_done.extract(index);
    ++m_next;
    lock.unlock();
    m_changed.notify_all();
    return std::move(node.mapped());
}

void HashPrefetcher::skip(const std::filesystem::path& path) {
    {
        std::lock_guard lock(m_mutex);
        if (m_next >= m_paths.size() || m_paths[m_next] != path) return;
        m_done.erase(m_next);
        ++m_next;
    }
    m_changed.notify_all();
}

}  // namespace hitome::core
