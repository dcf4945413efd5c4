// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/pdf_report_writer.h"

#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

#include "core/report/html_report_writer.h"

namespace hitome::ui {

// Enough rows for a management reader; the full tables are in the exports.
constexpr size_t kMaxPdfTableRows = 250;

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
    // Qt's rich text has no SVG; the report provides a table chart instead.
    core::HtmlOptions options;
    options.isForQtRichText = true;
    options.maxTableRows = kMaxPdfTableRows;
    text.setHtml(QString::fromStdString(core::renderHtmlReport(doc, options)));
    text.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    text.print(&writer);
    return {};
}

}  // namespace hitome::ui
