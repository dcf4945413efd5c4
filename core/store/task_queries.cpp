// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/task_queries.h"

#include <algorithm>
#include <map>

#include "core/store/connection.h"
#include "core/store/statement.h"
#include "core/util/text.h"

namespace hitome::core {

std::string normalizeTaskName(std::string_view name) {
    name = trim(name);
    while (!name.empty() && (name.front() == '\\' || name.front() == '/')) name.remove_prefix(1);
    return "\\" + std::string(name);
}

namespace {

constexpr const char* kSightingSql =
    "SELECT t.id, t.name, COALESCE(h.name, ''), t.operation, COALESCE(t.author, ''), COALESCE(t.run_as, ''), "
    "COALESCE(t.action, ''), COALESCE(t.triggers, ''), COALESCE(t.origin, ''), t.is_hidden, COALESCE(t.time, 0), "
    "COALESCE(t.event_id, 0) FROM scheduled_tasks t LEFT JOIN hosts h ON h.id = t.host_id";

TaskSighting readSighting(const Statement& st) {
    TaskSighting s;
    s.id = st.columnInt(0);
    s.name = st.columnText(1);
    s.host = st.columnText(2);
    s.operation = st.columnText(3);
    s.author = st.columnText(4);
    s.runAs = st.columnText(5);
    s.action = st.columnText(6);
    s.triggers = st.columnText(7);
    s.origin = st.columnText(8);
    s.isHidden = st.columnInt(9) != 0;
    s.time = st.columnInt(10);
    s.eventId = st.columnInt(11);
    return s;
}

Result<std::vector<TaskSighting>> readAll(Statement& st) {
    std::vector<TaskSighting> out;
    while (true) {
        auto r = st.step();
        if (!r) return r.error();
        if (*r == Statement::Step::Done) return out;
        out.push_back(readSighting(st));
    }
}

void merge(TaskSummary& sum, const TaskSighting& s) {
    if (!s.host.empty() && std::find(sum.hosts.begin(), sum.hosts.end(), s.host) == sum.hosts.end())
        sum.hosts.push_back(s.host);
    // The richest sighting (a parsed 4698 definition) wins over bare ones.
    if (sum.runAs.empty()) sum.runAs = s.runAs;
    if (sum.action.empty()) sum.action = s.action;
    if (sum.triggers.empty()) sum.triggers = s.triggers;
    sum.isHidden = sum.isHidden || s.isHidden;
    if (s.time && (!sum.first || s.time < sum.first)) sum.first = s.time;
    if (s.time > sum.last) sum.last = s.time;
    ++sum.sightings;
}

}  // namespace

Result<std::vector<TaskSummary>> TaskQueries::summaries() {
    Statement st(m_conn, std::string(kSightingSql) + " ORDER BY t.name COLLATE NOCASE, t.time");
    auto rows = readAll(st);
    if (!rows) return rows.error();
    std::map<std::string, TaskSummary> byName;
    for (const auto& s : *rows) {
        TaskSummary& sum = byName[toLowerAscii(s.name)];
        if (sum.name.empty()) sum.name = s.name;
        merge(sum, s);
    }
    std::vector<TaskSummary> out;
    for (auto& [key, sum] : byName) {
        std::sort(sum.hosts.begin(), sum.hosts.end());
        out.push_back(std::move(sum));
    }
    return out;
}

Result<std::vector<TaskSighting>> TaskQueries::sightingsOf(std::string_view name) {
    Statement st(m_conn, std::string(kSightingSql) + " WHERE t.name = ? COLLATE NOCASE ORDER BY t.time, t.id");
    st.bind(1, normalizeTaskName(name));
    return readAll(st);
}

Result<std::vector<ServiceSighting>> TaskQueries::services() {
    Statement st(m_conn,
                 "SELECT s.name, COALESCE(h.name, ''), COALESCE(s.image_path, ''), COALESCE(s.start_type, ''), "
                 "COALESCE(s.account, ''), s.origin, COALESCE(s.time, 0) FROM services s "
                 "LEFT JOIN hosts h ON h.id = s.host_id ORDER BY s.time, s.id");
    std::vector<ServiceSighting> out;
    while (true) {
        auto r = st.step();
        if (!r) return r.error();
        if (*r == Statement::Step::Done) return out;
        out.push_back({st.columnText(0), st.columnText(1), st.columnText(2), st.columnText(3), st.columnText(4),
                       st.columnText(5), st.columnInt(6)});
    }
}

}  // namespace hitome::core
