// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Fills services from stored events (id > afterId): System 7045, Security
// 4697 and `sc create` command lines of process-creation events.

#include <cstdint>

#include "core/util/result.h"

namespace hitome::core {

class Connection;

Status extractServices(Connection& conn, std::int64_t afterId);

}  // namespace hitome::core
