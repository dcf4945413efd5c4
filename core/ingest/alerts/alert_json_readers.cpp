// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/alerts/alert_json_readers.h"

#include "core/ingest/alerts/alert_record_pipeline.h"
#include "core/ingest/alerts/graph_alert_mapper.h"
#include "core/ingest/alerts/json_fields.h"
#include "core/ingest/alerts/json_head_sniffer.h"
#include "core/ingest/alerts/m365d_alert_mapper.h"
#include "core/ingest/alerts/mde_alert_mapper.h"
#include "core/util/text.h"

namespace hitome::core {
namespace {

using json::Json;

bool isGraphIncident(const JsonHead& h) {
    if (containsNoCase(h.odataType, "security.incident") || h.contextContains("security/incidents")) return true;
    return h.has("incidentWebUrl") && h.has("displayName") && !h.has("alertWebUrl");
}

bool isGraphAlert(const JsonHead& h) {
    if (containsNoCase(h.odataType, "security.alert") || h.contextContains("alerts_v2")) return true;
    return h.has("providerAlertId") || (h.has("createdDateTime") && h.has("serviceSource") && h.has("title"));
}

bool isM365dIncident(const JsonHead& h) {
    if (h.contextContains("#Incidents") && !h.contextContains("security/incidents")) return true;
    return h.has("incidentName") || (h.has("incidentId") && h.has("alerts") && h.has("createdTime"));
}

bool isMdeAlert(const JsonHead& h) {
    if (h.contextContains("#Alerts") && !h.hasRecord) return true;
    if (h.has("alerts") || h.has("createdDateTime")) return false;
    return h.has("alertCreationTime") || h.has("alertFiles") ||
           (h.has("title") && (h.has("computerDnsName") || h.has("machineId")));
}

}  // namespace

bool MdeAlertReader::sniff(std::string_view head) const {
    const JsonHead h = sniffJsonHead(head);
    return h.isJson && isMdeAlert(h) && !isGraphAlert(h) && !isM365dIncident(h);
}

Status MdeAlertReader::read(const ReadContext& ctx, ImportSink& sink) {
    return AlertRecordPipeline::read(ctx, sink, [](JsonRecord& r, std::vector<Result<Alert>>& out) {
        out.push_back(mdeAlertFromJson(r.value, std::move(r.text)));
    });
}

bool GraphAlertReader::sniff(std::string_view head) const {
    const JsonHead h = sniffJsonHead(head);
    return h.isJson && isGraphAlert(h) && !isGraphIncident(h);
}

Status GraphAlertReader::read(const ReadContext& ctx, ImportSink& sink) {
    return AlertRecordPipeline::read(ctx, sink, [](JsonRecord& r, std::vector<Result<Alert>>& out) {
        out.push_back(graphAlertFromJson(r.value, {}, std::move(r.text)));
    });
}

bool GraphIncidentReader::sniff(std::string_view head) const {
    const JsonHead h = sniffJsonHead(head);
    return h.isJson && isGraphIncident(h);
}

Status GraphIncidentReader::read(const ReadContext& ctx, ImportSink& sink) {
    return AlertRecordPipeline::read(ctx, sink, [](JsonRecord& r, std::vector<Result<Alert>>& out) {
        const std::string incidentId = json::text(r.value, "id");
        json::forEachObject(r.value, "alerts", [&](const Json& alert) { out.push_back(graphAlertFromJson(alert, incidentId)); });
    });
}

bool M365dIncidentReader::sniff(std::string_view head) const {
    const JsonHead h = sniffJsonHead(head);
    return h.isJson && isM365dIncident(h) && !isGraphIncident(h);
}

Status M365dIncidentReader::read(const ReadContext& ctx, ImportSink& sink) {
    return AlertRecordPipeline::read(ctx, sink, [](JsonRecord& r, std::vector<Result<Alert>>& out) {
        json::forEachObject(r.value, "alerts", [&](const Json& alert) { out.push_back(m365dAlertFromJson(alert, r.value)); });
    });
}

}  // namespace hitome::core
