// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Forward-only schema migrations, tracked in PRAGMA user_version.

#include "core/util/result.h"

namespace hitome::core {

class Connection;

// The schema version this build writes.
int currentSchemaVersion();

// Brings the case from its user_version to currentSchemaVersion() inside one
// transaction. A file written by a newer Hitome is refused, not touched.
Status migrate(Connection& conn);

int readSchemaVersion(Connection& conn);

// For steps that add a column: every step must be safe to run again, so
// `alterSql` (which adds `column` to `table`) runs only when it is missing.
Status addColumnIfMissing(Connection& conn, const char* table, const char* column, const char* alterSql);

}  // namespace hitome::core
