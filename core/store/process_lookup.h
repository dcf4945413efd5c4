// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finds a process row from what an analyst has at hand: a process GUID
// (Sysmon, or a hunting row's synthetic one), or a host and pid — pids are
// reused, so the most recent instance started at or before `at` (or the
// latest one when `at` is not given).

#include <cstdint>
#include <optional>
#include <string_view>

#include "core/util/result.h"
#include "core/util/time.h"

namespace hitome::core {

class Connection;

// NotFound when no process has this GUID (braces and case are ignored).
Result<std::int64_t> findProcessByGuid(Connection& conn, std::string_view guid);
// NotFound when the host has no process with this pid.
Result<std::int64_t> findProcessByHostPid(Connection& conn, std::string_view host, std::int64_t pid,
                                          std::optional<Ticks> at = std::nullopt);

}  // namespace hitome::core
