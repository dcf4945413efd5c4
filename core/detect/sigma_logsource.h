// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Maps a Sigma logsource (product/category/service) to the Windows channels
// and event IDs it covers. Events meet a rule only when these match.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/util/result.h"

namespace hitome::core {

struct SigmaLogsource {
    struct Target {
        std::string channel;                 // lowered; "*" for any channel
        std::vector<std::uint32_t> eventIds; // empty: any event ID
    };
    std::vector<Target> targets;

    // Unsupported (with a reason) for non-Windows products or unknown
    // categories/services.
    static Result<SigmaLogsource> map(std::string_view product, std::string_view category, std::string_view service);
    // Does an event with this (lowered) channel and ID belong here?
    bool covers(std::string_view loweredChannel, std::uint32_t eventId) const;
};

// Channel name to use for an event that lacks one, from its provider
// ("Microsoft-Windows-Sysmon" → its Operational channel); "" when unknown.
std::string_view channelForProvider(std::string_view provider);

}  // namespace hitome::core
