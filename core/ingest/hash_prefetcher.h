// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Hashes the import's files ahead of the writer on a background thread, so
// SHA-256 (needed first, to skip files already imported) overlaps with
// parsing and storing the previous file instead of adding to it. At most
// `ahead` finished hashes wait; asking for a file out of order, or for one
// that was not listed (an archive member), hashes it on the calling thread.

#include <condition_variable>
#include <cstddef>
#include <filesystem>
#include <map>
#include <mutex>
#include <stop_token>
#include <string>
#include <thread>
#include <vector>

#include "core/util/result.h"

namespace hitome::core {

class HashPrefetcher {
public:
    HashPrefetcher(std::vector<std::filesystem::path> paths, std::size_t ahead = 4);
    ~HashPrefetcher();
    HashPrefetcher(const HashPrefetcher&) = delete;
    HashPrefetcher& operator=(const HashPrefetcher&) = delete;

    Result<std::string> hashOf(const std::filesystem::path& path, std::stop_token stop);
    // The caller will not ask for this file's hash (it needs none): the
    // prefetcher moves on to the next file.
    void skip(const std::filesystem::path& path);

private:
    void work(std::stop_token stop);

    std::vector<std::filesystem::path> m_paths;
    std::size_t m_ahead;
    std::size_t m_next = 0;   // index of the next path the caller should ask for
    std::map<std::size_t, Result<std::string>> m_done;
    std::mutex m_mutex;
    std::condition_variable_any m_changed;
    std::jthread m_thread;    // last: joined before the members above go away
};

}  // namespace hitome::core
