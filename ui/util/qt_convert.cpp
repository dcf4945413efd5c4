// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/util/qt_convert.h"



namespace hitome::ui {

QDateTime dateTimeFromTicks(core::Ticks ticks) {
    return QDateTime::fromMSecsSinceEpoch(ticks / 10000, Qt::UTC);
}

core::Ticks ticksFromDateTime(const QDateTime& dt) { return dt.toMSecsSinceEpoch() * 10'000; }

QString formatTicks(std::optional<core::Ticks> ticks) {
    if (!ticks) return {};
    return toQString(core::formatShortTime(*ticks));
}

}  // namespace hitome::ui
