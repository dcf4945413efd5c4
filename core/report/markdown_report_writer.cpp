// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/markdown_report_writer.h"

#include <algorithm>
#include <sstream>

#include "core/explain/visible_text.h"
#include "core/util/text.h"

namespace hitome::core {
namespace {

// Table cells additionally cannot hold line breaks or pipes.
std::string cell(const std::string& raw) {
    std::string escaped = escapeMarkdown(raw);
    std::string out;
    for (char c : escaped) {
        if (c == '\n')
            out += "<br>";
        else if (c == '\r')
            continue;
        else
            out += c;
    }
    return out;
}

// A code fence longer than any run of backticks inside the code.
std::string fenceFor(const std::string& code) {
    size_t longest = 0, run = 0;
    for (char c : code) {
        run = c == '`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return std::string(std::max<size_t>(3, longest + 1), '`');
}

void writeTable(std::ostringstream& out, const ReportBlock& b) {
    out << "|";
    for (const auto& h : b.header) out << " " << cell(h) << " |";
    out << "\n|";
    for (size_t i = 0; i < b.header.size(); ++i) out << " --- |";
    out << "\n";
    for (const auto& row : b.rows) {
        out << "|";
        for (const auto& c : row) out << " " << cell(c) << " |";
        out << "\n";
    }
    out << "\n";
}

void writeChart(std::ostringstream& out, const std::vector<ChartBar>& bars) {
    int maxCount = 1;
    for (const auto& b : bars) maxCount = std::max(maxCount, b.count);
    out << "| | | |\n| --- | --- | --- |\n";
    for (const auto& b : bars) {
        const int width = b.count == 0 ? 0 : std::max(1, 30 * b.count / maxCount);
        std::string bar;
        for (int i = 0; i < width; ++i) bar += "█";
        out << "| " << cell(b.label) << " | " << bar << " | " << b.count << " |\n";
    }
    out << "\n";
}

void writeBlock(std::ostringstream& out, const ReportBlock& b) {
    switch (b.kind) {
    case ReportBlock::Kind::Paragraph:
        out << (b.isEmphasised ? "**" + escapeMarkdown(b.text) + "**" : escapeMarkdown(b.text)) << "\n\n";
        break;
    case ReportBlock::Kind::Bullets:
        for (const auto& item : b.items) out << "- " << cell(item) << "\n";
        out << "\n";
        break;
    case ReportBlock::Kind::Table: writeTable(out, b); break;
    case ReportBlock::Kind::Chart: writeChart(out, b.bars); break;
    case ReportBlock::Kind::Code: {
        const std::string code = visibleText(b.text);
        const std::string fence = fenceFor(code);
        out << fence << "text\n" << code << "\n" << fence << "\n\n";
        break;
    }
    case ReportBlock::Kind::Links:
        for (size_t i = 0; i < b.links.size(); ++i) {
            const auto& link = b.links[i];
            if (i) out << " · ";
            if (isAllowedReportUrl(link.url))
                // In angle brackets, parentheses in the URL cannot end the link early.
                out << "[" << escapeMarkdown(link.text) << "](<" << link.url << ">)";
            else
                out << escapeMarkdown(link.text);
        }
        out << "\n\n";
        break;
    }
}

}  // namespace

std::string escapeMarkdown(const std::string& raw) {
    const std::string text = visibleText(raw, {true});
    std::string out;
    out.reserve(text.size() + text.size() / 4);
    bool isLineStart = true;
    bool isListNumber = false;  // the line so far is "  12": a following . or ) would make a list
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (isListNumber && (c == '.' || c == ')')) out += '\\';
        // GitHub-style viewers also link "www.host" without a scheme.
        else if (c == '.' && i >= 3 && equalsNoCase(std::string_view(text).substr(i - 3, 3), "www")) out += '\\';
        switch (c) {
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '&': out += "&amp;"; break;
        // Inline syntax anywhere; ':' so that no bare URL becomes a link. (GFM
        // viewers still make "a@b.example" a mailto: link: cmark-gfm links the
        // address after escapes and entities are decoded, so nothing written
        // here can stop it. It opens a mail draft, never a page.)
        case '\\': case '`': case '*': case '_': case '[': case ']': case '|': case '~': case ':':
            out += '\\';
            out += c;
            break;
        // Block syntax only matters at the start of a line.
        case '#': case '+': case '-': case '=':
            if (isLineStart) out += '\\';
            out += c;
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') break;
            out += c;
        }
        const bool isDigit = c >= '0' && c <= '9';
        isListNumber = isDigit && (isLineStart || isListNumber);
        isLineStart = c == '\n' || (isLineStart && (c == ' ' || c == '\t'));
    }
    return out;
}

std::string renderMarkdownReport(const ReportDocument& doc) {
    std::ostringstream out;
    out << "# " << escapeMarkdown(doc.title) << "\n\n";
    for (const auto& [label, value] : doc.meta) out << "- **" << escapeMarkdown(label) << "**: " << cell(value) << "\n";
    out << "\n";
    for (const auto& section : doc.sections) {
        out << (section.level >= 3 ? "### " : "## ") << escapeMarkdown(section.title) << "\n\n";
        for (const auto& block : section.blocks) writeBlock(out, block);
    }
    return out.str();
}

}  // namespace hitome::core
