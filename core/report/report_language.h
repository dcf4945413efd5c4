// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The report's own sentences in English and Japanese. Whole sentences with
// numbered placeholders ({0}, {1}) so that Japanese word order works.

#include <string>
#include <string_view>
#include <vector>

namespace hitome::core {

enum class ReportLanguage { English, Japanese };

ReportLanguage parseReportLanguage(std::string_view code);  // "ja" → Japanese, else English
std::string_view languageCode(ReportLanguage lang);

enum class Phrase {
    Title, Case, Period, Author, Generated, NoAuthor,
    ExecutiveSummary, SummaryScope, SummaryNoAlerts, SummaryTactics, SummaryReachedBeyond, SummaryStatus,
    SummaryDecisions, DecisionIsolate, DecisionResetAccounts, DecisionRemovePersistence, DecisionAppLocker,
    DecisionNothingOpen,
    TacticChart, ChartCaption, KeyFindings, FindingAlerts, WhyItMatters, Techniques, CommandExplained, ExplainedAbove,
    Timeline, TimelineTruncated, HostsAndUsers, Host, Alerts, HighestSeverity, Users, NoUsers,
    Indicators, Kind, Value, SeenIn, NoIndicators,
    Recommendations, RecRemoveTask, RecResetAccounts, RecIsolateHosts, RecAppLocker, RecRemoveRegistry,
    RecBlockNetwork, RecNone,
    TableTruncated, Appendix, Id, Time, Severity, TitleColumn, Status, Classification, Notes, CaseNotes, Other,
};

std::string phrase(Phrase p, ReportLanguage lang, const std::vector<std::string>& args = {});
// A short "why it matters" for a tactic ID ("TA0003"), or empty.
std::string tacticImpact(std::string_view tacticId, ReportLanguage lang);
std::string severityLabel(int severity, ReportLanguage lang);
std::string statusLabel(std::string_view status, ReportLanguage lang);

}  // namespace hitome::core
