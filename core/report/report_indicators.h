// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Indicators of compromise, scheduled tasks and attacker commands for the
// report, from evidence, tasks, services and recon tables.

#include "core/report/report_data.h"

namespace hitome::core {

Status loadIndicators(Connection& conn, const ReportOptions& options, ReportData& data);

}  // namespace hitome::core
