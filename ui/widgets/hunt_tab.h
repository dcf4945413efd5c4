// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The hunting tab: full-text search over the case's events, pivots from any
// cell, the result count and CSV export.

#include <QWidget>

#include <cstdint>
#include <optional>

#include "core/store/hunt_query.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace hitome::ui {

class CaseSession;
class HuntTableModel;

class HuntTab : public QWidget {
    Q_OBJECT
public:
    enum class Pivot { SameValueOtherHosts, TaskNameAllHosts, RegistryKeyEvents };
    // Rows a search shows ("refine the search" beyond); an export writes up to kMaxExportRows.
    static constexpr std::int64_t kMaxShownRows = 10000;
    static constexpr std::int64_t kMaxExportRows = 2000000;

    explicit HuntTab(QWidget* parent = nullptr);

    void setSession(CaseSession* session);
    void search(const QString& text);
    // Pivots from a result cell; false when the cell offers nothing for it.
    bool pivot(Pivot kind, const QModelIndex& cell);
    // Writes every result row to `path` on the reader thread; exportFinished follows.
    void exportCsv(const QString& path);
    void focusSearch();
    // Limits results to [from, to) (the timeline's selection) and reruns the last search.
    void setTimeRange(std::optional<core::Ticks> from, std::optional<core::Ticks> to);
    QToolButton* timeChip() const { return m_timeChip; }
    QLabel* emptyStateLabel() const { return m_empty; }
    HuntTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* countLabel() const { return m_count; }

signals:
    void exportFinished(bool isOk, const QString& message);
    void errorOccurred(const QString& message);
    // The analyst removed the time range chip.
    void timeRangeRemoved();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showContextMenu(const QPoint& pos);
    void showCount(int count, bool isTruncated);
    void chooseExportFile();
    void runQuery(const core::HuntQuery& query, const QString& description);
    void updateTimeChip();
    void updateEmptyState();

    CaseSession* m_session = nullptr;
    HuntTableModel* m_model = nullptr;
    QLineEdit* m_search;
    QPushButton* m_run;
    QPushButton* m_export;
    QLabel* m_count;
    QLabel* m_queryLabel;
    QTableView* m_table;
    QToolButton* m_timeChip;
    QLabel* m_empty;
    QString m_description;
    std::optional<core::HuntQuery> m_lastQuery;   // without the time range
    std::optional<core::Ticks> m_from, m_to;
};

}  // namespace hitome::ui
