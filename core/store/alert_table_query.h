// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Read-side queries behind the workbench's alert list and tactic chart: the
// ordered alert ids for a filter and sort (computed in SQL), the display rows
// for a chunk of ids, per-tactic counts, and one alert's detail.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/store/connection.h"
#include "core/util/result.h"
#include "core/util/time.h"

namespace hitome::core {

enum class AlertSortColumn { Time, Severity, Title, Tactics, Host, User, Status, Source };

struct AlertFilter {
    std::string tacticId;                 // "TA0003"; empty: any
    std::optional<int> minSeverity;       // 0..3
    std::string host;                     // exact host name (case-insensitive); empty: any
    std::string status;                   // new / inProgress / resolved; empty: any
    std::string source;                   // provider ("mde", "sigma"...); empty: any
    std::string text;                     // substring of title, description or category
    std::optional<Ticks> from;            // first_event >= from
    std::optional<Ticks> to;              // first_event < to

    friend bool operator==(const AlertFilter&, const AlertFilter&) = default;
};

struct AlertSort {
    AlertSortColumn column = AlertSortColumn::Time;
    bool isDescending = false;
};

struct AlertRow {
    std::int64_t id = 0;
    std::optional<Ticks> time;
    int severity = 0;
    std::string title;
    std::string tactics;                  // comma-separated tactic ids, matrix order unknown here
    std::string host;
    std::string user;
    std::string status;
    std::string classification;
    std::string source;
};

struct TacticCount {
    std::string tacticId;
    std::int64_t alertCount = 0;
    int maxSeverity = 0;
    std::vector<std::pair<std::string, std::int64_t>> topTechniques;  // technique id, alert count
};

// Alert ids matching `filter`, ordered by `sort` (ties by id).
Result<std::vector<std::int64_t>> queryAlertIds(Connection& conn, const AlertFilter& filter, const AlertSort& sort);
// Rows for `ids`, in the order given; ids that no longer exist are skipped.
Result<std::vector<AlertRow>> queryAlertRows(Connection& conn, const std::vector<std::int64_t>& ids);
// Per tactic: matching alerts, highest severity, up to `topN` techniques.
// The tactic part of `filter` is ignored (the chart shows every tactic).
Result<std::vector<TacticCount>> queryTacticCounts(Connection& conn, const AlertFilter& filter, int topN = 3);
// Distinct non-empty values for the filter combo boxes.
Result<std::vector<std::string>> queryAlertHosts(Connection& conn);
Result<std::vector<std::string>> queryAlertSources(Connection& conn);

}  // namespace hitome::core
