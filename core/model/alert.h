// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An alert as the importers produce it, before it is stored. Every source
// (Defender, Graph, M365D, Sigma rules) is normalised into this shape.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/model/severity.h"
#include "core/util/time.h"

namespace hitome::core {

struct ProcessInfo {
    std::optional<std::int64_t> pid;
    std::optional<Ticks> startTime;
    std::string image;          // full path when known
    std::string commandLine;
    std::string user;           // DOMAIN\name
    std::string integrity;
    std::string sha256;
    std::string guid;           // Sysmon/Defender process GUID, when known
};

struct Evidence {
    std::string kind;           // process, file, registryKey, registryValue, ip, url, user, device, mailbox, other
    std::string verdict;
    std::string remediation;
    std::string fileName;
    std::string filePath;
    std::string sha1;
    std::string sha256;
    std::string registryKey;
    std::string registryValueName;
    std::string registryValue;
    std::string ip;
    std::string url;
    std::string account;
    std::string domain;
    std::string host;
    // For process evidence: the process and (when given) its parent.
    std::optional<ProcessInfo> process;
    std::optional<ProcessInfo> parent;
    // The item as JSON. Importers usually leave it empty and give rawPath
    // instead: the item's JSON pointer within the alert's rawJson (e.g.
    // "/evidence/2"), from which the text is derived when it is needed.
    std::string rawJson;
    std::string rawPath;
};

struct Alert {
    std::string provider;       // "mde", "graph", "m365d", "sigma", "recon"
    std::string externalId;
    std::string title;
    std::string description;
    std::string category;       // as the source wrote it, e.g. "DefenseEvasion"
    Severity severity = Severity::Informational;
    std::string status;         // normalised: new, inProgress, resolved
    std::string classification;
    std::string determination;
    std::string detectionSource;
    std::string incidentId;
    std::optional<Ticks> firstEvent;
    std::optional<Ticks> lastEvent;
    std::optional<Ticks> created;
    std::string host;           // computer DNS name
    std::string hostDeviceId;
    std::string user;           // DOMAIN\name
    std::vector<std::string> techniques;   // as written by the source (may be revoked IDs)
    std::vector<Evidence> evidence;
    std::string ruleId;         // Sigma rule id for rule alerts
    std::string rawJson;
};

}  // namespace hitome::core
