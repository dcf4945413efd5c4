// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/pdf_report_writer.h"

#include <QFile>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QUrl>

#include "core/report/html_report_writer.h"
#include "core/report/svg_chart.h"

namespace hitome::ui {
namespace {

// Enough rows for a management reader; the full tables are in the exports.
constexpr size_t kMaxPdfTableRows = 250;
constexpr auto kChartPrefix = "hitome-chart:";
// Charts are rasterised at this multiple of their CSS size so they stay
// sharp when printed.
constexpr int kChartScale = 4;

QImage renderChart(const std::vector<core::ChartBar>& bars) {
    QSvgRenderer svg(QByteArray::fromStdString(core::renderSvgChart(bars)));
    QImage image(svg.defaultSize() * kChartScale, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    svg.render(&painter);
    return image;
}

// Qt's rich text has no inline SVG: each chart becomes an image resource
// named as html_report_writer numbers them.
void addChartImages(QTextDocument& text, const core::ReportDocument& doc) {
    int index = 0;
    for (const auto& section : doc.sections)
        for (const auto& block : section.blocks)
            if (block.kind == core::ReportBlock::Kind::Chart)
                text.addResource(QTextDocument::ImageResource,
                                 QUrl(QLatin1String(kChartPrefix) + QString::number(index++)), renderChart(block.bars));
}

}  // namespace

QString writePdfReport(const core::ReportDocument& doc, const QString& path) {
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) return QObject::tr("Cannot write %1: %2").arg(path, probe.errorString());
    probe.close();
    QPdfWriter writer(path);
    writer.setTitle(QString::fromStdString(doc.title));
    writer.setCreator(QStringLiteral("Hitome"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                     QPageLayout::Millimeter));
    writer.setResolution(96);
    QTextDocument text;
    addChartImages(text, doc);
    core::HtmlOptions options;
    options.isForQtRichText = true;
    options.maxTableRows = kMaxPdfTableRows;
    options.chartImagePrefix = kChartPrefix;
    text.setHtml(QString::fromStdString(core::renderHtmlReport(doc, options)));
    text.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    text.print(&writer);
    return {};
}

}  // namespace hitome::ui
