// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/alerts/m365d_alert_mapper.h"

#include "core/ingest/alerts/json_fields.h"
#include "core/ingest/alerts/mde_alert_mapper.h"

namespace hitome::core {

using json::Json;

Result<Alert> m365dAlertFromJson(const Json& record, const Json& incident) {
    Alert a;
    a.provider = "m365d";
    a.externalId = json::firstText(record, {"alertId", "id"});
    if (a.externalId.empty()) return Error::make(ErrorCode::Format, "alert without an alertId");
    a.title = json::text(record, "title");
    a.description = json::text(record, "description");
    a.category = json::text(record, "category");
    a.severity = parseSeverity(json::text(record, "severity"));
    a.status = json::lowerCamel(json::text(record, "status"));
    a.classification = json::lowerCamel(json::text(record, "classification"));
    a.determination = json::lowerCamel(json::text(record, "determination"));
    a.detectionSource = json::text(record, "detectionSource");
    a.incidentId = json::text(record, "incidentId");
    if (a.incidentId.empty()) a.incidentId = json::text(incident, "incidentId");
    a.firstEvent = json::time(record, "firstActivity");
    a.lastEvent = json::time(record, "lastActivity");
    a.created = json::time(record, "creationTime");
    a.techniques = json::strings(record, "mitreTechniques");
    json::forEachObject(record, "devices", [&](const Json& device) {
        if (!a.host.empty()) return;
        a.host = json::text(device, "deviceDnsName");
        a.hostDeviceId = json::text(device, "mdatpDeviceId");
    });
    json::forEachObjectAt(record, "entities", [&](const Json& item, const std::string& path) {
        Evidence e = mdeEvidence(item, path);
        if (e.kind == "user" && a.user.empty()) a.user = json::account(e.domain, e.account);
        a.evidence.push_back(std::move(e));
    });
    a.rawJson = record.dump();
    return a;
}

}  // namespace hitome::core
