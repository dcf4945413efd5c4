// SPDX-License-Identifier: GPL-3.0-or-later
// Tabular sections: timeline, hosts and users, indicators, and the alert
// appendix with the analyst's status, classification and notes.
#include <algorithm>
#include <map>

#include "core/report/report_builder.h"

namespace hitome::core {
namespace {

constexpr size_t kMaxTimelineRows = 200;

std::string timeText(const std::optional<Ticks>& t) { return t ? formatShortTime(*t) : "—"; }

ReportSection timelineSection(const ReportData& data, ReportLanguage lang) {
    ReportSection s{phrase(Phrase::Timeline, lang), 2, {}};
    ReportBlock table{ReportBlock::Kind::Table};
    table.header = {phrase(Phrase::Time, lang), phrase(Phrase::Host, lang), phrase(Phrase::Severity, lang),
                    phrase(Phrase::TitleColumn, lang)};
    for (size_t i = 0; i < data.alerts.size() && i < kMaxTimelineRows; ++i) {
        const auto& a = data.alerts[i];
        table.rows.push_back({timeText(a.firstSeen), a.host, severityLabel(static_cast<int>(a.severity), lang), a.title});
    }
    s.blocks.push_back(table);
    if (data.alerts.size() > kMaxTimelineRows)
        s.blocks.push_back({ReportBlock::Kind::Paragraph,
                            phrase(Phrase::TimelineTruncated, lang,
                                   {std::to_string(kMaxTimelineRows), std::to_string(data.alerts.size())})});
    return s;
}

ReportSection hostsSection(const ReportData& data, ReportLanguage lang) {
    ReportSection s{phrase(Phrase::HostsAndUsers, lang), 2, {}};
    std::map<std::string, int> worst;
    for (const auto& a : data.alerts)
        if (!a.host.empty()) worst[a.host] = std::max(worst[a.host], static_cast<int>(a.severity));
    ReportBlock table{ReportBlock::Kind::Table};
    table.header = {phrase(Phrase::Host, lang), phrase(Phrase::Alerts, lang), phrase(Phrase::HighestSeverity, lang)};
    for (const auto& host : data.hosts)
        table.rows.push_back({host, std::to_string(data.hostsBySeverityCount.at(host)), severityLabel(worst[host], lang)});
    s.blocks.push_back(table);
    s.blocks.push_back({ReportBlock::Kind::Paragraph, phrase(Phrase::Users, lang), {}, {}, {}, {}, {}, true});
    if (data.users.empty()) {
        s.blocks.push_back({ReportBlock::Kind::Paragraph, phrase(Phrase::NoUsers, lang)});
    } else {
        ReportBlock users{ReportBlock::Kind::Bullets};
        users.items = data.users;
        s.blocks.push_back(users);
    }
    return s;
}

ReportSection indicatorsSection(const ReportData& data, ReportLanguage lang) {
    ReportSection s{phrase(Phrase::Indicators, lang), 2, {}};
    if (data.indicators.empty()) {
        s.blocks.push_back({ReportBlock::Kind::Paragraph, phrase(Phrase::NoIndicators, lang)});
        return s;
    }
    ReportBlock table{ReportBlock::Kind::Table};
    table.header = {phrase(Phrase::Kind, lang), phrase(Phrase::Value, lang), phrase(Phrase::SeenIn, lang)};
    for (const auto& i : data.indicators) table.rows.push_back({i.kind, i.value, i.context});
    s.blocks.push_back(table);
    return s;
}

std::string notesText(const std::vector<ReportNote>& notes) {
    std::string out;
    for (const auto& n : notes) {
        if (!out.empty()) out += "\n";
        out += n.author.empty() ? n.text : n.author + ": " + n.text;
    }
    return out;
}

ReportSection appendixSection(const ReportData& data, ReportLanguage lang) {
    ReportSection s{phrase(Phrase::Appendix, lang), 2, {}};
    ReportBlock table{ReportBlock::Kind::Table};
    table.header = {phrase(Phrase::Id, lang),     phrase(Phrase::Time, lang),   phrase(Phrase::Severity, lang),
                    phrase(Phrase::TitleColumn, lang), phrase(Phrase::Host, lang), phrase(Phrase::Status, lang),
                    phrase(Phrase::Classification, lang), phrase(Phrase::Notes, lang)};
    for (const auto& a : data.alerts)
        table.rows.push_back({std::to_string(a.id), timeText(a.firstSeen), severityLabel(static_cast<int>(a.severity), lang),
                              a.title, a.host, statusLabel(a.status, lang), a.classification, notesText(a.notes)});
    s.blocks.push_back(table);
    if (!data.caseNotes.empty()) {
        s.blocks.push_back({ReportBlock::Kind::Paragraph, phrase(Phrase::CaseNotes, lang), {}, {}, {}, {}, {}, true});
        ReportBlock notes{ReportBlock::Kind::Bullets};
        for (const auto& n : data.caseNotes) notes.items.push_back(n.author.empty() ? n.text : n.author + ": " + n.text);
        s.blocks.push_back(notes);
    }
    return s;
}

}  // namespace

std::vector<ReportSection> buildTableSections(const ReportData& data, ReportLanguage lang) {
    return {timelineSection(data, lang), hostsSection(data, lang), indicatorsSection(data, lang),
            appendixSection(data, lang)};
}

}  // namespace hitome::core
