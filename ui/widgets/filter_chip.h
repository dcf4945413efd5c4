// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A removable filter "chip": a rounded button showing an active filter; a
// click removes it. Hidden until a filter is set.

class QToolButton;
class QWidget;

namespace hitome::ui {

QToolButton* makeFilterChip(QWidget* parent);

}  // namespace hitome::ui
