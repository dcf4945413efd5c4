// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/filter_chip.h"

#include <QToolButton>

namespace hitome::ui {

QToolButton* makeFilterChip(QWidget* parent) {
    auto* chip = new QToolButton(parent);
    chip->setAutoRaise(false);
    chip->setToolButtonStyle(Qt::ToolButtonTextOnly);
    chip->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid #5c6bc0; border-radius: 9px; padding: 1px 8px;"
                                       " background: #e8eaf6; color: #1a237e; }"));
    chip->hide();
    return chip;
}

}  // namespace hitome::ui
