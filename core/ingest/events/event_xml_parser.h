// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads a rendered Windows event in XML (<Event><System>…<EventData><Data
// Name="x">v</Data>…), as Splunk keeps it in `_raw` and wevtutil prints it.
// Tolerant of namespaces, attribute order and single quotes; never throws.

#include <string_view>

#include "core/model/win_event.h"

namespace hitome::core {

// False when `xml` has no <System> with an EventID.
bool parseEventXml(std::string_view xml, WinEvent& out);

}  // namespace hitome::core
