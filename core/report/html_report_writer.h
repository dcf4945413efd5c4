// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Self-contained HTML: inline CSS, the chart as inline SVG, no scripts, no
// external loads; every value escaped; links only to allowed hosts.

#include <string>

#include "core/report/report_document.h"

namespace hitome::core {

struct HtmlOptions {
    // Qt's rich-text engine (used for the PDF) does not draw inline SVG; it
    // gets an HTML table chart instead.
    bool isForQtRichText = false;
    // Rows shown per table (0: all). Qt's layout of thousands of rows takes
    // minutes; the PDF shows the first rows and points to the full exports.
    size_t maxTableRows = 0;
    // Qt mode only: when set, chart number i (in document order) becomes
    // <img src="PREFIX i">, an image the caller registers as a document
    // resource; otherwise a coarse table chart is drawn.
    std::string chartImagePrefix;
};

std::string renderHtmlReport(const ReportDocument& doc, const HtmlOptions& options = {});

}  // namespace hitome::core
