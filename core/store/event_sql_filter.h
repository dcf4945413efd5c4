// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns an EventFilter into a WHERE clause with bound parameters (values are
// never spliced into SQL). Internal to core/store.

#include <string>
#include <variant>
#include <vector>

#include "core/store/event_filter.h"

namespace hitome::core {

class Connection;
class Statement;

struct SqlWhere {
    std::string clause;   // "" or " WHERE ..." over alias e
    std::vector<std::variant<std::int64_t, std::string>> params;
    void bindTo(Statement& st, int firstIndex = 1) const;
};

SqlWhere buildEventWhere(Connection& conn, const EventFilter& filter);

}  // namespace hitome::core
