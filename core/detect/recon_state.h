// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the attacker-command detector had seen when the last detection run
// stopped: every stored phase command (with its resolved parent identity)
// and every cmd.exe shell. A run over new events only goes on from these, so
// bursts and shells that span imports come out as a run over every event
// would make them.

#include "core/util/result.h"

namespace hitome::core {

class Connection;
class DetectionCollector;

Status loadReconState(Connection& conn, DetectionCollector& collector);

}  // namespace hitome::core
