// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Translated labels and colours for the stored codes of an alert.

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace hitome::ui {

class AlertLabels {
    Q_DECLARE_TR_FUNCTIONS(AlertLabels)
public:
    static QString severity(int severity);
    static QString status(const QString& status);
    static QString classification(const QString& classification);
    static QString source(const QString& provider);
};

inline QString severityLabel(int s) { return AlertLabels::severity(s); }
inline QString statusLabel(const QString& s) { return AlertLabels::status(s); }
inline QString classificationLabel(const QString& c) { return AlertLabels::classification(c); }
inline QString sourceLabel(const QString& p) { return AlertLabels::source(p); }
// High red, medium orange, low yellow, informational blue; -1 (none) grey.
QColor severityColor(int severity);

}  // namespace hitome::ui
