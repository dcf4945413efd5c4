// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The tactic bar chart as inline SVG (horizontal bars, one per tactic, in
// matrix order), for the HTML and PDF reports.

#include <string>
#include <vector>

#include "core/report/report_document.h"

namespace hitome::core {

// Width of the SVG in CSS pixels.
inline constexpr int kSvgChartWidth = 660;

// Height of the SVG in CSS pixels for that many bars.
int svgChartHeight(size_t barCount);

std::string renderSvgChart(const std::vector<ChartBar>& bars);
// Fill colour for a highest severity (-1: no alerts, grey).
const char* severityColour(int severity);

}  // namespace hitome::core
