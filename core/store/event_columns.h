// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The query columns of one event, picked from its fields: Sysmon names first,
// Security 4688 names (NewProcessName, ProcessCommandLine...) landing in the
// same columns so one query covers both.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/model/win_event.h"

namespace hitome::core {

struct EventColumns {
    std::string_view image, commandLine, parentImage, parentCommandLine;
    std::string user;                       // "DOMAIN\name" or as the source wrote it
    std::string_view targetObject, details, taskName, serviceName, scriptBlockText;
    std::string_view destinationIp, queryName, targetFilename, processGuid, parentProcessGuid;
    std::optional<std::int64_t> destinationPort, pid, parentPid;
};

// Views point into `event`, which must outlive the result.
EventColumns extractColumns(const WinEvent& event);

// "1234" or "0x4d2" (Security logs write pids in hex); nullopt otherwise.
std::optional<std::int64_t> parseWindowsNumber(std::string_view text);

// The event's fields as a JSON object (name → value); a JSON array of
// [name, value] pairs when a name repeats, so nothing is lost.
std::string fieldsToJson(const WinEvent& event);
void appendJsonString(std::string& out, std::string_view text);

}  // namespace hitome::core
