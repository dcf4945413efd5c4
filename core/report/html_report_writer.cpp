// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/html_report_writer.h"

#include <algorithm>
#include <sstream>

#include "core/report/report_language.h"
#include "core/report/svg_chart.h"
#include "core/explain/visible_text.h"
#include "core/report/xml_escape.h"

namespace hitome::core {
namespace {

constexpr const char* kCss =
    "body{font-family:'Noto Sans','Noto Sans CJK JP',sans-serif;margin:2em auto;max-width:60em;color:#212121;"
    "line-height:1.5}h1{font-size:1.6em;border-bottom:3px solid #37474f}h2{margin-top:1.6em;color:#37474f;"
    "border-bottom:1px solid #b0bec5}h3{color:#455a64}table{border-collapse:collapse;width:100%;margin:.5em 0}"
    "th,td{border:1px solid #cfd8dc;padding:3px 6px;text-align:left;vertical-align:top;font-size:.9em}"
    "th{background:#eceff1}pre{background:#f5f5f5;padding:6px;white-space:pre-wrap;word-break:break-all}"
    ".meta td:first-child{font-weight:bold;width:10em}.strong{font-weight:bold}";

// Escaped text with line breaks kept.
std::string text(const std::string& raw) {
    std::string escaped = escapeHtml(visibleText(raw, {true}));
    std::string out;
    for (char c : escaped) {
        if (c == '\n')
            out += "<br/>";
        else
            out += c;
    }
    return out;
}

// Qt's rich-text layout slows down sharply on one very long table; for it
// the rows are split into short tables with the header repeated.
constexpr size_t kQtRowsPerTable = 60;

void writeTable(std::ostringstream& out, const ReportBlock& b, const HtmlOptions& options, ReportLanguage lang) {
    const size_t chunk = options.isForQtRichText ? kQtRowsPerTable : b.rows.size() + 1;
    const size_t shown = options.maxTableRows ? std::min(options.maxTableRows, b.rows.size()) : b.rows.size();
    for (size_t start = 0; start == 0 || start < shown; start += chunk) {
        out << "<table><tr>";
        for (const auto& h : b.header) out << "<th>" << text(h) << "</th>";
        out << "</tr>\n";
        for (size_t r = start; r < shown && r < start + chunk; ++r) {
            out << "<tr>";
            for (const auto& cell : b.rows[r]) out << "<td>" << text(cell) << "</td>";
            out << "</tr>\n";
        }
        out << "</table>\n";
    }
    if (shown < b.rows.size())
        out << "<p>" << text(phrase(Phrase::TableTruncated, lang, {std::to_string(shown), std::to_string(b.rows.size())}))
            << "</p>\n";
}

void writeTableChart(std::ostringstream& out, const std::vector<ChartBar>& bars) {
    int maxCount = 1;
    for (const auto& b : bars) maxCount = std::max(maxCount, b.count);
    out << "<table>";
    for (const auto& b : bars) {
        const int percent = b.count == 0 ? 1 : std::max(2, 100 * b.count / maxCount);
        out << "<tr><td width=\"35%\">" << text(b.label) << "</td><td><table width=\"" << percent
            << "%\"><tr><td bgcolor=\"" << severityColour(b.severity) << "\">&nbsp;</td></tr></table></td><td width=\"6%\">"
            << b.count << "</td></tr>";
    }
    out << "</table>\n";
}

void writeLinks(std::ostringstream& out, const ReportBlock& b) {
    out << "<p>";
    for (size_t i = 0; i < b.links.size(); ++i) {
        const auto& link = b.links[i];
        if (i) out << " · ";
        if (isAllowedReportUrl(link.url))
            out << "<a href=\"" << escapeHtml(link.url) << "\">" << text(link.text) << "</a>";
        else
            out << text(link.text);
    }
    out << "</p>\n";
}

void writeBlock(std::ostringstream& out, const ReportBlock& b, const HtmlOptions& options, ReportLanguage lang,
                int& chartIndex) {
    switch (b.kind) {
    case ReportBlock::Kind::Paragraph:
        out << (b.isEmphasised ? "<p class=\"strong\"><b>" : "<p>") << text(b.text)
            << (b.isEmphasised ? "</b></p>\n" : "</p>\n");
        break;
    case ReportBlock::Kind::Bullets:
        out << "<ul>";
        for (const auto& item : b.items) out << "<li>" << text(item) << "</li>";
        out << "</ul>\n";
        break;
    case ReportBlock::Kind::Table: writeTable(out, b, options, lang); break;
    case ReportBlock::Kind::Chart:
        if (options.isForQtRichText && !options.chartImagePrefix.empty())
            out << "<p><img src=\"" << escapeHtml(options.chartImagePrefix) << chartIndex++ << "\" width=\""
                << kSvgChartWidth << "\" height=\"" << svgChartHeight(b.bars.size()) << "\"/></p>\n";
        else if (options.isForQtRichText)
            writeTableChart(out, b.bars);
        else
            out << renderSvgChart(b.bars) << "\n";
        break;
    case ReportBlock::Kind::Code: out << "<pre>" << escapeHtml(visibleText(b.text)) << "</pre>\n"; break;
    case ReportBlock::Kind::Links: writeLinks(out, b); break;
    }
}

}  // namespace

std::string renderHtmlReport(const ReportDocument& doc, const HtmlOptions& options) {
    const ReportLanguage lang = parseReportLanguage(doc.language);
    std::ostringstream out;
    out << "<!DOCTYPE html>\n<html lang=\"" << escapeHtml(doc.language) << "\"><head><meta charset=\"utf-8\"/>"
        << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
           "img-src data:\"/>"
        << "<title>" << text(doc.title) << "</title><style>" << kCss << "</style></head>\n<body>\n";
    out << "<h1>" << text(doc.title) << "</h1>\n<table class=\"meta\">";
    for (const auto& [label, value] : doc.meta) out << "<tr><td>" << text(label) << "</td><td>" << text(value) << "</td></tr>";
    out << "</table>\n";
    int chartIndex = 0;
    for (const auto& section : doc.sections) {
        const char* tag = section.level >= 3 ? "h3" : "h2";
        out << "<" << tag << ">" << text(section.title) << "</" << tag << ">\n";
        for (const auto& block : section.blocks) writeBlock(out, block, options, lang, chartIndex);
    }
    out << "</body></html>\n";
    return out.str();
}

}  // namespace hitome::core
