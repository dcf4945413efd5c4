// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The "Alerts" tab: tactic chart, filters and alert list on the left; the
// selected alert's detail and the analyst's work on it on the right.

#include <QWidget>

#include <cstdint>
#include <optional>

#include "core/store/alert_table_query.h"

class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace hitome::ui {

class AlertDetailPane;
class AlertFilterBar;
class AlertTableModel;
class AnalystWorkPanel;
class CaseSession;
class TacticChartWidget;

class AlertsWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit AlertsWorkspace(QWidget* parent = nullptr);

    // nullptr closes the view. The session must outlive its use here.
    void setSession(CaseSession* session);
    // Reloads chart, lists and filters (after an import).
    void reload();
    void focusSearch();
    void setTimeRange(std::optional<std::int64_t> from, std::optional<std::int64_t> to);

    TacticChartWidget* chart() const { return m_chart; }
    AlertFilterBar* filterBar() const { return m_filters; }
    QTableView* table() const { return m_table; }
    AlertTableModel* model() const { return m_model; }
    AlertDetailPane* detailPane() const { return m_detail; }
    AnalystWorkPanel* workPanel() const { return m_work; }
    QLabel* emptyStateLabel() const { return m_empty; }
    QList<QSplitter*> splitters() const;

signals:
    // Shown alerts and alerts in the case, after each reload.
    void alertCountsChanged(int shown, int total);
    void errorOccurred(const QString& message);
    // The analyst removed the time range chip above the list.
    void timeRangeCleared();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    void applyFilters();
    void reloadChart(const core::AlertFilter& filter);
    void reloadFilterValues();
    void alertsLoaded(int count);
    void currentAlertChanged();
    void alertEdited(std::int64_t alertId);
    QString emptyStateText() const;

    CaseSession* m_session = nullptr;
    AlertTableModel* m_model = nullptr;
    TacticChartWidget* m_chart;
    AlertFilterBar* m_filters;
    QTableView* m_table;
    QLabel* m_empty;
    QStackedWidget* m_listStack;
    AlertDetailPane* m_detail;
    AnalystWorkPanel* m_work;
    QSplitter* m_mainSplitter;
    QSplitter* m_leftSplitter;
    QSplitter* m_rightSplitter;
    std::optional<core::AlertFilter> m_chartFilter;   // what the chart's counts were computed for
    int m_totalAlerts = 0;
};

}  // namespace hitome::ui
