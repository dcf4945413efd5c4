// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/process_builder.h"

#include "core/store/connection.h"
#include "core/store/statement.h"

namespace hitome::core {
namespace {

constexpr const char* kZeroGuid = "'{00000000-0000-0000-0000-000000000000}'";

// A parent seen first as a ParentProcessGuid becomes a row without a start
// time; when its own creation event arrives the row is completed in place.
const std::string kCompleteGuidStubs = std::string(R"SQL(
UPDATE processes AS p SET pid = e.pid, parent_guid = e.parent_process_guid, parent_pid = e.parent_pid,
  image = e.image, command_line = e.command_line, user = e.user, start_time = e.time, source_id = e.source_id,
  integrity = json_extract(e.data, '$.IntegrityLevel')
FROM events e
WHERE e.id > ?1 AND e.event_id = 1 AND e.process_guid IS NOT NULL
  AND p.guid = e.process_guid AND p.host_id IS e.host_id AND p.start_time IS NULL)SQL");

const std::string kInsertGuidProcesses = std::string(R"SQL(
INSERT INTO processes(host_id, guid, pid, parent_guid, parent_pid, image, command_line, user, integrity,
                      start_time, source_id, origin)
SELECT e.host_id, e.process_guid, e.pid, NULLIF(e.parent_process_guid, )SQL") + kZeroGuid + R"SQL(), e.parent_pid,
  e.image, e.command_line, e.user, json_extract(e.data, '$.IntegrityLevel'), MIN(e.time), e.source_id,
  CASE WHEN e.channel LIKE 'DefenderHunting/%' THEN 'hunting' ELSE 'sysmon' END
FROM events e
WHERE e.id > ?1 AND e.event_id = 1 AND e.process_guid IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM processes p WHERE p.guid = e.process_guid AND p.host_id IS e.host_id)
GROUP BY e.host_id, e.process_guid)SQL";

const std::string kInsertGuidParentStubs = std::string(R"SQL(
INSERT INTO processes(host_id, guid, pid, image, command_line, source_id, origin)
SELECT e.host_id, e.parent_process_guid, e.parent_pid, e.parent_image, e.parent_command_line, e.source_id,
  CASE WHEN e.channel LIKE 'DefenderHunting/%' THEN 'hunting' ELSE 'sysmon' END
FROM events e
WHERE e.id > ?1 AND e.event_id = 1 AND e.process_guid IS NOT NULL AND e.parent_process_guid IS NOT NULL
  AND e.parent_process_guid <> )SQL") + kZeroGuid + R"SQL(
  AND NOT EXISTS (SELECT 1 FROM processes p WHERE p.guid = e.parent_process_guid AND p.host_id IS e.host_id)
GROUP BY e.host_id, e.parent_process_guid)SQL";

constexpr const char* kLinkGuidParents = R"SQL(
UPDATE processes SET parent_id = (
  SELECT p.id FROM processes p
  WHERE p.guid = processes.parent_guid AND p.host_id IS processes.host_id AND p.id <> processes.id LIMIT 1)
WHERE parent_id IS NULL AND parent_guid IS NOT NULL AND ?1 IS NOT NULL)SQL";

constexpr const char* kInsertSecurityProcesses = R"SQL(
INSERT INTO processes(host_id, pid, parent_pid, image, command_line, user, integrity, start_time, source_id, origin)
SELECT e.host_id, e.pid, e.parent_pid, e.image, e.command_line, e.user,
  json_extract(e.data, '$.MandatoryLabel'), e.time, e.source_id, 'security'
FROM events e
WHERE e.id > ?1 AND e.event_id = 4688 AND e.pid IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM processes p WHERE p.host_id IS e.host_id AND p.pid = e.pid
                  AND p.start_time = e.time AND p.origin = 'security'))SQL";

constexpr const char* kSysmonTerminations = R"SQL(
UPDATE processes SET end_time = (
  SELECT MIN(e.time) FROM events e
  WHERE e.id > ?1 AND e.event_id = 5 AND e.process_guid = processes.guid AND e.host_id IS processes.host_id)
