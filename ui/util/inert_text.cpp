// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/util/inert_text.h"

#include "core/explain/visible_text.h"
#include "ui/util/qt_convert.h"

namespace hitome::ui {
namespace {
// A tooltip is read, not scrolled: the full value is in the cell and exports.
constexpr qsizetype kMaxToolTipChars = 4000;
}  // namespace

QString visibleQString(const std::string& text) { return toQString(core::visibleText(text, {true})); }
QString visibleQString(const QString& text) { return visibleQString(toStdString(text)); }

QString inertToolTip(const QString& text) {
    if (text.isEmpty()) return {};
    QString shown = visibleQString(text.left(kMaxToolTipChars));
    if (text.size() > kMaxToolTipChars) shown += QStringLiteral(" …");
    // Escaped rich text: Qt cannot take any of it for markup.
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + shown.toHtmlEscaped() + QStringLiteral("</p>");
}

}  // namespace hitome::ui
