// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/report_service.h"

#include <QFile>
#include <QObject>

#include "core/attack/attack_catalog.h"
#include "core/report/html_report_writer.h"
#include "core/report/markdown_report_writer.h"
#include "core/report/report_builder.h"
#include "core/report/report_vocabulary.h"
#include "ui/report/pdf_report_writer.h"
#include "ui/util/knowledge_source.h"

namespace hitome::ui {

ReportFormat reportFormatForPath(const QString& path) {
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".pdf"))) return ReportFormat::Pdf;
    if (lower.endsWith(QLatin1String(".html")) || lower.endsWith(QLatin1String(".htm"))) return ReportFormat::Html;
    if (lower.endsWith(QLatin1String(".md")) || lower.endsWith(QLatin1String(".markdown"))) return ReportFormat::Markdown;
    return ReportFormat::Unknown;
}

QString writeReport(core::Connection& conn, const core::AttackCatalog& catalog, const QString& outputPath,
                    core::ReportLanguage lang, const core::ReportOptions& options) {
    const ReportFormat format = reportFormatForPath(outputPath);
    if (format == ReportFormat::Unknown)
        return QObject::tr("Cannot tell the report format from %1: use .pdf, .html or .md.").arg(outputPath);
    auto data = core::collectReportData(conn, options);
    if (!data.ok()) return QString::fromStdString(data.error().message());
    const auto vocabulary = core::makeReportVocabulary(catalog, &builtinKnowledgeBase(), &builtinExplainer(), lang);
    const core::ReportDocument doc = core::buildReport(*data, vocabulary, lang);
    if (format == ReportFormat::Pdf) return writePdfReport(doc, outputPath);
    const std::string text =
        format == ReportFormat::Html ? core::renderHtmlReport(doc) : core::renderMarkdownReport(doc);
    QFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size()))
        return QObject::tr("Cannot write %1: %2").arg(outputPath, file.errorString());
    return {};
}

}  // namespace hitome::ui
