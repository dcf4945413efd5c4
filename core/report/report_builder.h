// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns the case's report data into a format-neutral document in one
// language: summary, chart, findings by tactic, timeline, hosts and users,
// indicators, recommendations, appendix.

#include "core/report/report_data.h"
#include "core/report/report_document.h"
#include "core/report/report_inputs.h"

namespace hitome::core {

ReportDocument buildReport(const ReportData& data, const ReportVocabulary& vocabulary, ReportLanguage lang);

// Parts of the builder, in their own files.
std::vector<ReportSection> buildFindingsSections(const ReportData& data, const ReportVocabulary& vocabulary,
                                                ReportLanguage lang);
ReportSection buildRecommendationsSection(const ReportData& data, const ReportVocabulary& vocabulary,
                                          ReportLanguage lang);
std::vector<std::string> managementDecisions(const ReportData& data, const ReportVocabulary& vocabulary,
                                             ReportLanguage lang);
std::vector<ReportSection> buildTableSections(const ReportData& data, ReportLanguage lang);

// "a, b, c" (English) or "a、b、c" (Japanese), at most `limit` items then "…".
std::string joinList(const std::vector<std::string>& items, ReportLanguage lang, size_t limit = 8);
std::string periodText(const ReportData& data);

}  // namespace hitome::core
