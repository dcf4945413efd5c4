// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/report_builder.h"

#include <algorithm>

namespace hitome::core {
namespace {

std::vector<std::string> reachedTactics(const ReportData& data, const ReportVocabulary& v) {
    std::vector<std::string> reached;
    for (const auto& id : v.tacticOrder)
        if (data.alertsPerTactic.count(id)) reached.push_back(id);
    return reached;
}

ReportSection summarySection(const ReportData& data, const ReportVocabulary& v, ReportLanguage lang) {
    ReportSection s{phrase(Phrase::ExecutiveSummary, lang), 2, {}};
    if (data.alerts.empty()) {
        s.blocks.push_back({ReportBlock::Kind::Paragraph, phrase(Phrase::SummaryNoAlerts, lang)});
        return s;
    }
    const std::string start = data.periodStart ? formatShortTime(*data.periodStart) : "?";
    const std::string end = data.periodEnd ? formatShortTime(*data.periodEnd) : "?";
    s.blocks.push_back({ReportBlock::Kind::Paragraph,
                        phrase(Phrase::SummaryScope, lang,
                               {start, end, std::to_string(data.alerts.size()), std::to_string(data.hosts.size()),
                                joinList(data.hosts, lang, 6)})});
    const auto reached = reachedTactics(data, v);
    std::vector<std::string> names;
    for (const auto& id : reached) names.push_back(v.tacticName(id));
    if (!reached.empty())
        s.blocks.push_back({ReportBlock::Kind::Paragraph,
                            phrase(Phrase::SummaryTactics, lang, {std::to_string(reached.size()), joinList(names, lang, 15)})});
    std::vector<std::string> beyond;
    for (const char* id : {"TA0008", "TA0010", "TA0040"})
        if (data.alertsPerTactic.count(id)) beyond.push_back(v.tacticName(id));
    if (!beyond.empty())
        s.blocks.push_back({ReportBlock::Kind::Paragraph, phrase(Phrase::SummaryReachedBeyond, lang, {joinList(beyond, lang)})});
    ReportBlock status{ReportBlock::Kind::Paragraph,
                       phrase(Phrase::SummaryStatus, lang,
                              {std::to_string(data.openAlerts), std::to_string(data.alerts.size()),
                               std::to_string(data.highAlerts)})};
    status.isEmphasised = true;
    s.blocks.push_back(status);
    ReportBlock decisions{ReportBlock::Kind::Bullets};
    decisions.items = managementDecisions(data, v, lang);
    s.blocks.push_back({ReportBlock::Kind::Paragraph, phrase(Phrase::SummaryDecisions, lang), {}, {}, {}, {}, {}, true});
    s.blocks.push_back(decisions);
    return s;
}

ReportSection chartSection(const ReportData& data, const ReportVocabulary& v, ReportLanguage lang) {
    ReportSection s{phrase(Phrase::TacticChart, lang), 2, {}};
    ReportBlock chart{ReportBlock::Kind::Chart};
    for (const auto& id : v.tacticOrder) {
        const auto count = data.alertsPerTactic.count(id) ? data.alertsPerTactic.at(id) : 0;
        const int severity = data.worstPerTactic.count(id) ? static_cast<int>(data.worstPerTactic.at(id)) : -1;
        chart.bars.push_back({v.tacticName(id), count, severity});
    }
    s.blocks.push_back(chart);
    s.blocks.push_back({ReportBlock::Kind::Paragraph, phrase(Phrase::ChartCaption, lang)});
    return s;
}

}  // namespace

std::string joinList(const std::vector<std::string>& items, ReportLanguage lang, size_t limit) {
    const std::string sep = lang == ReportLanguage::Japanese ? "、" : ", ";
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i == limit) {
            out += sep + "…";
            break;
        }
        if (i) out += sep;
        out += items[i];
    }
    return out;
}

std::string periodText(const ReportData& data) {
    if (!data.periodStart) return "—";
    return formatShortTime(*data.periodStart) + " – " + formatShortTime(*data.periodEnd) + " UTC";
}

ReportDocument buildReport(const ReportData& data, const ReportVocabulary& v, ReportLanguage lang) {
    ReportDocument doc;
    doc.language = std::string(languageCode(lang));
    doc.title = phrase(Phrase::Title, lang, {data.caseTitle.empty() ? data.caseName : data.caseTitle});
    doc.meta = {{phrase(Phrase::Case, lang), data.caseName},
                {phrase(Phrase::Period, lang), periodText(data)},
                {phrase(Phrase::Author, lang), data.author.empty() ? phrase(Phrase::NoAuthor, lang) : data.author},
                {phrase(Phrase::Generated, lang), formatShortTime(data.generatedAt) + " UTC"}};
    doc.sections.push_back(summarySection(data, v, lang));
    doc.sections.push_back(chartSection(data, v, lang));
    for (auto& section : buildFindingsSections(data, v, lang)) doc.sections.push_back(std::move(section));
    auto tables = buildTableSections(data, lang);
    // Timeline and hosts come before the recommendations, the appendix last.
    for (size_t i = 0; i + 1 < tables.size(); ++i) doc.sections.push_back(std::move(tables[i]));
    doc.sections.push_back(buildRecommendationsSection(data, v, lang));
    if (!tables.empty()) doc.sections.push_back(std::move(tables.back()));
    return doc;
}

}  // namespace hitome::core
