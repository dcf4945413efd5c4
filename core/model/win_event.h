// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One Windows event, whatever it came from (EVTX record, JSON-lines export,
// advanced-hunting row). Readers fill it; the store, process trees and the
// Sigma engine read it.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hitome::core {

struct EventField {
    std::string name;   // EventData/UserData field name ("Data" when unnamed)
    std::string value;  // rendered text, UTF-8
};

struct WinEvent {
    std::int64_t time = 0;          // ticks: 100 ns since 1970-01-01 UTC
    std::string computer;
    std::string channel;            // e.g. "Microsoft-Windows-Sysmon/Operational"
    std::string provider;           // Provider Name
    std::uint32_t eventId = 0;
    std::uint64_t recordId = 0;
    std::uint8_t level = 0;
    std::uint16_t task = 0;
    std::uint8_t opcode = 0;
    std::uint64_t keywords = 0;
    std::string userSid;            // System/Security UserID
    std::uint32_t processId = 0;    // System/Execution ProcessID
    std::uint32_t threadId = 0;
    bool isRecovered = false;       // carved from slack space, not a live record
    std::vector<EventField> data;   // in document order

    // First field with this exact name, or nullptr.
    const std::string* field(std::string_view name) const;
    // Like field(), ASCII case-insensitive (exports differ in casing).
    const std::string* fieldNoCase(std::string_view name) const;
};

}  // namespace hitome::core
