// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A prepared statement. Bind every value (never splice text into SQL), then
// step(); reset() to reuse it for the next row of a batch.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/util/result.h"

struct sqlite3_stmt;

namespace hitome::core {

class Connection;

class Statement {
public:
    enum class Step { Row, Done };

    // Prepares `sql`; on failure valid() is false and error() says why.
    Statement(Connection& conn, std::string_view sql);
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    bool valid() const { return m_stmt != nullptr; }
    const Error& prepareError() const { return m_prepareError; }

    // Parameters are 1-based, as in SQLite.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);  // copied by SQLite
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Statement& bindNull(int index);
    Statement& bindOptional(int index, const std::optional<std::int64_t>& value);
    // Binds NULL for an empty string: "unknown" rather than "".
    Statement& bindTextOrNull(int index, std::string_view text);
    // Not copied: SQLite reads `text` in place, so it must stay alive until the
    // statement has run and every parameter is bound again (bulk inserts).
    Statement& bindTextInPlaceOrNull(int index, std::string_view text);

    Result<Step> step();
    // step() expecting no row, e.g. INSERT/UPDATE.
    Status run();
    void reset();

    bool isNull(int column) const;
    std::int64_t columnInt(int column) const;
    double columnDouble(int column) const;
    std::string columnText(int column) const;
    std::optional<std::int64_t> columnOptionalInt(int column) const;
    int columnCount() const;
    std::string columnName(int column) const;
    enum class ColumnType { Integer, Float, Text, Blob, Null };
    ColumnType columnType(int column) const;

private:
    Connection* m_conn = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    Error m_prepareError;
};

}  // namespace hitome::core
