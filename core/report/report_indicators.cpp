// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/report_indicators.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/store/connection.h"
#include "core/store/statement.h"

namespace hitome::core {
namespace {

constexpr size_t kMaxIndicators = 500;

// kind, value, context (alert title). Placeholder hashes and empty values
// from scrubbed exports are skipped.
constexpr const char* kEvidenceIndicatorsSql = R"SQL(
SELECT kind, value, min(context) FROM (
  SELECT 'file' AS kind, coalesce(e.file_path || '\' || e.file_name, e.file_path, e.file_name) AS value, a.title AS context
    FROM evidence e JOIN alerts a ON a.id = e.alert_id WHERE e.kind IN ('file', 'process') AND (?1 IS NULL OR a.first_event >= ?1) AND (?2 IS NULL OR a.first_event <= ?2)
  UNION ALL SELECT 'sha256', e.sha256, a.title FROM evidence e JOIN alerts a ON a.id = e.alert_id WHERE length(e.sha256) = 64 AND (?1 IS NULL OR a.first_event >= ?1) AND (?2 IS NULL OR a.first_event <= ?2)
  UNION ALL SELECT 'sha1', e.sha1, a.title FROM evidence e JOIN alerts a ON a.id = e.alert_id WHERE length(e.sha1) = 40 AND (?1 IS NULL OR a.first_event >= ?1) AND (?2 IS NULL OR a.first_event <= ?2)
  UNION ALL SELECT 'registry', e.registry_key || coalesce(' : ' || e.registry_value_name, ''), a.title FROM evidence e JOIN alerts a ON a.id = e.alert_id WHERE e.registry_key <> '' AND (?1 IS NULL OR a.first_event >= ?1) AND (?2 IS NULL OR a.first_event <= ?2)
  UNION ALL SELECT 'ip', e.ip, a.title FROM evidence e JOIN alerts a ON a.id = e.alert_id WHERE e.ip <> '' AND e.ip <> '-' AND (?1 IS NULL OR a.first_event >= ?1) AND (?2 IS NULL OR a.first_event <= ?2)
  UNION ALL SELECT 'url', e.url, a.title FROM evidence e JOIN alerts a ON a.id = e.alert_id WHERE e.url <> '' AND (?1 IS NULL OR a.first_event >= ?1) AND (?2 IS NULL OR a.first_event <= ?2)
  UNION ALL SELECT 'account', CASE WHEN coalesce(e.domain, '') = '' THEN e.account ELSE e.domain || '\' || e.account END, a.title
    FROM evidence e JOIN alerts a ON a.id = e.alert_id WHERE e.account <> '' AND (?1 IS NULL OR a.first_event >= ?1) AND (?2 IS NULL OR a.first_event <= ?2)
) WHERE value IS NOT NULL AND value <> '' GROUP BY kind, value ORDER BY kind, value
)SQL";

Status loadEvidenceIndicators(Connection& conn, const ReportOptions& options, ReportData& data) {
    Statement st(conn, kEvidenceIndicatorsSql);
    st.bindOptional(1, options.since).bindOptional(2, options.until);
    for (;;) {
        auto r = st.step();
        if (!r) return r.error();
        if (*r == Statement::Step::Done || data.indicators.size() >= kMaxIndicators) return {};
        data.indicators.push_back({st.columnText(0), st.columnText(1), st.columnText(2)});
    }
}

Status loadTasks(Connection& conn, ReportData& data) {
    Statement st(conn, R"SQL(
SELECT t.name, coalesce(h.name, ''), coalesce(t.run_as, ''), coalesce(t.action, '')
FROM scheduled_tasks t LEFT JOIN hosts h ON h.id = t.host_id
WHERE t.operation IN ('created', 'updated', 'command-line', 'registry')
ORDER BY t.name COLLATE NOCASE, h.name)SQL");
    std::map<std::string, ReportTask> byName;
    for (;;) {
        auto r = st.step();
        if (!r) return r.error();
        if (*r == Statement::Step::Done) break;
        auto& task = byName[st.columnText(0)];
        task.name = st.columnText(0);
        const auto host = st.columnText(1);
        if (!host.empty() && std::find(task.hosts.begin(), task.hosts.end(), host) == task.hosts.end())
            task.hosts.push_back(host);
        if (task.runAs.empty()) task.runAs = st.columnText(2);
        if (task.action.empty()) task.action = st.columnText(3);
    }
    for (auto& [name, task] : byName) {
        data.indicators.push_back({"task", name, ""});
        data.tasks.push_back(std::move(task));
    }
    return {};
}

Status loadServices(Connection& conn, ReportData& data) {
    Statement st(conn, "SELECT DISTINCT name, coalesce(image_path, '') FROM services ORDER BY name COLLATE NOCASE");
    for (;;) {
        auto r = st.step();
        if (!r) return r.error();
        if (*r == Statement::Step::Done) return {};
        data.indicators.push_back({"service", st.columnText(0), st.columnText(1)});
    }
}

Status loadReconCommands(Connection& conn, ReportData& data) {
    Statement st(conn, "SELECT DISTINCT command FROM recon_commands ORDER BY command");
    for (;;) {
        auto r = st.step();
        if (!r) return r.error();
        if (*r == Statement::Step::Done) return {};
        data.reconCommands.push_back(st.columnText(0));
    }
}

}  // namespace

Status loadIndicators(Connection& conn, const ReportOptions& options, ReportData& data) {
    if (auto st = loadEvidenceIndicators(conn, options, data); !st) return st;
    if (auto st = loadTasks(conn, data); !st) return st;
    if (auto st = loadServices(conn, data); !st) return st;
    return loadReconCommands(conn, data);
}

}  // namespace hitome::core
