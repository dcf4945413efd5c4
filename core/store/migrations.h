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

}  // namespace hitome::core
