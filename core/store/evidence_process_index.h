// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The in-memory side of AlertProcessLinker for one file: for each host, the
// pids that already had process rows when the file started, and every row
// the file has written since. A pid the case did not have is answered from
// memory alone (its rows are all here); any other pid goes to SQLite.
// Bounded: past kMaxEntries the index switches itself off (every look-up
// then goes to SQLite), so a hostile file cannot make it grow without bound.

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/model/alert.h"
#include "core/util/time.h"

namespace hitome::core {

// Which process columns a row leaves NULL / a ProcessInfo has a value for.
enum ProcessField : std::uint8_t {
    kImage = 1, kCommandLine = 2, kUser = 4, kStartTime = 8, kSha256 = 16, kIntegrity = 32
};
std::uint8_t presentFields(const ProcessInfo& p);

class EvidenceProcessIndex {
public:
    static constexpr std::size_t kMaxEntries = 1'000'000;   // ~40 bytes each

    struct Row {
        std::int64_t id = 0;
        std::optional<Ticks> startTime;
        std::uint32_t image = 0;      // into images(); 0 is "no image"
        std::uint8_t emptyFields = 0;
        bool hasParentId = false, hasParentPid = false;
    };

    bool isEnabled() const { return m_isEnabled; }
    bool hasHost(std::int64_t hostId) const { return m_hosts.count(hostId) != 0; }
    void addHost(std::int64_t hostId, std::unordered_set<std::int64_t> pidsInCase);
    // True when all of (host, pid)'s rows are in memory. Needs hasHost().
    bool isComplete(std::int64_t hostId, std::int64_t pid) const;
    // The row SQLite's look-up would return (see AlertProcessLinker::find). Needs isComplete().
    Row* find(std::int64_t hostId, const ProcessInfo& p);
    Row* row(std::int64_t hostId, std::int64_t pid, std::int64_t id);
    void add(std::int64_t hostId, std::int64_t pid, Row row);
    // The number standing for an image path (compared case-insensitively):
    // few distinct images, many rows, so rows keep a number, not a string.
    std::uint32_t imageId(std::string_view image);
    void clear();

private:
    struct Host {
        std::unordered_set<std::int64_t> pidsInCase;
        std::unordered_map<std::int64_t, std::vector<Row>> written;   // pid → rows
    };
    void countAndCap(std::size_t added);

    std::unordered_map<std::int64_t, Host> m_hosts;
    std::unordered_map<std::string, std::uint32_t> m_imageIds;   // lower-case path → id
    std::vector<const std::string*> m_images;                    // id - 1 → path
    std::size_t m_entries = 0;
    bool m_isEnabled = true;
};

}  // namespace hitome::core
