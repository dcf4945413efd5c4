// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/alert_labels.h"

namespace hitome::ui {

QString AlertLabels::severity(int s) {
    switch (s) {
    case 3: return tr("High");
    case 2: return tr("Medium");
    case 1: return tr("Low");
    default: return tr("Informational");
    }
}

QString AlertLabels::status(const QString& s) {
    if (s == QLatin1String("new")) return tr("New");
    if (s == QLatin1String("inProgress")) return tr("In progress");
    if (s == QLatin1String("resolved")) return tr("Resolved");
    return s;
}

QString AlertLabels::classification(const QString& c) {
    if (c == QLatin1String("truePositive")) return tr("True positive");
    if (c == QLatin1String("falsePositive")) return tr("False positive");
    if (c == QLatin1String("benign")) return tr("Benign");
    if (c.isEmpty()) return tr("Not classified");
    return c;
}

QString AlertLabels::source(const QString& p) {
    if (p == QLatin1String("mde")) return tr("Defender for Endpoint");
    if (p == QLatin1String("graph")) return tr("Microsoft Graph");
    if (p == QLatin1String("m365d")) return tr("Microsoft 365 Defender");
    if (p == QLatin1String("sigma")) return tr("Sigma rule");
    if (p == QLatin1String("recon")) return tr("Recon detection");
    return p;
}

QColor severityColor(int s) {
    switch (s) {
    case 3: return QColor(0xc6, 0x28, 0x28);
    case 2: return QColor(0xef, 0x6c, 0x00);
    case 1: return QColor(0xd4, 0xa0, 0x17);
    case 0: return QColor(0x3f, 0x7f, 0xbf);
    default: return QColor(0xbd, 0xbd, 0xbd);
    }
}

}  // namespace hitome::ui
