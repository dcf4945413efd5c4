// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/alerts/mde_alert_mapper.h"

#include "core/ingest/alerts/json_fields.h"
#include "core/util/text.h"

namespace hitome::core {
namespace {

using json::Json;

std::optional<ProcessInfo> processOf(const Json& item) {
    ProcessInfo p;
    p.pid = json::integer(item, "processId");
    p.startTime = json::time(item, "processCreationTime");
    p.image = json::joinWindowsPath(json::text(item, "filePath"), json::text(item, "fileName"));
    p.commandLine = json::text(item, "processCommandLine");
    p.sha256 = json::text(item, "sha256");
    p.user = json::account(json::text(item, "domainName"), json::text(item, "accountName"));
    if (!p.pid && p.commandLine.empty() && p.image.empty()) return std::nullopt;
    return p;
}

std::optional<ProcessInfo> parentOf(const Json& item) {
    ProcessInfo p;
    p.pid = json::integer(item, "parentProcessId");
    p.startTime = json::time(item, "parentProcessCreationTime");
    p.image = json::joinWindowsPath(json::text(item, "parentProcessFilePath"), json::text(item, "parentProcessFileName"));
    if (!p.pid && p.image.empty()) return std::nullopt;
    return p;
}

void addLegacyEvidence(const Json& record, Alert& alert) {
    json::forEachObjectAt(record, "alertFiles", [&](const Json& f, const std::string& path) {
        Evidence e;
        e.kind = "file";
        e.fileName = json::text(f, "fileName");
        e.filePath = json::joinWindowsPath(json::text(f, "filePath"), e.fileName);
        e.sha1 = json::text(f, "sha1");
        e.sha256 = json::text(f, "sha256");
        e.rawPath = path;
        alert.evidence.push_back(std::move(e));
    });
    json::forEachObjectAt(record, "alertIps", [&](const Json& i, const std::string& path) {
        Evidence e;
        e.kind = "ip";
        e.ip = json::firstText(i, {"ipAddress", "ip"});
        e.rawPath = path;
        alert.evidence.push_back(std::move(e));
    });
    json::forEachObjectAt(record, "alertDomains", [&](const Json& d, const std::string& path) {
        Evidence e;
        e.kind = "url";
        e.url = json::firstText(d, {"host", "domain", "url"});
        e.rawPath = path;
        alert.evidence.push_back(std::move(e));
    });
    if (const Json* u = json::member(record, "alertUser"); u && u->is_object()) {
        alert.user = json::account(json::text(*u, "domainName"), json::text(*u, "accountName"));
        Evidence e;
        e.kind = "user";
        e.account = json::text(*u, "accountName");
        e.domain = json::text(*u, "domainName");
        e.rawPath = "/alertUser";
        if (!e.account.empty()) alert.evidence.push_back(std::move(e));
    }
}

}  // namespace

std::string evidenceKindFromEntityType(std::string_view type, bool hasRegistryValue) {
    const std::string t = toLowerAscii(type);
    if (t == "process") return "process";
    if (t == "file") return "file";
    if (t == "user" || t == "account") return "user";
    if (t == "ip" || t == "ipaddress") return "ip";
    if (t == "url") return "url";
    if (t == "machine" || t == "device") return "device";
    if (t == "mailbox" || t == "mailmessage" || t == "mailcluster") return "mailbox";
    if (t.rfind("registry", 0) == 0) return hasRegistryValue ? "registryValue" : "registryKey";
    return "other";
}

Evidence mdeEvidence(const Json& item, std::string rawPath) {
    Evidence e;
    const std::string registryValue = json::text(item, "registryValue");
    e.kind = evidenceKindFromEntityType(json::text(item, "entityType"), !registryValue.empty());
    e.verdict = json::firstText(item, {"verdict", "detectionStatus"});
    e.remediation = json::text(item, "remediationStatus");
    e.fileName = json::text(item, "fileName");
    e.filePath = json::joinWindowsPath(json::text(item, "filePath"), e.fileName);
    e.sha1 = json::text(item, "sha1");
    e.sha256 = json::text(item, "sha256");
    const std::string hive = json::text(item, "registryHive");
    const std::string key = json::text(item, "registryKey");
    e.registryKey = hive.empty() || key.empty() || startsWithNoCase(key, hive) ? key : hive + '\\' + key;
    e.registryValueName = json::text(item, "registryValueName");
    e.registryValue = registryValue;
    e.ip = json::text(item, "ipAddress");
    if (e.ip == "-") e.ip.clear();
    e.url = json::text(item, "url");
    e.account = json::firstText(item, {"accountName", "mailboxAddress", "userPrincipalName"});
    e.domain = json::text(item, "domainName");
    e.host = json::firstText(item, {"deviceDnsName", "computerDnsName"});
    if (e.kind == "process") {
        e.process = processOf(item);
        e.parent = parentOf(item);
    }
    e.rawPath = std::move(rawPath);
    return e;
}

Result<Alert> mdeAlertFromJson(const Json& record, std::string text) {
    Alert a;
    a.provider = "mde";
    a.externalId = json::firstText(record, {"id", "alertId"});
    if (a.externalId.empty()) return Error::make(ErrorCode::Format, "alert without an id");
    a.title = json::text(record, "title");
    a.description = json::text(record, "description");
    a.category = json::text(record, "category");
    a.severity = parseSeverity(json::text(record, "severity"));
    a.status = json::lowerCamel(json::text(record, "status"));
    a.classification = json::lowerCamel(json::text(record, "classification"));
    a.determination = json::lowerCamel(json::text(record, "determination"));
    a.detectionSource = json::text(record, "detectionSource");
    a.incidentId = json::text(record, "incidentId");
    a.firstEvent = json::time(record, "firstEventTime");
    a.lastEvent = json::time(record, "lastEventTime");
    a.created = json::time(record, "alertCreationTime");
    a.host = json::text(record, "computerDnsName");
    a.hostDeviceId = json::text(record, "machineId");
    if (const Json* u = json::member(record, "relatedUser"); u && u->is_object())
        a.user = json::account(json::text(*u, "domainName"), json::text(*u, "userName"));
    a.techniques = json::strings(record, "mitreTechniques");
    json::forEachObjectAt(record, "evidence",
                          [&](const Json& item, const std::string& path) { a.evidence.push_back(mdeEvidence(item, path)); });
    addLegacyEvidence(record, a);
    a.rawJson = text.empty() ? record.dump() : std::move(text);
    return a;
}

}  // namespace hitome::core
