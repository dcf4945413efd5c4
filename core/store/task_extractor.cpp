// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/task_extractor.h"

#include <optional>

#include "core/store/admin_command.h"
#include "core/store/connection.h"
#include "core/store/statement.h"
#include "core/store/stored_event.h"
#include "core/store/task_content.h"
#include "core/store/task_queries.h"
#include "core/util/text.h"

namespace hitome::core {
namespace {

constexpr const char* kCandidates = R"SQL(
SELECT id, host_id, time, event_id, channel, task_name, target_object, command_line, data, source_id, user
FROM events
WHERE id > ?1 AND (
  (event_id BETWEEN 4698 AND 4702 AND channel = 'Security')
  OR (event_id IN (106, 140, 141, 200, 201) AND channel LIKE '%TaskScheduler%')
  OR (event_id IN (12, 13, 14) AND target_object LIKE '%\Schedule\TaskCache\Tree\%')
  OR (event_id IN (1, 4688) AND command_line IS NOT NULL
      AND (image LIKE '%schtasks.exe' OR image LIKE '%\at.exe' OR command_line LIKE '%schtasks%')))
ORDER BY id)SQL";

struct TaskRow {
    std::string name, operation, author, runAs, action, triggers, origin;
    bool isHidden = false;
};

struct Candidate {
    std::int64_t id = 0, time = 0, eventId = 0, sourceId = 0;
    std::optional<std::int64_t> hostId;
    std::string channel, taskName, targetObject, commandLine, user;
    std::vector<EventField> fields;
    const std::string* field(std::string_view name) const {
        for (const auto& f : fields)
            if (f.name == name) return &f.value;
        return nullptr;
    }
};

std::string fieldOr(const Candidate& c, std::string_view name) {
    const std::string* v = c.field(name);
    return v ? *v : std::string();
}

std::optional<TaskRow> fromSecurity(const Candidate& c) {
    static const char* const kOps[] = {"created", "deleted", "enabled", "disabled", "updated"};
    TaskRow row{c.taskName, kOps[c.eventId - 4698], {}, {}, {}, {}, "security-" + std::to_string(c.eventId)};
    std::string xml = fieldOr(c, "TaskContent");
    if (xml.empty()) xml = fieldOr(c, "TaskContentNew");
    if (!xml.empty()) {
        const TaskContent t = parseTaskContent(xml);
        row.author = t.author;
        row.runAs = t.runAs;
        row.action = t.actions;
        row.triggers = t.triggers;
        row.isHidden = t.isHidden;
    }
    if (row.author.empty()) row.author = fieldOr(c, "SubjectDomainName") + "\\" + fieldOr(c, "SubjectUserName");
    if (row.author == "\\") row.author.clear();
    return row;
}

std::optional<TaskRow> fromOperational(const Candidate& c) {
    TaskRow row;
    row.name = c.taskName;
    row.origin = "taskscheduler-" + std::to_string(c.eventId);
    switch (c.eventId) {
        case 106: row.operation = "created"; row.runAs = fieldOr(c, "UserContext"); break;
        case 140: row.operation = "updated"; row.runAs = fieldOr(c, "UserName"); break;
        case 141: row.operation = "deleted"; row.runAs = fieldOr(c, "UserName"); break;
        case 200: row.operation = "run"; row.action = fieldOr(c, "ActionName"); break;
        default: row.operation = "completed"; row.action = fieldOr(c, "ActionName"); break;
    }
    return row;
}

std::optional<TaskRow> fromRegistry(const Candidate& c) {
    static constexpr std::string_view kTree = "\\Schedule\\TaskCache\\Tree\\";
    const std::string lower = toLowerAscii(c.targetObject);
    const size_t at = lower.find(toLowerAscii(kTree));
    if (at == std::string::npos) return std::nullopt;
    std::string name = "\\" + c.targetObject.substr(at + kTree.size());
    // Value writes (13) name the value last: "...\Tree\Updater\Id" → "\Updater".
    if (c.eventId == 13) {
        const size_t slash = name.find_last_of('\\');
        if (slash != 0 && slash != std::string::npos) name.resize(slash);
    }
    if (name.size() <= 1) return std::nullopt;
    return TaskRow{name, c.eventId == 12 && containsNoCase(fieldOr(c, "EventType"), "delete") ? "deleted" : "registry",
                   {}, {}, {}, {}, "registry", false};
}

std::optional<TaskRow> fromCommandLine(const Candidate& c) {
    const auto t = parseTaskCommand(c.commandLine);
    if (!t || t->operation == "queried") return std::nullopt;
    TaskRow row{t->name, t->operation, c.user, t->runAs, t->action, {}, "command-line", false};
    if (!t->schedule.empty()) row.triggers = "/SC " + t->schedule;
    if (!t->startTime.empty()) row.triggers += (row.triggers.empty() ? "/ST " : " /ST ") + t->startTime;
    if (!t->remoteHost.empty()) row.triggers += (row.triggers.empty() ? "on " : " on ") + t->remoteHost;
    return row;
}

std::optional<TaskRow> toTask(const Candidate& c) {
    if (c.eventId >= 4698 && c.eventId <= 4702) return fromSecurity(c);
    if (c.eventId >= 106 && c.eventId <= 201) return fromOperational(c);
    if (c.eventId >= 12 && c.eventId <= 14) return fromRegistry(c);
    return fromCommandLine(c);
}

Candidate readCandidate(const Statement& st) {
    Candidate c;
    c.id = st.columnInt(0);
    c.hostId = st.columnOptionalInt(1);
    c.time = st.columnInt(2);
    c.eventId = st.columnInt(3);
    c.channel = st.columnText(4);
    c.taskName = st.columnText(5);
    c.targetObject = st.columnText(6);
    c.commandLine = st.columnText(7);
    parseFieldsJson(st.columnText(8), c.fields);
    c.sourceId = st.columnInt(9);
    c.user = st.columnText(10);
    return c;
}

}  // namespace

Status extractTasks(Connection& conn, std::int64_t afterId) {
    Statement select(conn, kCandidates);
    select.bind(1, afterId);
    Statement insert(conn,
                     "INSERT INTO scheduled_tasks(host_id, name, operation, time, author, run_as, action, triggers, "
                     "is_hidden, origin, event_id, source_id) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)");
    while (true) {
        auto r = select.step();
        if (!r) return r.error();
        if (*r == Statement::Step::Done) return {};
        const Candidate c = readCandidate(select);
        const auto task = toTask(c);
        if (!task || task->name.empty()) continue;
        insert.bindOptional(1, c.hostId).bind(2, normalizeTaskName(task->name)).bind(3, task->operation).bind(4, c.time);
        insert.bindTextOrNull(5, task->author).bindTextOrNull(6, task->runAs).bindTextOrNull(7, task->action);
        insert.bindTextOrNull(8, task->triggers).bind(9, task->isHidden ? 1 : 0).bind(10, task->origin);
        insert.bind(11, c.id).bind(12, c.sourceId);
        auto st = insert.run();
        insert.reset();
        if (!st) return st;
    }
}

}  // namespace hitome::core
