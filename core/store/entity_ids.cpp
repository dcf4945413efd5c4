// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/entity_ids.h"

#include "core/store/connection.h"
#include "core/util/text.h"

namespace hitome::core {

EntityIds::EntityIds(Connection& conn)
    : m_conn(conn),
      m_findHost(conn, "SELECT id FROM hosts WHERE name = ?"),
      m_insertHost(conn, "INSERT INTO hosts(name, device_id, first_seen, last_seen) VALUES(?, ?, ?, ?)"),
      m_updateHost(conn,
                   "UPDATE hosts SET device_id = COALESCE(device_id, ?), "
                   "first_seen = CASE WHEN first_seen IS NULL OR first_seen > ?3 THEN ?3 ELSE first_seen END, "
                   "last_seen = CASE WHEN last_seen IS NULL OR last_seen < ?3 THEN ?3 ELSE last_seen END WHERE id = ?2"),
      m_findUser(conn, "SELECT id FROM users WHERE domain = ? AND name = ?"),
      m_insertUser(conn, "INSERT INTO users(domain, name, sid) VALUES(?, ?, ?)"),
      m_updateUserSid(conn, "UPDATE users SET sid = ? WHERE id = ? AND sid IS NULL") {}

void EntityIds::clear() {
    m_hosts.clear();
    m_users.clear();
}

namespace {

Result<std::optional<std::int64_t>> findId(Statement& st) {
    if (!st.valid()) return st.prepareError();
    auto step = st.step();
    if (!step) {
        st.reset();
        return step.error();
    }
    std::optional<std::int64_t> id;
    if (*step == Statement::Step::Row) id = st.columnInt(0);
    st.reset();
    return id;
}

Status runAndReset(Statement& st) {
    if (!st.valid()) return st.prepareError();
    Status s = st.run();
    st.reset();
    return s;
}

}  // namespace

Result<std::int64_t> EntityIds::hostId(std::string_view rawName, std::string_view deviceId, std::optional<Ticks> seen) {
    const std::string name(trim(rawName));
    if (name.empty()) return Error::make(ErrorCode::Usage, "empty host name");
    const std::string key = toLowerAscii(name);
    std::int64_t id = 0;
    if (auto it = m_hosts.find(key); it != m_hosts.end() && deviceId.empty() && !seen) return it->second;
    if (auto it = m_hosts.find(key); it != m_hosts.end()) {
        id = it->second;
    } else {
        m_findHost.bind(1, name);
        auto found = findId(m_findHost);
        if (!found) return found.error();
        if (*found) {
            id = **found;
        } else {
            m_insertHost.bind(1, name).bindTextOrNull(2, deviceId).bindOptional(3, seen).bindOptional(4, seen);
            if (auto st = runAndReset(m_insertHost); !st) return st.error();
            id = m_conn.lastInsertRowId();
            m_hosts.emplace(key, id);
            return id;
        }
        m_hosts.emplace(key, id);
    }
    if (!deviceId.empty() || seen) {
        m_updateHost.bindTextOrNull(1, deviceId).bind(2, id).bindOptional(3, seen);
        if (auto st = runAndReset(m_updateHost); !st) return st.error();
    }
    return id;
}

Result<std::int64_t> EntityIds::userId(std::string_view rawDomain, std::string_view rawName, std::string_view sid) {
    const std::string domain(trim(rawDomain)), name(trim(rawName));
    if (name.empty()) return Error::make(ErrorCode::Usage, "empty user name");
    const std::string key = toLowerAscii(domain) + '\\' + toLowerAscii(name);
    if (auto it = m_users.find(key); it != m_users.end()) {
        if (!sid.empty()) {
            m_updateUserSid.bind(1, sid).bind(2, it->second);
            if (auto st = runAndReset(m_updateUserSid); !st) return st.error();
        }
        return it->second;
    }
    m_findUser.bind(1, domain).bind(2, name);
    auto found = findId(m_findUser);
    if (!found) return found.error();
    std::int64_t id = 0;
    if (*found) {
        id = **found;
        if (!sid.empty()) {
            m_updateUserSid.bind(1, sid).bind(2, id);
            if (auto st = runAndReset(m_updateUserSid); !st) return st.error();
        }
    } else {
        m_insertUser.bind(1, domain).bind(2, name).bindTextOrNull(3, sid);
        if (auto st = runAndReset(m_insertUser); !st) return st.error();
        id = m_conn.lastInsertRowId();
    }
    m_users.emplace(key, id);
    return id;
}

Result<std::int64_t> EntityIds::userIdFromAccount(std::string_view account, std::string_view sid) {
    account = trim(account);
    if (const auto slash = account.find('\\'); slash != std::string_view::npos)
        return userId(account.substr(0, slash), account.substr(slash + 1), sid);
    if (const auto at = account.find('@'); at != std::string_view::npos && at > 0)
        return userId(account.substr(at + 1), account.substr(0, at), sid);
    return userId({}, account, sid);
}

}  // namespace hitome::core
