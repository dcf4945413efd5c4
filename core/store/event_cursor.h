// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Streams stored events back as WinEvent, in id order (import order), one row
// at a time: memory stays flat on millions of events. For the detection
// engine and exports. Use one cursor per connection/thread.
//
//   EventCursor cur(conn, EventFilter{.eventIds = {1, 4688}});
//   StoredEvent ev;
//   while (cur.next(ev)) { ... ev.id, ev.event.field("CommandLine") ... }
//   if (!cur.status()) report(cur.status().error());

#include "core/store/event_filter.h"
#include "core/store/statement.h"
#include "core/store/stored_event.h"
#include "core/util/result.h"

namespace hitome::core {

class Connection;
struct SqlWhere;

class EventCursor {
public:
    EventCursor(Connection& conn, const EventFilter& filter = {});

    // Fills `out` with the next event; false at the end or on error (see status()).
    bool next(StoredEvent& out);
    const Status& status() const { return m_status; }
    std::uint64_t rowsRead() const { return m_rows; }

private:
    EventCursor(Connection& conn, const EventFilter& filter, const SqlWhere& where);
    Statement m_stmt;
    Status m_status;
    std::uint64_t m_rows = 0;
    bool m_done = false;
};

}  // namespace hitome::core
