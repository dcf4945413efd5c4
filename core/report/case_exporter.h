// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Analyst exports of a whole case for other tools: alerts and events as CSV
// (streamed, so a million events never sit in memory), the case as JSON,
// and the technique hit counts behind the Navigator layer.

#include <map>
#include <ostream>
#include <stop_token>

#include "core/report/navigator_layer.h"
#include "core/util/result.h"

namespace hitome::core {

class Connection;

struct CsvOptions {
    bool withBom = false;   // for Excel
};

Status exportAlertsCsv(Connection& conn, std::ostream& out, const CsvOptions& options);
Status exportEventsCsv(Connection& conn, std::ostream& out, const CsvOptions& options, std::stop_token stop = {});
// One JSON object: {"format":"hitome-case","version":1,"tables":{"alerts":[...],...}}
Status exportCaseJson(Connection& conn, std::ostream& out, std::stop_token stop = {});
Result<std::map<std::string, TechniqueHits>> techniqueHits(Connection& conn);

}  // namespace hitome::core
