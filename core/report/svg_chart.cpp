// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/svg_chart.h"

#include <algorithm>
#include <sstream>

#include "core/report/xml_escape.h"

namespace hitome::core {

const char* severityColour(int severity) {
    switch (severity) {
    case 3: return "#c62828";
    case 2: return "#ef6c00";
    case 1: return "#f9a825";
    case 0: return "#1e88e5";
    default: return "#cfd8dc";
    }
}

namespace {
constexpr int kLabelWidth = 210, kBarArea = 400, kRow = 24, kTop = 8;
}  // namespace

int svgChartHeight(size_t barCount) { return kTop * 2 + kRow * static_cast<int>(barCount); }

std::string renderSvgChart(const std::vector<ChartBar>& bars) {
    int maxCount = 1;
    for (const auto& b : bars) maxCount = std::max(maxCount, b.count);
    const int height = svgChartHeight(bars.size());
    std::ostringstream out;
    static_assert(kLabelWidth + kBarArea + 50 == kSvgChartWidth);
    out << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << kSvgChartWidth << "\" height=\""
        << height << "\" role=\"img\" font-family=\"sans-serif\" font-size=\"12\">\n";
    for (size_t i = 0; i < bars.size(); ++i) {
        const auto& b = bars[i];
        const int y = kTop + kRow * static_cast<int>(i);
        const int width = b.count == 0 ? 2 : std::max(4, kBarArea * b.count / maxCount);
        out << "<text x=\"" << kLabelWidth - 6 << "\" y=\"" << y + 16 << "\" text-anchor=\"end\">"
            << escapeXml(b.label) << "</text>"
            << "<rect x=\"" << kLabelWidth << "\" y=\"" << y + 4 << "\" width=\"" << width << "\" height=\"" << kRow - 8
            << "\" fill=\"" << severityColour(b.severity) << "\"/>"
            << "<text x=\"" << kLabelWidth + width + 6 << "\" y=\"" << y + 16 << "\">" << b.count << "</text>\n";
    }
    out << "</svg>";
    return out.str();
}

}  // namespace hitome::core
