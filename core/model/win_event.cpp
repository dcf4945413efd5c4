// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/win_event.h"

#include "core/util/text.h"

namespace hitome::core {

const std::string* WinEvent::field(std::string_view name) const {
    for (const auto& f : data)
        if (f.name == name) return &f.value;
    return nullptr;
}

const std::string* WinEvent::fieldNoCase(std::string_view name) const {
    for (const auto& f : data)
        if (equalsNoCase(f.name, name)) return &f.value;
    return nullptr;
}

}  // namespace hitome::core
