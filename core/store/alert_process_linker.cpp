// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/alert_process_linker.h"

#include "core/store/connection.h"

namespace hitome::core {
namespace {

// The file name of a Windows or POSIX path.
std::string_view baseName(std::string_view path) {
    const auto slash = path.find_last_of("\\/");
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

Result<std::optional<std::int64_t>> firstId(Statement& st) {
    auto step = st.step();
    std::optional<std::int64_t> id;
    if (step && *step == Statement::Step::Row) id = st.columnInt(0);
    st.reset();
    if (!step) return step.error();
    return id;
}

Status runOnce(Statement& st) {
    if (!st.valid()) return st.prepareError();
    Status s = st.run();
    st.reset();
    return s;
}

}  // namespace

AlertProcessLinker::AlertProcessLinker(Connection& conn)
    : m_conn(conn),
      m_findByTime(conn,
                   "SELECT id FROM processes WHERE host_id = ?1 AND pid = ?2 AND start_time BETWEEN ?3 - 10000000 AND "
                   "?3 + 10000000 ORDER BY abs(start_time - ?3) LIMIT 1"),
      m_findByImage(conn,
                    "SELECT id FROM processes WHERE host_id = ?1 AND pid = ?2 AND (image = ?3 COLLATE NOCASE OR image "
                    "LIKE '%\\' || ?4 OR image = ?4 COLLATE NOCASE) ORDER BY start_time DESC LIMIT 1"),
      m_findByImageUntimed(conn,
                           "SELECT id FROM processes WHERE host_id = ?1 AND pid = ?2 AND start_time IS NULL AND (image = "
                           "?3 COLLATE NOCASE OR image LIKE '%\\' || ?4 OR image = ?4 COLLATE NOCASE) LIMIT 1"),
      m_insert(conn,
               "INSERT INTO processes(host_id, pid, image, command_line, user, integrity, start_time, sha256, guid, "
               "source_id, origin) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'defender')"),
      m_fill(conn,
             "UPDATE processes SET image = COALESCE(image, ?2), command_line = COALESCE(command_line, ?3), "
             "user = COALESCE(user, ?4), start_time = COALESCE(start_time, ?5), sha256 = COALESCE(sha256, ?6), "
             "integrity = COALESCE(integrity, ?7) WHERE id = ?1"),
      m_setParent(conn,
                  "UPDATE processes SET parent_id = COALESCE(parent_id, ?2), parent_pid = COALESCE(parent_pid, ?3) "
                  "WHERE id = ?1 AND id <> ?2") {}

Result<std::optional<std::int64_t>> AlertProcessLinker::find(std::int64_t hostId, const ProcessInfo& p) {
    if (!p.pid) return std::optional<std::int64_t>();
    if (p.startTime) {
        if (!m_findByTime.valid()) return m_findByTime.prepareError();
        m_findByTime.bind(1, hostId).bind(2, *p.pid).bind(3, *p.startTime);
        auto found = firstId(m_findByTime);
        if (!found || *found) return found;
    }
    // Without a matching start time, the image must agree (a pid alone is
    // reused too often); a row with a different known start time is another instance.
    const std::string_view name = baseName(p.image);
    if (name.empty() || name.find_first_of("%_") != std::string_view::npos) return std::optional<std::int64_t>();
    Statement& st = p.startTime ? m_findByImageUntimed : m_findByImage;
    if (!st.valid()) return st.prepareError();
    st.bind(1, hostId).bind(2, *p.pid).bind(3, p.image).bind(4, name);
    return firstId(st);
}

Result<std::int64_t> AlertProcessLinker::upsert(std::int64_t hostId, const ProcessInfo& p,
                                                 std::optional<std::int64_t> sourceId) {
    auto found = find(hostId, p);
    if (!found) return found.error();
    if (*found) {
        m_fill.bind(1, **found).bindTextOrNull(2, p.image).bindTextOrNull(3, p.commandLine).bindTextOrNull(4, p.user);
        m_fill.bindOptional(5, p.startTime).bindTextOrNull(6, p.sha256).bindTextOrNull(7, p.integrity);
        if (auto st = runOnce(m_fill); !st) return st.error();
        return **found;
    }
    m_insert.bind(1, hostId).bindOptional(2, p.pid).bindTextOrNull(3, p.image).bindTextOrNull(4, p.commandLine);
    m_insert.bindTextOrNull(5, p.user).bindTextOrNull(6, p.integrity).bindOptional(7, p.startTime);
    m_insert.bindTextOrNull(8, p.sha256).bindTextOrNull(9, p.guid).bindOptional(10, sourceId);
    if (auto st = runOnce(m_insert); !st) return st.error();
    ++m_created;
    return m_conn.lastInsertRowId();
}

Status AlertProcessLinker::setParent(std::int64_t childId, std::int64_t parentId, const ProcessInfo& parent) {
    m_setParent.bind(1, childId).bind(2, parentId).bindOptional(3, parent.pid);
    return runOnce(m_setParent);
}

Result<std::int64_t> AlertProcessLinker::link(std::int64_t hostId, const ProcessInfo& process, const ProcessInfo* parent,
                                              std::optional<std::int64_t> sourceId) {
    auto id = upsert(hostId, process, sourceId);
    if (!id) return id;
    if (parent && parent->pid) {
        auto parentId = upsert(hostId, *parent, sourceId);
        if (!parentId) return parentId;
        if (auto st = setParent(*id, *parentId, *parent); !st) return st.error();
    }
    return id;
}

}  // namespace hitome::core
