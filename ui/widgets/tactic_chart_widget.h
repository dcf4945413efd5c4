// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The incident overview: one bar per ATT&CK tactic in matrix order, height =
// alert count, colour = highest severity, grey stub when empty. Clicking a
// bar selects that tactic; clicking it again clears the selection.

#include <QWidget>

#include <cstdint>
#include <vector>

#include "core/store/alert_table_query.h"

class QChart;
class QChartView;
class QBarSet;
class QStackedBarSeries;
class QBarCategoryAxis;
class QValueAxis;

namespace hitome::ui {

class TacticChartWidget : public QWidget {
    Q_OBJECT
public:
    explicit TacticChartWidget(QWidget* parent = nullptr);

    void setCounts(const std::vector<core::TacticCount>& counts);
    // Index in workbenchTactics() of the bar the analyst clicked; toggles.
    void activateTactic(int index);
    void clearSelection();
    QString selectedTactic() const { return m_selected; }
    // Index of the selected bar, or -1.
    int selectedIndex() const;
    // The tooltip shown over bar `index` (top techniques included).
    QString tooltipText(int index) const;
    // The severity sets of the chart, one bar per tactic each (for tests).
    const std::vector<QBarSet*>& barSets() const { return m_sets; }
    int alertCount(const QString& tacticId) const;
    // Scene position of a bar's centre, in view coordinates (for tests).
    QPoint barCenter(int index) const;
    QChartView* chartView() const { return m_view; }
    // The bar labels under the chart, in matrix order.
    QStringList categoryNames() const;

signals:
    // Empty id: the selection was cleared.
    void tacticSelected(const QString& tacticId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void addAxes(QStackedBarSeries* series, std::int64_t maxCount);
    void restyleSelection();
    void showTooltip(bool isHovering, int index);

    QChart* m_chart;
    QChartView* m_view;
    std::vector<core::TacticCount> m_counts;   // one per workbench tactic, in matrix order
    std::vector<QBarSet*> m_sets;               // owned by the chart's series
    QString m_selected;
};

}  // namespace hitome::ui
