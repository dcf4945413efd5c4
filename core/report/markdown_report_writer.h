// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The report as Markdown (CommonMark + pipe tables). Text is escaped so that
// neither Markdown syntax nor raw HTML in incident data is interpreted.

#include <string>

#include "core/report/report_document.h"

namespace hitome::core {

std::string renderMarkdownReport(const ReportDocument& doc);
std::string escapeMarkdown(const std::string& text);

}  // namespace hitome::core
