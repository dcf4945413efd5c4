// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A case: one SQLite file (*.hitome) holding everything imported and every
// note the analyst wrote. Opening creates and migrates it as needed.

#include <filesystem>
#include <string>

#include "core/store/connection.h"
#include "core/util/result.h"

namespace hitome::core {

class CaseFile {
public:
    // Opens or creates the case at `path` and migrates it to the current schema.
    static Result<CaseFile> open(const std::filesystem::path& path);
    // Opens an existing case read-only (no migration); fails on an older schema.
    static Result<CaseFile> openReadOnly(const std::filesystem::path& path);

    Connection& connection() { return m_conn; }
    const std::filesystem::path& path() const { return m_conn.path(); }

    // A second connection to the same file, for another thread.
    Result<Connection> openReader() const;

    std::string info(const std::string& key) const;
    Status setInfo(const std::string& key, const std::string& value);

private:
    explicit CaseFile(Connection conn) : m_conn(std::move(conn)) {}
    Connection m_conn;
};

}  // namespace hitome::core
