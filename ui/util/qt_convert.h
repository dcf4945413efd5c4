// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one place where core's std::string / ticks meet QString / QDateTime.

#include <QDateTime>
#include <QString>

#include <optional>
#include <string>

#include "core/util/time.h"

namespace hitome::ui {

inline QString toQString(const std::string& s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }
inline std::string toStdString(const QString& s) { return s.toUtf8().toStdString(); }

// Ticks (100 ns since 1970 UTC) as a UTC date-time.
QDateTime dateTimeFromTicks(core::Ticks ticks);
core::Ticks ticksFromDateTime(const QDateTime& dt);
// "2024-03-01 13:36:05" (UTC) or empty when unknown.
QString formatTicks(std::optional<core::Ticks> ticks);

}  // namespace hitome::ui
