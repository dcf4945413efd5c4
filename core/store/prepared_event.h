// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An event with its stored form computed ahead: the query columns and the
// fields' JSON. Readers that parse on worker threads prepare events there, so
// the one thread that writes the case only binds values and steps.

#include <string>

#include "core/model/win_event.h"
#include "core/store/event_columns.h"

namespace hitome::core {

struct PreparedEvent {
    WinEvent event;
    // Views into event.data's values. Moving a PreparedEvent keeps them valid:
    // a moved vector hands over its buffer, its elements stay where they are.
    EventColumns columns;
    std::string dataJson;
};

PreparedEvent prepareEvent(WinEvent event);

}  // namespace hitome::core
