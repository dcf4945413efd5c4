// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/alerts/graph_alert_mapper.h"

#include "core/ingest/alerts/json_fields.h"
#include "core/util/text.h"

namespace hitome::core {
namespace {

using json::Json;

// "#microsoft.graph.security.processEvidence" → "processEvidence".
std::string evidenceType(const Json& item) {
    std::string type = json::text(item, "@odata.type");
    if (const auto dot = type.rfind('.'); dot != std::string::npos) type = type.substr(dot + 1);
    return type;
}

struct FileDetails {
    std::string name, path, sha1, sha256;
};

FileDetails fileDetails(const Json* file) {
    FileDetails d;
    if (!file) return d;
    d.name = json::text(*file, "fileName");
    d.path = json::joinWindowsPath(json::text(*file, "filePath"), d.name);
    d.sha1 = json::text(*file, "sha1");
    d.sha256 = json::text(*file, "sha256");
    return d;
}

std::string accountOf(const Json* user) {
    if (!user) return {};
    return json::account(json::text(*user, "domainName"), json::text(*user, "accountName"));
}

void readProcess(const Json& item, Evidence& e) {
    const FileDetails image = fileDetails(json::member(item, "imageFile"));
    ProcessInfo p;
    p.pid = json::integer(item, "processId");
    p.startTime = json::time(item, "processCreationDateTime");
    p.image = image.path;
    p.commandLine = json::text(item, "processCommandLine");
    p.user = accountOf(json::member(item, "userAccount"));
    p.sha256 = image.sha256;
    e.fileName = image.name;
    e.filePath = image.path;
    e.sha1 = image.sha1;
    e.sha256 = image.sha256;
    e.account = p.user;
    e.process = std::move(p);
    ProcessInfo parent;
    parent.pid = json::integer(item, "parentProcessId");
    parent.startTime = json::time(item, "parentProcessCreationDateTime");
    parent.image = fileDetails(json::member(item, "parentProcessImageFile")).path;
    if (parent.pid || !parent.image.empty()) e.parent = std::move(parent);
}

void readRegistry(const Json& item, Evidence& e) {
    const std::string hive = json::text(item, "registryHive");
    const std::string key = json::text(item, "registryKey");
    e.registryKey = hive.empty() || key.empty() || startsWithNoCase(key, hive) ? key : hive + '\\' + key;
    e.registryValueName = json::text(item, "registryValueName");
    e.registryValue = json::text(item, "registryValue");
}

void readUser(const Json& item, Evidence& e) {
    const Json* user = json::member(item, "userAccount");
    if (!user) return;
    e.account = json::firstText(*user, {"accountName", "userPrincipalName", "displayName"});
    e.domain = json::text(*user, "domainName");
}

void readByType(const std::string& type, const Json& item, Evidence& e) {
    if (type == "processEvidence") {
        e.kind = "process";
        readProcess(item, e);
    } else if (type == "fileEvidence") {
        e.kind = "file";
        const FileDetails f = fileDetails(json::member(item, "fileDetails"));
        e.fileName = f.name;
        e.filePath = f.path;
        e.sha1 = f.sha1;
        e.sha256 = f.sha256;
    } else if (type == "registryKeyEvidence" || type == "registryValueEvidence") {
        e.kind = type == "registryKeyEvidence" ? "registryKey" : "registryValue";
        readRegistry(item, e);
    } else if (type == "ipEvidence") {
        e.kind = "ip";
        e.ip = json::text(item, "ipAddress");
    } else if (type == "urlEvidence") {
        e.kind = "url";
        e.url = json::text(item, "url");
    } else if (type == "userEvidence") {
        e.kind = "user";
        readUser(item, e);
    } else if (type == "deviceEvidence") {
        e.kind = "device";
        e.host = json::text(item, "deviceDnsName");
    } else if (type == "mailboxEvidence") {
        e.kind = "mailbox";
        e.account = json::firstText(item, {"primaryAddress", "displayName"});
    } else {
        e.kind = "other";
    }
}

void fillHostAndUser(Alert& a, const Json& record) {
    json::forEachObject(record, "evidence", [&](const Json& item) {
        const std::string type = evidenceType(item);
        if (type == "deviceEvidence" && a.host.empty()) {
            a.host = json::text(item, "deviceDnsName");
            a.hostDeviceId = json::text(item, "mdeDeviceId");
        }
        if (type == "userEvidence" && a.user.empty()) a.user = accountOf(json::member(item, "userAccount"));
    });
}

}  // namespace

Evidence graphEvidence(const Json& item, std::string rawPath) {
    Evidence e;
    readByType(evidenceType(item), item, e);
    e.verdict = json::firstText(item, {"verdict", "detectionStatus"});
    e.remediation = json::text(item, "remediationStatus");
    if (e.ip == "-") e.ip.clear();
    e.rawPath = std::move(rawPath);
    return e;
}

Result<Alert> graphAlertFromJson(const Json& record, std::string_view incidentId, std::string text) {
    Alert a;
    a.provider = "graph";
    a.externalId = json::firstText(record, {"id", "providerAlertId"});
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
    if (a.incidentId.empty()) a.incidentId = std::string(incidentId);
    a.firstEvent = json::time(record, "firstActivityDateTime");
    a.lastEvent = json::time(record, "lastActivityDateTime");
    a.created = json::time(record, "createdDateTime");
    a.techniques = json::strings(record, "mitreTechniques");
    fillHostAndUser(a, record);
    json::forEachObjectAt(record, "evidence",
                          [&](const Json& item, const std::string& path) { a.evidence.push_back(graphEvidence(item, path)); });
    a.rawJson = text.empty() ? record.dump() : std::move(text);
    return a;
}

}  // namespace hitome::core
