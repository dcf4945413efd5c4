// SPDX-License-Identifier: GPL-3.0-or-later
// parseEventXml (rendered events in Splunk's _raw) on arbitrary bytes.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/ingest/events/event_xml_parser.h"

using namespace hitome::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    WinEvent event;
    (void)parseEventXml(std::string_view(reinterpret_cast<const char*>(data), size), event);
    return 0;
}
