// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finds or creates host and user rows, caching ids in memory so an import
// of millions of records asks SQLite once per distinct name. Single writer
// thread only. After a rolled-back import call clear(): cached ids may name
// rows that no longer exist.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/store/statement.h"
#include "core/util/result.h"
#include "core/util/time.h"

namespace hitome::core {

class Connection;

class EntityIds {
public:
    explicit EntityIds(Connection& conn);

    // Host by name (case-insensitive). `deviceId`/`seen` are stored when given.
    Result<std::int64_t> hostId(std::string_view name, std::string_view deviceId = {},
                                std::optional<Ticks> seen = std::nullopt);
    // User by domain + name (case-insensitive); sid stored when given.
    Result<std::int64_t> userId(std::string_view domain, std::string_view name, std::string_view sid = {});
    // "DOMAIN\name", "name@domain" or "name".
    Result<std::int64_t> userIdFromAccount(std::string_view account, std::string_view sid = {});

    // Forgets every cached id (after a rollback).
    void clear();

private:
    Connection& m_conn;
    Statement m_findHost, m_insertHost, m_updateHost;
    Statement m_findUser, m_insertUser, m_updateUserSid;
    std::unordered_map<std::string, std::int64_t> m_hosts;   // lower-case name → id
    std::unordered_map<std::string, std::int64_t> m_users;   // lower-case "domain\name" → id
};

}  // namespace hitome::core
