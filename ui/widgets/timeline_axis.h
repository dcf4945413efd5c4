// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The time axis under the timeline grid: the start time (UTC) of every n-th
// bucket column, n chosen so the labels never overlap at the current width,
// as precise as their spacing (time of day, month-day and time, or date).

#include <QString>
#include <QWidget>

#include <vector>

class QTableView;

namespace hitome::ui {

class TimelineModel;

class TimelineAxis : public QWidget {
    Q_OBJECT
public:
    struct Tick {
        int column = 0;
        QString text;
    };

    TimelineAxis(QTableView* view, QWidget* parent = nullptr);

    void setModel(TimelineModel* model);
    // The labels as drawn now (empty without a loaded timeline).
    std::vector<Tick> ticks() const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int columnsPerTick() const;

    QTableView* m_view;
    TimelineModel* m_model = nullptr;
};

}  // namespace hitome::ui
