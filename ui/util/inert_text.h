// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Attacker text in item views and tooltips. Qt shows a tooltip as rich text
// as soon as it merely looks like HTML (Qt::mightBeRichText), so a command
// line holding "<img src=…>" or "<span style=…>" would be interpreted; and
// any text widget lays out bidi overrides ("exe.txt" spoofing). These make
// such text inert and visible.

#include <QString>

#include <string>

namespace hitome::ui {

// Control, bidi and zero-width characters as visible markers (⟨U+202E⟩).
QString visibleQString(const std::string& text);
QString visibleQString(const QString& text);
// A tooltip that always shows `text` literally: escaped, line breaks kept,
// hidden characters marked, cut at a few thousand characters.
QString inertToolTip(const QString& text);

}  // namespace hitome::ui
