// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Hunting results: event ids for the query come from the reader; rows load
// in chunks into a bounded cache; data() reads only the cache.

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <list>
#include <memory>

#include "core/store/hunt_query.h"

namespace hitome::ui {

class CaseReader;

class HuntTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, HostColumn, EventIdColumn, ImageColumn, CommandLineColumn, ParentCommandLineColumn,
                  UserColumn, ColumnCount };
    enum Role { EventRowIdRole = Qt::UserRole + 1, RawValueRole, TaskNameRole, RegistryKeyRole };
    static constexpr int kChunkSize = 500;
    static constexpr int kMaxCachedChunks = 40;

    explicit HuntTableModel(CaseReader* reader, QObject* parent = nullptr);

    void search(const core::HuntQuery& query);
    const core::HuntQuery& query() const { return m_query; }
    bool isTruncated() const { return m_isTruncated; }
    const std::vector<std::int64_t>& eventIds() const { return m_ids; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void searchFinished(int count, bool isTruncated);
    void searchFailed(const QString& message);

private:
    using Chunk = std::vector<core::HuntRow>;
    const core::HuntRow* cachedRow(int row) const;
    void requestChunk(int chunk) const;
    void storeChunk(int chunk, std::uint64_t generation, Chunk rows);
    static QString cellText(const core::HuntRow& row, int column);

    CaseReader* m_reader;
    core::HuntQuery m_query;
    std::vector<std::int64_t> m_ids;
    bool m_isTruncated = false;
    std::uint64_t m_searchGeneration = 0;  // newest search asked for
    std::uint64_t m_rowsGeneration = 0;    // bumped when m_ids is replaced; stale chunks are dropped
    mutable QHash<int, std::shared_ptr<Chunk>> m_cache;
    mutable std::list<int> m_recent;
    mutable QSet<int> m_requested;
};

}  // namespace hitome::ui
