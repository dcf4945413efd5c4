// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Maps Defender for Endpoint API alerts (GET /api/alerts, current and legacy
// field sets) and their evidence items to our Alert model. M365D incident
// entities share the MDE evidence shape and use mdeEvidence() too.

#include <nlohmann/json.hpp>

#include "core/model/alert.h"
#include "core/util/result.h"

namespace hitome::core {

// Fails (Format) only when the object has no alert id.
// `text`: the record's bytes as in the file, kept as its raw JSON; when
// empty the record is serialised instead.
Result<Alert> mdeAlertFromJson(const nlohmann::json& record, std::string text = {});
// `rawPath`: the item's JSON pointer within the alert's raw JSON (Evidence::rawPath).
Evidence mdeEvidence(const nlohmann::json& item, std::string rawPath);
// "Process" → "process", "Registry" → "registryKey"/"registryValue", ...
std::string evidenceKindFromEntityType(std::string_view entityType, bool hasRegistryValue);

}  // namespace hitome::core