WHERE end_time IS NULL AND guid IN (SELECT process_guid FROM events WHERE id > ?1 AND event_id = 5))SQL";

// Pids are reused: a 4689 ends the most recent live process with that pid.
constexpr const char* kSecurityTerminations = R"SQL(
UPDATE processes SET end_time = (
  SELECT MIN(e.time) FROM events e
  WHERE e.id > ?1 AND e.event_id = 4689 AND e.host_id IS processes.host_id AND e.pid = processes.pid
    AND e.time >= processes.start_time
    AND NOT EXISTS (SELECT 1 FROM processes q WHERE q.host_id IS processes.host_id AND q.pid = processes.pid
                    AND q.start_time > processes.start_time AND q.start_time <= e.time))
WHERE end_time IS NULL AND origin = 'security' AND start_time IS NOT NULL
  AND pid IN (SELECT pid FROM events WHERE id > ?1 AND event_id = 4689))SQL";

constexpr const char* kLinkPidParents = R"SQL(
UPDATE processes SET parent_id = (
  SELECT p.id FROM processes p
  WHERE p.host_id IS processes.host_id AND p.pid = processes.parent_pid AND p.id <> processes.id
    AND (p.start_time IS NULL OR p.start_time <= processes.start_time)
    AND (p.end_time IS NULL OR p.end_time >= processes.start_time)
  ORDER BY p.start_time DESC LIMIT 1)
WHERE parent_id IS NULL AND parent_pid IS NOT NULL AND origin = 'security' AND ?1 IS NOT NULL)SQL";

constexpr const char* kInsertPidParentStubs = R"SQL(
INSERT INTO processes(host_id, pid, image, source_id, origin)
SELECT c.host_id, c.parent_pid, e.parent_image, c.source_id, 'security'
FROM processes c JOIN events e ON e.event_id = 4688 AND e.host_id IS c.host_id AND e.pid = c.pid AND e.time = c.start_time
WHERE e.id > ?1 AND c.origin = 'security' AND c.parent_id IS NULL AND c.parent_pid IS NOT NULL
GROUP BY c.host_id, c.parent_pid)SQL";

constexpr const char* kLinkEventsByGuid = R"SQL(
UPDATE events SET process_id = (
  SELECT p.id FROM processes p WHERE p.guid = events.process_guid AND p.host_id IS events.host_id LIMIT 1)
WHERE id > ?1 AND process_guid IS NOT NULL AND process_id IS NULL)SQL";

// "+process_id": not through events_by_process (every new event has no
// process yet); the event-id index finds the few 4688s directly.
constexpr const char* kLinkEventsByPid = R"SQL(
UPDATE events SET process_id = (
  SELECT p.id FROM processes p WHERE p.host_id IS events.host_id AND p.pid = events.pid
    AND p.origin = 'security' AND p.start_time = events.time LIMIT 1)
WHERE id > ?1 AND event_id = 4688 AND pid IS NOT NULL AND +process_id IS NULL)SQL";

// Evidence processes from Defender alerts that events also saw (same host and
// pid, started within a second) are merged into the event's process, so the
// alert, its evidence and the events share one tree. The first statement
// pairs them; the rest repoint every reference and drop the duplicates.
// Only processes whose creation event is new (events.id > ?1: created by
// this build, or a parent stub from an earlier import that now got its own
// creation event) can pair with
// Defender's: one that had its start time when an alert was imported was
// linked to its evidence then (AlertProcessLinker), and older pairs were
// merged by earlier builds. So a small import into a large case does not
// search every Defender process.
constexpr const char* kCreateDefenderTwins =
    "CREATE TEMP TABLE IF NOT EXISTS defender_twins(dup INTEGER PRIMARY KEY, keep INTEGER NOT NULL)";
