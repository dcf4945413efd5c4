// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The management report as PDF, with Qt's own writer (no browser engine):
// the report's HTML laid out by QTextDocument onto QPdfWriter pages.
// Needs a QGuiApplication (fonts).

#include <QString>

#include "core/report/report_document.h"

namespace hitome::ui {

// Returns an empty string on success, else what went wrong.
QString writePdfReport(const core::ReportDocument& doc, const QString& path);

}  // namespace hitome::ui
