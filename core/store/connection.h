// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Owns one sqlite3 connection. Move-only; one per thread (SQLite handles are
// not shared across threads here). Only core/store includes sqlite3.h.

#include <filesystem>
#include <string>
#include <string_view>

#include "core/util/result.h"

struct sqlite3;

namespace hitome::core {

class Connection {
public:
    enum class Mode { ReadWrite, ReadOnly };

    // Opens (creating when ReadWrite) with WAL, foreign keys, a busy timeout
    // and SQLite's defensive mode.
    static Result<Connection> open(const std::filesystem::path& path, Mode mode = Mode::ReadWrite);
    static Result<Connection> openInMemory();

    Connection(Connection&& other) noexcept;
    Connection& operator=(Connection&& other) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection();

    // Runs one or more statements without results (schema, pragmas).
    Status exec(std::string_view sql);
    // Asks a running statement on this connection to stop (any thread).
    void interrupt();

    std::int64_t lastInsertRowId() const;
    int changes() const;
    std::string lastErrorMessage() const;
    Error databaseError(std::string_view what) const;
    const std::filesystem::path& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }  // for store/ internals only

private:
    Connection(sqlite3* db, std::filesystem::path path) : m_db(db), m_path(std::move(path)) {}
    Status configure(Mode mode);

    sqlite3* m_db = nullptr;
    std::filesystem::path m_path;
};

}  // namespace hitome::core
