// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes the management report for a case in the format its file name asks
// for (.pdf, .html/.htm, .md), for both the GUI's Report action and the
// `hitome report` command.

#include <QString>

#include "core/report/report_data.h"
#include "core/report/report_language.h"

namespace hitome::core {
class AttackCatalog;
class Connection;
}  // namespace hitome::core

namespace hitome::ui {

enum class ReportFormat { Pdf, Html, Markdown, Unknown };

ReportFormat reportFormatForPath(const QString& path);

// Returns an empty string on success, else a sentence naming what failed.
// PDF output needs a QGuiApplication.
QString writeReport(core::Connection& conn, const core::AttackCatalog& catalog, const QString& outputPath,
                    core::ReportLanguage lang, const core::ReportOptions& options);

}  // namespace hitome::ui
