// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/alert_table_model.h"

#include <QBrush>
#include <QColor>

#include "ui/models/alert_labels.h"
#include "ui/util/inert_text.h"
#include "ui/util/qt_convert.h"
#include "ui/util/tactic_info.h"
#include "ui/workers/case_reader.h"

namespace hitome::ui {

AlertTableModel::AlertTableModel(CaseReader* reader, QObject* parent) : QAbstractTableModel(parent), m_reader(reader) {
    m_sort.isDescending = false;
}

int AlertTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int AlertTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

void AlertTableModel::setFilter(const core::AlertFilter& filter) {
    m_filter = filter;
    reload();
}

void AlertTableModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount) return;
    m_sort.column = static_cast<core::AlertSortColumn>(column);
    m_sort.isDescending = order == Qt::DescendingOrder;
    reload();
}

void AlertTableModel::reload() {
    const std::uint64_t generation = ++m_generation;
    m_pendingGeneration = generation;
    const core::AlertFilter filter = m_filter;
    const core::AlertSort sort = m_sort;
    using Ids = core::Result<std::vector<std::int64_t>>;
    m_reader->submit<Ids>(
        this,
        [filter, sort](core::Connection* conn) -> Ids {
            if (!conn) return core::Error::make(core::ErrorCode::Io, "case cannot be read");
            return core::queryAlertIds(*conn, filter, sort);
        },
        [this, generation](Ids ids) {
            if (generation != m_generation) return;  // a newer query replaced this one
            m_pendingGeneration = 0;
            if (!ids) {
                emit loadFailed(toQString(ids.error().message()));
                return;
            }
            beginResetModel();
            ++m_rowsGeneration;
            m_ids = std::move(ids).value();
            m_cache.clear();
            m_recent.clear();
            m_requested.clear();
            endResetModel();
            emit alertsLoaded(static_cast<int>(m_ids.size()));
        });
}

std::int64_t AlertTableModel::alertIdAt(int row) const {
    return row >= 0 && row < static_cast<int>(m_ids.size()) ? m_ids[static_cast<std::size_t>(row)] : 0;
}

int AlertTableModel::rowOfAlert(std::int64_t alertId) const {
    for (std::size_t i = 0; i < m_ids.size(); ++i)
        if (m_ids[i] == alertId) return static_cast<int>(i);
    return -1;
}

void AlertTableModel::refreshAlert(std::int64_t alertId) {
    const int row = rowOfAlert(alertId);
    if (row < 0) return;
    const int chunk = row / kChunkSize;
    m_cache.remove(chunk);
    m_requested.remove(chunk);
    requestChunk(chunk);
}

void AlertTableModel::requestChunk(int chunk) const {
    if (m_requested.contains(chunk)) return;
    m_requested.insert(chunk);
    const std::size_t first = static_cast<std::size_t>(chunk) * kChunkSize;
    const std::size_t last = std::min(m_ids.size(), first + kChunkSize);
    std::vector<std::int64_t> ids(m_ids.begin() + static_cast<std::ptrdiff_t>(first),
                                  m_ids.begin() + static_cast<std::ptrdiff_t>(last));
    const std::uint64_t generation = m_rowsGeneration;
    auto* self = const_cast<AlertTableModel*>(this);
    using Rows = std::vector<core::AlertRow>;
    m_reader->submit<Rows>(
        self,
        [ids = std::move(ids)](core::Connection* conn) -> Rows {
            if (!conn) return {};
            auto rows = core::queryAlertRows(*conn, ids);
            return rows ? std::move(rows).value() : Rows{};
        },
        [self, chunk, generation](Rows rows) { self->storeChunk(chunk, generation, std::move(rows)); });
}

void AlertTableModel::storeChunk(int chunk, std::uint64_t generation, std::vector<core::AlertRow> rows) {
    if (generation != m_rowsGeneration) return;
    m_requested.remove(chunk);
    m_cache.insert(chunk, std::make_shared<Chunk>(std::move(rows)));
    m_recent.remove(chunk);
    m_recent.push_front(chunk);
    while (static_cast<int>(m_recent.size()) > kMaxCachedChunks) {
        m_cache.remove(m_recent.back());
        m_recent.pop_back();
    }
    const int firstRow = chunk * kChunkSize;
    const int lastRow = std::min(static_cast<int>(m_ids.size()), firstRow + kChunkSize) - 1;
    if (lastRow >= firstRow) emit dataChanged(index(firstRow, 0), index(lastRow, ColumnCount - 1));
}

const core::AlertRow* AlertTableModel::cachedRow(int row) const {
    const int chunk = row / kChunkSize;
    auto it = m_cache.constFind(chunk);
    if (it == m_cache.constEnd()) {
        requestChunk(chunk);
        return nullptr;
    }
    const auto& rows = **it;
    const std::size_t offset = static_cast<std::size_t>(row % kChunkSize);
    // A row deleted since the ids were computed shifts the chunk: check the id.
    if (offset < rows.size() && rows[offset].id == alertIdAt(row)) return &rows[offset];
    for (const auto& r : rows)
        if (r.id == alertIdAt(row)) return &r;
    return nullptr;
}

QVariant AlertTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    switch (role) {
    case AlertIdRole: return QVariant::fromValue<qint64>(alertIdAt(index.row()));
    case Qt::DisplayRole: {
        const core::AlertRow* row = cachedRow(index.row());
        return row ? displayText(*row, index.column()) : QVariant(index.column() == TitleColumn ? tr("Loading…") : QString());
    }
    case SeverityRole: {
        const core::AlertRow* row = cachedRow(index.row());
        return row ? QVariant(row->severity) : QVariant();
    }
    case IsLoadedRole: return cachedRow(index.row()) != nullptr;
    case Qt::ForegroundRole: {
        if (index.column() != SeverityColumn) return {};
        const core::AlertRow* row = cachedRow(index.row());
        return row ? QVariant(QBrush(severityColor(row->severity))) : QVariant();
    }
    case Qt::ToolTipRole: {
        const core::AlertRow* row = cachedRow(index.row());
        return row && index.column() == TitleColumn ? QVariant(inertToolTip(toQString(row->title))) : QVariant();
    }
    default: return {};
    }
}

QVariant AlertTableModel::displayText(const core::AlertRow& row, int column) const {
    switch (column) {
    case TimeColumn: return formatTicks(row.time);
    case SeverityColumn: return severityLabel(row.severity);
    case TitleColumn: return toQString(row.title);
    case TacticsColumn: return tacticListText(toQString(row.tactics));
    case HostColumn: return toQString(row.host);
    case UserColumn: return toQString(row.user);
    case StatusColumn: return statusLabel(toQString(row.status));
    case SourceColumn: return sourceLabel(toQString(row.source));
    default: return {};
    }
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case SeverityColumn: return tr("Severity");
    case TitleColumn: return tr("Title");
    case TacticsColumn: return tr("Tactics");
    case HostColumn: return tr("Host");
    case UserColumn: return tr("User");
    case StatusColumn: return tr("Status");
    case SourceColumn: return tr("Source");
    default: return {};
    }
}

}  // namespace hitome::ui
