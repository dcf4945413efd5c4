// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The alert list: a lazy table over the case. For the current filter and sort
// the reader computes the ordered alert ids in SQL; rows are fetched in
// chunks into a bounded cache; data() reads only that cache.

#include <QAbstractTableModel>

#include <QHash>
#include <QSet>

#include <cstdint>
#include <list>
#include <memory>
#include <vector>

#include "core/store/alert_table_query.h"

namespace hitome::ui {

class CaseReader;

class AlertTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, SeverityColumn, TitleColumn, TacticsColumn, HostColumn, UserColumn, StatusColumn,
                  SourceColumn, ColumnCount };
    enum Role { AlertIdRole = Qt::UserRole + 1, SeverityRole, IsLoadedRole };
    static constexpr int kChunkSize = 500;
    static constexpr int kMaxCachedChunks = 40;

    explicit AlertTableModel(CaseReader* reader, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const core::AlertFilter& filter);
    const core::AlertFilter& filter() const { return m_filter; }
    // Recomputes the ids (after an import or an edit that may move rows).
    void reload();
    // Refetches the cached row of one alert (status changed...).
    void refreshAlert(std::int64_t alertId);
    std::int64_t alertIdAt(int row) const;
    int rowOfAlert(std::int64_t alertId) const;
    const std::vector<std::int64_t>& alertIds() const { return m_ids; }
    bool isLoading() const { return m_pendingGeneration != 0; }

signals:
    // The ids for the current filter and sort have arrived.
    void alertsLoaded(int count);
    void loadFailed(const QString& message);

private:
    using Chunk = std::vector<core::AlertRow>;
    void requestChunk(int chunk) const;
    void storeChunk(int chunk, std::uint64_t generation, std::vector<core::AlertRow> rows);
    const core::AlertRow* cachedRow(int row) const;
    QVariant displayText(const core::AlertRow& row, int column) const;

    CaseReader* m_reader;
    core::AlertFilter m_filter;
    core::AlertSort m_sort;
    std::vector<std::int64_t> m_ids;
    std::uint64_t m_generation = 0;      // newest query asked for
    std::uint64_t m_rowsGeneration = 0;  // bumped when m_ids is replaced; stale chunks are dropped
    std::uint64_t m_pendingGeneration = 0;
    mutable QHash<int, std::shared_ptr<Chunk>> m_cache;
    mutable std::list<int> m_recent;           // chunk indexes, most recent first
    mutable QSet<int> m_requested;
};

}  // namespace hitome::ui
