// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Scheduled tasks and services as entities: every sighting with its host,
// run-as and action, and "this task name on other hosts" as one query.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/util/result.h"
#include "core/util/time.h"

namespace hitome::core {

class Connection;

struct TaskSighting {
    std::int64_t id = 0;
    std::string name, host, operation, author, runAs, action, triggers, origin;
    bool isHidden = false;
    Ticks time = 0;
    std::int64_t eventId = 0;
};

// One task name across the case: the hosts it appeared on and what it runs.
struct TaskSummary {
    std::string name;
    std::vector<std::string> hosts;     // distinct, sorted
    std::string runAs, action, triggers;
    bool isHidden = false;
    Ticks first = 0, last = 0;
    std::int64_t sightings = 0;
};

struct ServiceSighting {
    std::string name, host, imagePath, startType, account, origin;
    Ticks time = 0;
};

class TaskQueries {
public:
    explicit TaskQueries(Connection& conn) : m_conn(conn) {}

    Result<std::vector<TaskSummary>> summaries();
    // Every sighting of a task name on any host (case-insensitive; a leading
    // "\" is ignored, so "Updater" finds "\Updater").
    Result<std::vector<TaskSighting>> sightingsOf(std::string_view name);
    Result<std::vector<ServiceSighting>> services();

private:
    Connection& m_conn;
};

// Canonical task name, as Task Scheduler writes it: one leading backslash,
// so schtasks "/TN Updater" and the event's "\Updater" are the same task.
std::string normalizeTaskName(std::string_view name);

}  // namespace hitome::core
