// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A report laid out as plain structure (sections of paragraphs, lists,
// tables, a chart), independent of the output format. All text here is raw:
// each renderer escapes it for its own format.

#include <string>
#include <vector>

namespace hitome::core {

// A link the renderers may emit; anything not on the allow-list
// (attack.mitre.org, learn.microsoft.com over https) is shown as text only.
struct ReportLink {
    std::string text;
    std::string url;
};

bool isAllowedReportUrl(const std::string& url);

struct ChartBar {
    std::string label;    // tactic name
    int count = 0;
    int severity = -1;    // highest severity 0..3, -1 when no alerts (grey)
};

struct ReportBlock {
    enum class Kind { Paragraph, Bullets, Table, Chart, Code, Links };
    Kind kind = Kind::Paragraph;
    std::string text{};                              // Paragraph, Code
    std::vector<std::string> items{};                // Bullets
    std::vector<std::string> header{};               // Table
    std::vector<std::vector<std::string>> rows{};    // Table
    std::vector<ChartBar> bars{};                    // Chart
    std::vector<ReportLink> links{};                 // Links
    bool isEmphasised = false;                     // Paragraph shown strong
};

struct ReportSection {
    std::string title;
    int level = 2;          // 2: section, 3: subsection
    std::vector<ReportBlock> blocks;
};

struct ReportDocument {
    std::string language;   // "en" / "ja"
    std::string title;
    std::vector<std::pair<std::string, std::string>> meta;   // label, value
    std::vector<ReportSection> sections;
};

}  // namespace hitome::core
