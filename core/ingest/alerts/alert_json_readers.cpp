// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/alerts/alert_json_readers.h"

#include "core/ingest/alerts/graph_alert_mapper.h"
#include "core/ingest/alerts/json_fields.h"
#include "core/ingest/alerts/json_head_sniffer.h"
#include "core/ingest/alerts/json_record_stream.h"
#include "core/ingest/alerts/m365d_alert_mapper.h"
#include "core/ingest/alerts/mde_alert_mapper.h"
#include "core/util/text.h"

namespace hitome::core {
namespace {

using json::Json;

// Hands a mapped alert to the sink, or records why the record was skipped.
Status deliver(Result<Alert> alert, const JsonRecord& record, const ReadContext& ctx, ImportSink& sink) {
    if (!alert) {
        Error warning = alert.error();
        warning.inFile(ctx.displayName).atRecord(record.index).atOffset(record.offset);
        sink.addWarning(std::move(warning));
        return {};
    }
    return sink.addAlert(std::move(alert).value());
}

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
    return JsonRecordStream::read(ctx, [&](JsonRecord&& r) { return deliver(mdeAlertFromJson(r.value), r, ctx, sink); });
}

bool GraphAlertReader::sniff(std::string_view head) const {
    const JsonHead h = sniffJsonHead(head);
    return h.isJson && isGraphAlert(h) && !isGraphIncident(h);
}

Status GraphAlertReader::read(const ReadContext& ctx, ImportSink& sink) {
    return JsonRecordStream::read(ctx, [&](JsonRecord&& r) { return deliver(graphAlertFromJson(r.value), r, ctx, sink); });
}

bool GraphIncidentReader::sniff(std::string_view head) const {
    const JsonHead h = sniffJsonHead(head);
    return h.isJson && isGraphIncident(h);
}

Status GraphIncidentReader::read(const ReadContext& ctx, ImportSink& sink) {
    return JsonRecordStream::read(ctx, [&](JsonRecord&& r) -> Status {
        const std::string incidentId = json::text(r.value, "id");
        Status result;
        json::forEachObject(r.value, "alerts", [&](const Json& alert) {
            if (result) result = deliver(graphAlertFromJson(alert, incidentId), r, ctx, sink);
        });
        return result;
    });
}

bool M365dIncidentReader::sniff(std::string_view head) const {
    const JsonHead h = sniffJsonHead(head);
    return h.isJson && isM365dIncident(h) && !isGraphIncident(h);
}

Status M365dIncidentReader::read(const ReadContext& ctx, ImportSink& sink) {
    return JsonRecordStream::read(ctx, [&](JsonRecord&& r) -> Status {
        Status result;
        json::forEachObject(r.value, "alerts", [&](const Json& alert) {
            if (result) result = deliver(m365dAlertFromJson(alert, r.value), r, ctx, sink);
        });
        return result;
    });
}

}  // namespace hitome::core
