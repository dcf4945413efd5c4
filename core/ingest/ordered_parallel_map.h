// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs fn(In) → Out on worker threads and hands the results back in
// submission order, so parsing uses every core while one thread writes.
// At most `maxInFlight` items are queued or done-but-unread: memory stays bounded.
//
//   OrderedParallelMap<Chunk, Parsed> map(parseChunk, workers, 8);
//   while (more) { if (map.full()) write(map.take()); map.submit(nextChunk()); }
//   while (!map.empty()) write(map.take());

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace hitome::core {

template <typename In, typename Out>
class OrderedParallelMap {
public:
    OrderedParallelMap(std::function<Out(In&)> fn, unsigned workers, std::size_t maxInFlight)
        : m_fn(std::move(fn)), m_maxInFlight(maxInFlight < 1 ? 1 : maxInFlight) {
        if (workers < 1) workers = 1;
        for (unsigned i = 0; i < workers; ++i) m_threads.emplace_back([this] { work(); });
    }
    ~OrderedParallelMap() {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        for (auto& t : m_threads) t.join();
    }
    OrderedParallelMap(const OrderedParallelMap&) = delete;
    OrderedParallelMap& operator=(const OrderedParallelMap&) = delete;

    bool full() const { return m_submitted - m_taken >= m_maxInFlight; }
    bool empty() const { return m_submitted == m_taken; }

    void submit(In item) {
        {
            std::lock_guard lock(m_mutex);
            m_queue.emplace_back(m_submitted, std::move(item));
        }
        ++m_submitted;
        m_wake.notify_one();
    }

    // Blocks until the oldest submitted item is done; call only when !empty().
    Out take() {
        std::unique_lock lock(m_mutex);
        m_doneCv.wait(lock, [&] { return m_done.count(m_taken) != 0; });
        auto node = m_done.extract(m_taken);
        ++m_taken;
        return std::move(node.mapped());
    }

private:
    void work() {
        while (true) {
            std::pair<std::size_t, In> job;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [&] { return m_stopping || !m_queue.empty(); });
                if (m_stopping || m_queue.empty()) return;   // abandoned on cancel
                job = std::move(m_queue.front());
                m_queue.pop_front();
            }
            Out out = m_fn(job.second);
            {
                std::lock_guard lock(m_mutex);
                m_done.emplace(job.first, std::move(out));
            }
            m_doneCv.notify_all();
        }
    }

    std::function<Out(In&)> m_fn;
    std::size_t m_maxInFlight;
    std::size_t m_submitted = 0, m_taken = 0;   // touched by the owning thread only
    std::mutex m_mutex;
    std::condition_variable m_wake, m_doneCv;
    std::deque<std::pair<std::size_t, In>> m_queue;
    std::map<std::size_t, Out> m_done;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

}  // namespace hitome::core
