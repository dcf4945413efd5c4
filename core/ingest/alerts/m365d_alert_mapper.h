// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Maps the alerts of a Microsoft 365 Defender incident (GET /api/incidents:
// alerts[] with devices[] and entities[]) to our Alert model.

#include <nlohmann/json.hpp>

#include "core/model/alert.h"
#include "core/util/result.h"

namespace hitome::core {

// `incident` supplies the incident id when the alert lacks one. Fails
// (Format) only when the alert has no id.
Result<Alert> m365dAlertFromJson(const nlohmann::json& alert, const nlohmann::json& incident);

}  // namespace hitome::core
