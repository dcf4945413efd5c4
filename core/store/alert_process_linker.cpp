// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/alert_process_linker.h"

#include <string>

#include "core/store/connection.h"

namespace hitome::core {
namespace {

// A find statement returns the id, then whether each fillable column is NULL
// (image, command_line, user, start_time, sha256, integrity), then whether
// parent_id and parent_pid are set.
std::string findSql(std::string_view where) {
    return "SELECT id, image IS NULL, command_line IS NULL, user IS NULL, start_time IS NULL, sha256 IS NULL, "
           "integrity IS NULL, parent_id IS NOT NULL, parent_pid IS NOT NULL FROM processes " +
           std::string(where);
}

// The file name of a Windows or POSIX path.
std::string_view baseName(std::string_view path) {
    const auto slash = path.find_last_of("\\/");
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
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
      m_findByTime(conn, findSql("WHERE host_id = ?1 AND pid = ?2 AND start_time BETWEEN ?3 - 10000000 AND "
                   "?3 + 10000000 ORDER BY abs(start_time - ?3) LIMIT 1")),
      m_findByImage(conn, findSql("WHERE host_id = ?1 AND pid = ?2 AND (image = ?3 COLLATE NOCASE OR image "
                    "LIKE '%\\' || ?4 OR image = ?4 COLLATE NOCASE) ORDER BY start_time DESC LIMIT 1")),
      m_findByImageUntimed(conn, findSql("WHERE host_id = ?1 AND pid = ?2 AND start_time IS NULL AND (image = "
                           "?3 COLLATE NOCASE OR image LIKE '%\\' || ?4 OR image = ?4 COLLATE NOCASE) LIMIT 1")),
      m_insert(conn,
               "INSERT INTO processes(host_id, pid, image, command_line, user, integrity, start_time, sha256, guid, "
               "source_id, parent_id, parent_pid, origin) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'defender')"),
      m_fill(conn,
             "UPDATE processes SET image = COALESCE(image, ?2), command_line = COALESCE(command_line, ?3), "
             "user = COALESCE(user, ?4), start_time = COALESCE(start_time, ?5), sha256 = COALESCE(sha256, ?6), "
             "integrity = COALESCE(integrity, ?7) WHERE id = ?1"),
      m_setParent(conn,
                  "UPDATE processes SET parent_id = COALESCE(parent_id, ?2), parent_pid = COALESCE(parent_pid, ?3) "
                  "WHERE id = ?1 AND id <> ?2"),
      m_hostPids(conn, "SELECT DISTINCT pid FROM processes WHERE host_id = ? AND pid IS NOT NULL") {}

void AlertProcessLinker::forgetKnownPids() { m_index.clear(); }

Status AlertProcessLinker::loadHostPids(std::int64_t hostId) {
    if (!m_hostPids.valid()) return m_hostPids.prepareError();
    std::unordered_set<std::int64_t> pids;
    m_hostPids.bind(1, hostId);
    Result<Statement::Step> step = m_hostPids.step();
    for (; step && *step == Statement::Step::Row; step = m_hostPids.step()) pids.insert(m_hostPids.columnInt(0));
    m_hostPids.reset();
    if (!step) return step.error();
    m_index.addHost(hostId, std::move(pids));
    return {};
}

Result<std::optional<AlertProcessLinker::FoundRow>> AlertProcessLinker::firstRow(Statement& st, const ProcessInfo& p) {
    auto step = st.step();
    std::optional<FoundRow> row;
    if (step && *step == Statement::Step::Row) {
        std::uint8_t empty = 0;
        const ProcessField fields[] = {kImage, kCommandLine, kUser, kStartTime, kSha256, kIntegrity};
        for (int i = 0; i < 6; ++i)
            if (st.columnInt(i + 1)) empty |= fields[i];
        row = FoundRow{};
        row->id = st.columnInt(0);
        row->needsFill = (empty & presentFields(p)) != 0;
        row->hasParentId = st.columnInt(7) != 0;
        row->hasParentPid = st.columnInt(8) != 0;
    }
    st.reset();
    if (!step) return step.error();
    return row;
}

Result<std::optional<AlertProcessLinker::FoundRow>> AlertProcessLinker::find(std::int64_t hostId, const ProcessInfo& p) {
    if (!p.pid) return std::optional<FoundRow>();
    if (m_index.isEnabled() && !m_index.hasHost(hostId))
        if (auto st = loadHostPids(hostId); !st) return st.error();
    if (!m_index.isComplete(hostId, *p.pid)) return findInCase(hostId, p);
    const EvidenceProcessIndex::Row* r = m_index.find(hostId, p);
    if (!r) return std::optional<FoundRow>();
    return std::optional<FoundRow>(FoundRow{r->id, (r->emptyFields & presentFields(p)) != 0, r->hasParentId, r->hasParentPid});
}

// The same look-up as EvidenceProcessIndex::find, in SQLite.
Result<std::optional<AlertProcessLinker::FoundRow>> AlertProcessLinker::findInCase(std::int64_t hostId,
                                                                                  const ProcessInfo& p) {
    if (p.startTime) {
        if (!m_findByTime.valid()) return m_findByTime.prepareError();
        m_findByTime.bind(1, hostId).bind(2, *p.pid).bind(3, *p.startTime);
        auto found = firstRow(m_findByTime, p);
        if (!found || *found) return found;
    }
    // Without a matching start time, the image must agree (a pid alone is
    // reused too often); a row with a different known start time is another instance.
    const std::string_view name = baseName(p.image);
    if (name.empty() || name.find_first_of("%_") != std::string_view::npos) return std::optional<FoundRow>();
    Statement& st = p.startTime ? m_findByImageUntimed : m_findByImage;
    if (!st.valid()) return st.prepareError();
    st.bind(1, hostId).bind(2, *p.pid).bind(3, p.image).bind(4, name);
    return firstRow(st, p);
}

Status AlertProcessLinker::fill(std::int64_t hostId, std::int64_t id, const ProcessInfo& p) {
    if (p.pid && m_index.isEnabled()) {
        const std::uint32_t image = m_index.imageId(p.image);   // first: it may switch the index off
        if (EvidenceProcessIndex::Row* r = m_index.row(hostId, *p.pid, id)) {
            r->emptyFields &= static_cast<std::uint8_t>(~presentFields(p));
            if (!r->startTime) r->startTime = p.startTime;
            if (r->image == 0) r->image = image;
        }
    }
    m_fill.bind(1, id).bindTextOrNull(2, p.image).bindTextOrNull(3, p.commandLine).bindTextOrNull(4, p.user);
    m_fill.bindOptional(5, p.startTime).bindTextOrNull(6, p.sha256).bindTextOrNull(7, p.integrity);
    return runOnce(m_fill);
}

Result<std::int64_t> AlertProcessLinker::insert(std::int64_t hostId, const ProcessInfo& p,
                                                 std::optional<std::int64_t> parentId,
                                                 std::optional<std::int64_t> parentPid,
                                                 std::optional<std::int64_t> sourceId) {
    m_insert.bind(1, hostId).bindOptional(2, p.pid).bindTextInPlaceOrNull(3, p.image).bindTextInPlaceOrNull(4, p.commandLine);
    m_insert.bindTextInPlaceOrNull(5, p.user).bindTextInPlaceOrNull(6, p.integrity).bindOptional(7, p.startTime);
    m_insert.bindTextInPlaceOrNull(8, p.sha256).bindTextInPlaceOrNull(9, p.guid).bindOptional(10, sourceId);
    m_insert.bindOptional(11, parentId).bindOptional(12, parentPid);
    if (auto st = runOnce(m_insert); !st) return st.error();
    ++m_created;
    const std::int64_t id = m_conn.lastInsertRowId();
    if (p.pid && m_index.isComplete(hostId, *p.pid)) {
        const auto present = presentFields(p);
        const std::uint32_t image = m_index.imageId(p.image);
        m_index.add(hostId, *p.pid, {id, p.startTime, image, static_cast<std::uint8_t>(~present & 0x3f),
                                     parentId.has_value(), parentPid.has_value()});
    }
    return id;
}

Result<std::int64_t> AlertProcessLinker::upsert(std::int64_t hostId, const ProcessInfo& p,
                                                 std::optional<std::int64_t> sourceId) {
    auto found = find(hostId, p);
    if (!found) return found.error();
    if (!*found) return insert(hostId, p, std::nullopt, std::nullopt, sourceId);
    if ((*found)->needsFill)
        if (auto st = fill(hostId, (*found)->id, p); !st) return st.error();
    return (*found)->id;
}

Status AlertProcessLinker::setParent(std::int64_t hostId, std::int64_t childId, const ProcessInfo& child,
                                     std::int64_t parentId, const ProcessInfo& parent) {
    if (EvidenceProcessIndex::Row* r = child.pid ? m_index.row(hostId, *child.pid, childId) : nullptr) {
        r->hasParentId = true;
        r->hasParentPid = r->hasParentPid || parent.pid.has_value();
    }
    m_setParent.bind(1, childId).bind(2, parentId).bindOptional(3, parent.pid);
    return runOnce(m_setParent);
}

Result<std::int64_t> AlertProcessLinker::link(std::int64_t hostId, const ProcessInfo& process, const ProcessInfo* parent,
                                              std::optional<std::int64_t> sourceId) {
    const bool hasParent = parent && parent->pid;
    auto child = find(hostId, process);
    if (!child) return child.error();
    if (!*child) {
        // A new process: its parent first, so the row is written once, linked.
        std::optional<std::int64_t> parentId;
        if (hasParent) {
            auto id = upsert(hostId, *parent, sourceId);
            if (!id) return id;
            parentId = *id;
        }
        return insert(hostId, process, parentId, hasParent ? parent->pid : std::nullopt, sourceId);
    }
    const FoundRow& row = **child;
    if (row.needsFill)
        if (auto st = fill(hostId, row.id, process); !st) return st.error();
    if (hasParent) {
        auto parentId = upsert(hostId, *parent, sourceId);
        if (!parentId) return parentId;
        if (*parentId != row.id && !(row.hasParentId && row.hasParentPid))
            if (auto st = setParent(hostId, row.id, process, *parentId, *parent); !st) return st.error();
    }
    return row.id;
}

}  // namespace hitome::core
