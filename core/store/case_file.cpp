// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/case_file.h"

#include "core/store/migrations.h"
#include "core/store/statement.h"

namespace hitome::core {

Result<CaseFile> CaseFile::open(const std::filesystem::path& path) {
    std::error_code ec;
    if (std::filesystem::exists(path, ec) && !std::filesystem::is_regular_file(path, ec))
        return Error::make(ErrorCode::Io, "not a case file").inFile(path.string());
    auto conn = Connection::open(path, Connection::Mode::ReadWrite);
    if (!conn) return conn.error();
    // A file that is not SQLite fails here, on first read.
    if (auto st = migrate(*conn); !st) {
        auto err = st.error();
        if (err.file.empty()) err.file = path.string();
        if (err.code == ErrorCode::Database) err.detail = "not a Hitome case file (" + err.detail + ")";
        return err;
    }
    return CaseFile(std::move(conn).value());
}

Result<CaseFile> CaseFile::openReadOnly(const std::filesystem::path& path) {
    if (!std::filesystem::exists(path)) return Error::make(ErrorCode::NotFound, "no such case file").inFile(path.string());
    auto conn = Connection::open(path, Connection::Mode::ReadOnly);
    if (!conn) return conn.error();
    const int version = readSchemaVersion(*conn);
    if (version != currentSchemaVersion())
        return Error::make(ErrorCode::Unsupported, "case schema " + std::to_string(version) + " differs from " +
                                                       std::to_string(currentSchemaVersion()))
            .inFile(path.string());
    return CaseFile(std::move(conn).value());
}

Result<Connection> CaseFile::openReader() const { return Connection::open(m_conn.path(), Connection::Mode::ReadOnly); }

std::string CaseFile::info(const std::string& key) const {
    Statement st(const_cast<Connection&>(m_conn), "SELECT value FROM case_info WHERE key = ?");
    st.bind(1, key);
    auto r = st.step();
    return (r && *r == Statement::Step::Row) ? st.columnText(0) : std::string();
}

Status CaseFile::setInfo(const std::string& key, const std::string& value) {
    Statement st(m_conn, "INSERT INTO case_info(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, key).bind(2, value);
    return st.run();
}

}  // namespace hitome::core
