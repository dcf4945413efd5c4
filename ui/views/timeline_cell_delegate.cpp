// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/timeline_cell_delegate.h"

#include <QPainter>

#include <cmath>

#include "ui/models/alert_labels.h"
#include "ui/models/timeline_model.h"

namespace hitome::ui {

double TimelineCellDelegate::barShare(qint64 count, qint64 maxCount) {
    if (count <= 0 || maxCount <= 0) return 0;
    // Log scale: one alert stays visible next to a burst of thousands.
    return 0.25 + 0.75 * std::log1p(static_cast<double>(count)) / std::log1p(static_cast<double>(maxCount));
}

void TimelineCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const auto* model = qobject_cast<const TimelineModel*>(index.model());
    painter->save();
    const bool isSelected = option.state.testFlag(QStyle::State_Selected);
    painter->fillRect(option.rect, isSelected ? option.palette.highlight().color().lighter(170) : option.palette.base().color());
    if (option.state.testFlag(QStyle::State_HasFocus)) {
        painter->setPen(option.palette.highlight().color());
        painter->drawRect(option.rect.adjusted(0, 0, -1, -1));
    }
    const qint64 alerts = index.data(TimelineModel::AlertCountRole).toLongLong();
    const qint64 keyEvents = index.data(TimelineModel::KeyEventCountRole).toLongLong();
    const QRect area = option.rect.adjusted(1, 2, -1, -2);
    const int keyStrip = std::max(3, area.height() / 5);
    const int alertHeight = area.height() - keyStrip - 1;
    if (alerts > 0 && model) {
        const int h = std::max(2, static_cast<int>(alertHeight * barShare(alerts, model->maxAlertCount())));
        painter->fillRect(QRect(area.left(), area.top() + alertHeight - h, area.width(), h),
                          severityColor(index.data(TimelineModel::MaxSeverityRole).toInt()));
    }
    if (keyEvents > 0 && model) {
        QColor teal(0x00, 0x89, 0x7b);
        teal.setAlphaF(static_cast<float>(0.35 + 0.65 * barShare(keyEvents, model->maxKeyEventCount())));
        painter->fillRect(QRect(area.left(), area.bottom() - keyStrip + 1, area.width(), keyStrip), teal);
    }
    painter->restore();
}

QSize TimelineCellDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
    return {8, option.fontMetrics.height() * 2};
}

}  // namespace hitome::ui
