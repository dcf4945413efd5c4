// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/timeline_axis.h"

#include <QHeaderView>
#include <QPainter>
#include <QTableView>

#include <array>

#include "core/util/time.h"
#include "ui/models/timeline_model.h"
#include "ui/util/qt_convert.h"

namespace hitome::ui {
namespace {

// Steps that divide the 60 columns evenly, so ticks fall on round fractions.
constexpr std::array<int, 12> kSteps = {1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60};
constexpr int kLabelGap = 12;   // pixels between two labels
constexpr core::Ticks kTicksPerDay = 86400LL * core::kTicksPerSecond;

}  // namespace

TimelineAxis::TimelineAxis(QTableView* view, QWidget* parent) : QWidget(parent), m_view(view) {
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] { update(); });
}

void TimelineAxis::setModel(TimelineModel* model) {
    m_model = model;
    if (m_model) connect(m_model, &TimelineModel::timelineLoaded, this, [this] { update(); });
    update();
}

QSize TimelineAxis::sizeHint() const { return {100, fontMetrics().height() + 8}; }

// The fewest columns per label such that labels do not overlap and two
// labels are at least a second apart (shown to the second at most).
int TimelineAxis::columnsPerTick() const {
    const int columns = m_model ? m_model->columnCount() : 0;
    if (columns == 0) return 0;
    const int columnWidth = std::max(1, m_view->columnWidth(0));
    const int labelWidth = fontMetrics().horizontalAdvance(QStringLiteral("00-00 00:00")) + kLabelGap;
    const core::Ticks bucketWidth = m_model->timeline().bucketWidth;
    for (int step : kSteps)
        if (step * columnWidth >= labelWidth && step * bucketWidth >= core::kTicksPerSecond) return step;
    return columns;
}

std::vector<TimelineAxis::Tick> TimelineAxis::ticks() const {
    std::vector<Tick> out;
    const int step = columnsPerTick();
    if (step == 0) return out;
    // Labels as precise as their spacing: consecutive ones always differ.
    const core::Ticks spacing = step * m_model->timeline().bucketWidth;
    for (int column = 0; column < m_model->columnCount(); column += step) {
        const QString full = formatTicks(m_model->bucketStart(column));   // "YYYY-MM-DD hh:mm:ss" UTC
        QString text = spacing >= kTicksPerDay ? full.left(10) : spacing >= 60 * core::kTicksPerSecond ? full.mid(5, 11)
                                                                                                        : full.mid(11, 8);
        out.push_back(Tick{column, std::move(text)});
    }
    return out;
}

void TimelineAxis::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::WindowText));
    // Columns start after the grid's frame and host names.
    const int origin = m_view->frameWidth() + m_view->verticalHeader()->width();
    const int baseline = fontMetrics().ascent() + 5;
    for (const Tick& tick : ticks()) {
        const int x = origin + m_view->columnViewportPosition(tick.column);
        painter.drawLine(x, 0, x, 4);
        painter.drawText(x + 2, baseline, tick.text);
    }
}

}  // namespace hitome::ui
