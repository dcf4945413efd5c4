// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Maps Microsoft Graph security alerts (alerts_v2, also as expanded inside
// incidents) and their typed evidence (@odata.type
// "#microsoft.graph.security.<kind>Evidence") to our Alert model.

#include <nlohmann/json.hpp>

#include "core/model/alert.h"
#include "core/util/result.h"

namespace hitome::core {

// Fails (Format) only when the object has no alert id. `incidentId` fills
// the alert's incident when the alert itself does not name one.
// `text`: the record's bytes as in the file, kept as its raw JSON; when
// empty the record is serialised instead.
Result<Alert> graphAlertFromJson(const nlohmann::json& record, std::string_view incidentId = {}, std::string text = {});
// `rawPath`: the item's JSON pointer within the alert's raw JSON (Evidence::rawPath).
Evidence graphEvidence(const nlohmann::json& item, std::string rawPath);

}  // namespace hitome::core
