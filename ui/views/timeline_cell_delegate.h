// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Paints one timeline cell: an alert bar in the colour of the highest
// severity (height grows with the count) and a teal strip for key events.

#include <QStyledItemDelegate>

namespace hitome::ui {

class TimelineCellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    // Share of the cell height for `count` of at most `maxCount` (log scale, 0..1).
    static double barShare(qint64 count, qint64 maxCount);
};

}  // namespace hitome::ui
