// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The "Timeline" tab: alerts and key events per host over time. Selecting a
// range of columns (mouse drag, Shift+arrows) asks the lists to show only that
// time range; the analyst can zoom into the selection.

#include <QWidget>

#include <cstdint>
#include <optional>

#include "core/util/time.h"

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace hitome::ui {

class CaseSession;
class TimelineAxis;
class TimelineModel;

class TimelineTab : public QWidget {
    Q_OBJECT
public:
    static constexpr int kBucketCount = 60;

    explicit TimelineTab(QWidget* parent = nullptr);

    // nullptr closes the view. The session must outlive its use here.
    void setSession(CaseSession* session);
    // Recounts the shown range (after an import).
    void reload();
    // Selects bucket columns first..last (inclusive), as a drag would.
    void selectColumns(int first, int last);
    // Removes the selection; the lists go back to the zoomed range, or to every time.
    void clearSelection();
    void zoomToSelection();
    // Leaves the zoom and removes every time filter.
    void showWholeCase();
    // The selected time range [from, to), if any.
    std::optional<std::pair<core::Ticks, core::Ticks>> selectedRange() const;

    TimelineModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    TimelineAxis* axis() const { return m_axis; }
    QLabel* emptyStateLabel() const { return m_empty; }
    QLabel* rangeLabel() const { return m_range; }

signals:
    // The analyst picked [from, to) on the timeline.
    void timeRangeSelected(qint64 from, qint64 to);
    // The selection was removed: the lists show every time again.
    void timeRangeCleared();
    void errorOccurred(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void timelineLoaded();
    void announceSelection();
    void updateButtons();

    CaseSession* m_session = nullptr;
    TimelineModel* m_model = nullptr;
    QLabel* m_range;
    QLabel* m_legend;
    QPushButton* m_zoom;
    QPushButton* m_whole;
    QPushButton* m_clear;
    QTableView* m_view;
    TimelineAxis* m_axis;
    QLabel* m_empty;
    QStackedWidget* m_stack;
    QTimer* m_selectionDelay;
    std::optional<std::pair<core::Ticks, core::Ticks>> m_zoomRange;
    bool m_hasAnnouncedRange = false;
};

}  // namespace hitome::ui
