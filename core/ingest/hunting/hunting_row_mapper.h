// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Maps one Defender advanced-hunting row (DeviceProcessEvents and the other
// Device*/Alert* tables) to a WinEvent whose fields keep every column and add
// Sysmon-style names (Image, CommandLine, ParentImage, ProcessId,
// ProcessGuid, TargetObject, DestinationIp...), so the same columns, queries,
// process trees and Sigma rules work. Channel: "DefenderHunting/<Table>".
// Event ids follow Sysmon where a table matches one (process 1, network 3,
// image load 7, file 11/23, registry 12/13), Security for logons (4624/4625).

#include <string>
#include <string_view>
#include <vector>

#include "core/ingest/events/json_flat_parser.h"
#include "core/model/win_event.h"

namespace hitome::core {

// `table` may be empty: it is then inferred from the row's columns/ActionType.
// False when the row has no Timestamp and no device (not a hunting row).
bool mapHuntingRow(std::string_view table, const std::vector<FlatField>& row, WinEvent& out);

// The synthetic ProcessGuid given to a process seen in hunting rows: device,
// pid and creation time identify one process instance.
std::string huntingProcessGuid(std::string_view device, std::string_view pid, std::string_view creationTime);

}  // namespace hitome::core
