// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Everything a report says, gathered from the case in one pass. Writers
// (HTML, Markdown, PDF) only lay it out.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/model/severity.h"
#include "core/util/result.h"
#include "core/util/time.h"

namespace hitome::core {

class Connection;

struct ReportNote {
    Ticks created = 0;
    std::string author;
    std::string text;
};

struct ReportAlert {
    std::int64_t id = 0;
    std::string title;
    std::string description;
    Severity severity = Severity::Informational;
    std::string status;
    std::string classification;
    std::string category;
    std::string provider;
    std::string ruleId;
    std::string host;
    std::string user;
    std::optional<Ticks> firstSeen;
    std::vector<std::string> tacticIds;     // "TA0003", "other"
    std::vector<std::string> techniqueIds;
    std::vector<std::string> commandLines;  // of the alerting process and process evidence
    std::vector<ReportNote> notes;
};

struct ReportIndicator {
    std::string kind;     // file, sha256, sha1, task, service, registry, ip, url, account
    std::string value;
    std::string context;  // host(s) or alert title where it was seen
};

struct ReportTask {
    std::string name;
    std::vector<std::string> hosts;
    std::string runAs;
    std::string action;
};

struct ReportOptions {
    std::optional<Ticks> since;
    std::optional<Ticks> until;
};

struct ReportData {
    std::string caseName;        // file name of the case
    std::string caseTitle;       // case_info "title", may be empty
    std::string author;          // case_info "author", may be empty
    Ticks generatedAt = 0;
    std::optional<Ticks> periodStart;
    std::optional<Ticks> periodEnd;
    std::vector<ReportAlert> alerts;                 // in time order
    std::map<std::string, int> alertsPerTactic;      // tactic ID → alerts
    std::map<std::string, Severity> worstPerTactic;  // tactic ID → highest severity
    std::map<std::string, int> hostsBySeverityCount; // host → alerts
    std::vector<std::string> hosts;                  // most alerts first
    std::vector<std::string> users;
    std::vector<ReportIndicator> indicators;
    std::vector<ReportTask> tasks;
    std::vector<std::string> reconCommands;          // attacker-phase binaries seen ("net.exe", ...)
    std::vector<ReportNote> caseNotes;
    int openAlerts = 0;                               // status not resolved
    int highAlerts = 0;
};

Result<ReportData> collectReportData(Connection& conn, const ReportOptions& options);

}  // namespace hitome::core
