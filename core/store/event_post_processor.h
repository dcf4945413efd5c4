// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What runs after each batch of stored events: the full-text index rows, the
// process tree, scheduled tasks and services for events with id > afterId.

#include <cstdint>

#include "core/util/result.h"

namespace hitome::core {

class Connection;

// Returns how many process rows were created.
Result<std::uint64_t> postProcessEvents(Connection& conn, std::int64_t afterId);

}  // namespace hitome::core
