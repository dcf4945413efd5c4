// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/prepared_event.h"

namespace hitome::core {

PreparedEvent prepareEvent(WinEvent event) {
    PreparedEvent out;
    out.event = std::move(event);
    out.columns = extractColumns(out.event);
    out.dataJson = fieldsToJson(out.event);
    return out;
}

}  // namespace hitome::core
