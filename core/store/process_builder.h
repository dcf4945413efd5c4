// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Builds process rows and parent links from stored events: Sysmon 1 and
// advanced-hunting process rows by ProcessGuid/ParentProcessGuid; Security
// 4688 by host + pid in time order (a reused pid links to the most recent
// process started before the child); terminations (Sysmon 5, 4689) set
// end_time; events 3/7/10/11/12/13/14/22 link to their process. Defender
// evidence processes join the tree when host + pid + start time match.

#include <cstdint>

#include "core/util/result.h"

namespace hitome::core {

class Connection;

class ProcessBuilder {
public:
    explicit ProcessBuilder(Connection& conn) : m_conn(conn) {}
    // Works on events with id > afterId; returns the number of processes created.
    Result<std::uint64_t> build(std::int64_t afterId);

private:
    Status run(const char* sql, std::int64_t afterId, int binds = 1);
    std::int64_t processCount();

    Connection& m_conn;
};

}  // namespace hitome::core
