// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers for the import tests: a dump of every table of a case (to prove a
// failed import changed nothing) and the built-in ATT&CK catalog.

#include <algorithm>
#include <string>
#include <vector>

#include "core/attack/attack_catalog.h"
#include "core/store/connection.h"
#include "core/store/statement.h"
#include "tests_support/test_paths.h"

namespace hitome::test {

inline std::int64_t countRows(core::Connection& conn, const std::string& sql) {
    core::Statement st(conn, sql);
    auto r = st.step();
    return r && *r == core::Statement::Step::Row ? st.columnInt(0) : -1;
}

// Every row of every table (schema included), sorted, as text.
inline std::string dumpCase(core::Connection& conn) {
    std::vector<std::string> tables;
    core::Statement names(conn, "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name");
    std::string out;
    for (auto r = names.step(); r && *r == core::Statement::Step::Row; r = names.step()) {
        tables.push_back(names.columnText(0));
        out += names.columnText(1) + "\n";
    }
    for (const auto& t : tables) {
        core::Statement st(conn, "SELECT * FROM \"" + t + "\"");
        if (!st.valid()) continue;
        std::vector<std::string> rows;
        for (auto r = st.step(); r && *r == core::Statement::Step::Row; r = st.step()) {
            std::string row;
            for (int c = 0; c < st.columnCount(); ++c) row += (st.isNull(c) ? "<null>" : st.columnText(c)) + "|";
            rows.push_back(std::move(row));
        }
        std::sort(rows.begin(), rows.end());
        out += "== " + t + " " + std::to_string(rows.size()) + "\n";
        for (const auto& r : rows) out += r + "\n";
    }
    return out;
}

inline const core::AttackCatalog& builtinCatalog() {
    static core::AttackCatalog catalog = [] {
        auto c = core::AttackCatalog::fromJson(readFile(resourcesDir() / "attack" / "catalog.json"));
        return c ? std::move(c).value() : core::AttackCatalog();
    }();
    return catalog;
}

}  // namespace hitome::test