constexpr const char* kFindDefenderTwins = R"SQL(
INSERT INTO temp.defender_twins(dup, keep)
SELECT dup, keep FROM (
  SELECT d.id AS dup, (
    SELECT m.id FROM processes m
    WHERE m.host_id = d.host_id AND m.pid = d.pid AND m.origin <> 'defender'
      AND m.start_time BETWEEN d.start_time - 10000000 AND d.start_time + 10000000 LIMIT 1) AS keep
  FROM processes d
  WHERE d.id IN (
    SELECT d2.id FROM processes m2 JOIN processes d2 ON d2.host_id = m2.host_id AND d2.pid = m2.pid
    WHERE m2.id IN (SELECT process_id FROM events WHERE id > ?1 AND +event_id IN (1, 4688) AND process_id IS NOT NULL)
      AND m2.origin <> 'defender' AND d2.origin = 'defender'
      AND d2.start_time BETWEEN m2.start_time - 10000000 AND m2.start_time + 10000000))
WHERE keep IS NOT NULL)SQL";
constexpr const char* kMergeTwinsInAlerts =
    "UPDATE alerts SET process_id = (SELECT keep FROM temp.defender_twins WHERE dup = alerts.process_id) "
    "WHERE process_id IN (SELECT dup FROM temp.defender_twins)";
constexpr const char* kMergeTwinsInEvidence =
    "UPDATE evidence SET process_id = (SELECT keep FROM temp.defender_twins WHERE dup = evidence.process_id) "
    "WHERE process_id IN (SELECT dup FROM temp.defender_twins)";
constexpr const char* kMergeTwinsInChildren =
    "UPDATE processes SET parent_id = (SELECT keep FROM temp.defender_twins WHERE dup = processes.parent_id) "
    "WHERE parent_id IN (SELECT dup FROM temp.defender_twins)";
// The alert file counted the duplicates among its processes.
constexpr const char* kUncountTwins =
    "UPDATE sources SET process_count = max(0, process_count - (SELECT count(*) FROM processes p "
    "JOIN temp.defender_twins t ON t.dup = p.id WHERE p.source_id = sources.id)) "
    "WHERE id IN (SELECT p.source_id FROM processes p JOIN temp.defender_twins t ON t.dup = p.id)";
constexpr const char* kDropTwins = "DELETE FROM processes WHERE id IN (SELECT dup FROM temp.defender_twins)";
constexpr const char* kForgetTwins = "DELETE FROM temp.defender_twins";

}  // namespace

Status ProcessBuilder::run(const char* sql, std::int64_t afterId, int binds) {
    Statement st(m_conn, sql);
    for (int i = 1; i <= binds; ++i) st.bind(i, afterId);
    return st.run();
}

std::int64_t ProcessBuilder::processCount() {
    Statement st(m_conn, "SELECT COUNT(*) FROM processes");
    auto r = st.step();
    return (r && *r == Statement::Step::Row) ? st.columnInt(0) : 0;
}

Result<std::uint64_t> ProcessBuilder::build(std::int64_t afterId) {
    const std::int64_t before = processCount();
    const char* steps[] = {kCompleteGuidStubs.c_str(), kInsertGuidProcesses.c_str(), kInsertGuidParentStubs.c_str(),
                           kLinkGuidParents,           kInsertSecurityProcesses,     kSysmonTerminations,
                           kSecurityTerminations,      kLinkPidParents,              kInsertPidParentStubs,
                           kLinkPidParents,            kLinkEventsByGuid,            kLinkEventsByPid};
    for (const char* sql : steps)
        if (auto st = run(sql, afterId); !st) return st.error();
    const std::int64_t created = processCount() - before;
    const char* merge[] = {kCreateDefenderTwins,  kFindDefenderTwins, kMergeTwinsInAlerts, kMergeTwinsInEvidence,
                           kMergeTwinsInChildren, kUncountTwins,      kDropTwins,          kForgetTwins};
    for (const char* sql : merge)
        if (auto st = run(sql, afterId, sql == kFindDefenderTwins ? 1 : 0); !st) return st.error();
    return static_cast<std::uint64_t>(created);
}

}  // namespace hitome::core
