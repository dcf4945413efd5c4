// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Fills scheduled_tasks from stored events (id > afterId): Security
// 4698-4702 (TaskContent XML parsed), TaskScheduler/Operational
// 106/140/141/200/201, registry writes under Schedule\TaskCache\Tree, and
// schtasks/at command lines of process-creation events.

#include <cstdint>

#include "core/util/result.h"

namespace hitome::core {

class Connection;

Status extractTasks(Connection& conn, std::int64_t afterId);

}  // namespace hitome::core
