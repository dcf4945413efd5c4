// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/hunt_table_model.h"

#include "ui/util/inert_text.h"
#include "ui/util/qt_convert.h"
#include "ui/workers/case_reader.h"

namespace hitome::ui {

HuntTableModel::HuntTableModel(CaseReader* reader, QObject* parent) : QAbstractTableModel(parent), m_reader(reader) {}

int HuntTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_ids.size()); }
int HuntTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

void HuntTableModel::search(const core::HuntQuery& query) {
    m_query = query;
    const std::uint64_t generation = ++m_searchGeneration;
    using Ids = core::Result<core::HuntIds>;
    m_reader->submit<Ids>(
        this,
        [query](core::Connection* conn) -> Ids {
            if (!conn) return core::Error::make(core::ErrorCode::Io, "case cannot be read");
            return core::queryHuntIds(*conn, query);
        },
        [this, generation](Ids ids) {
            if (generation != m_searchGeneration) return;
            if (!ids) {
                emit searchFailed(toQString(ids.error().message()));
                return;
            }
            beginResetModel();
            ++m_rowsGeneration;
            m_ids = std::move(ids->ids);
            m_isTruncated = ids->isTruncated;
            m_cache.clear();
            m_recent.clear();
            m_requested.clear();
            endResetModel();
            emit searchFinished(static_cast<int>(m_ids.size()), m_isTruncated);
        });
}

void HuntTableModel::requestChunk(int chunk) const {
    if (m_requested.contains(chunk)) return;
    m_requested.insert(chunk);
    const auto first = static_cast<std::ptrdiff_t>(chunk) * kChunkSize;
    const auto last = std::min<std::ptrdiff_t>(static_cast<std::ptrdiff_t>(m_ids.size()), first + kChunkSize);
    std::vector<std::int64_t> ids(m_ids.begin() + first, m_ids.begin() + last);
    auto* self = const_cast<HuntTableModel*>(this);
    const std::uint64_t generation = m_rowsGeneration;
    m_reader->submit<Chunk>(
        self,
        [ids = std::move(ids)](core::Connection* conn) -> Chunk {
            if (!conn) return {};
            auto rows = core::queryHuntRows(*conn, ids);
            return rows ? std::move(rows).value() : Chunk{};
        },
        [self, chunk, generation](Chunk rows) { self->storeChunk(chunk, generation, std::move(rows)); });
}

void HuntTableModel::storeChunk(int chunk, std::uint64_t generation, Chunk rows) {
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

const core::HuntRow* HuntTableModel::cachedRow(int row) const {
    const int chunk = row / kChunkSize;
    auto it = m_cache.constFind(chunk);
    if (it == m_cache.constEnd()) {
        requestChunk(chunk);
        return nullptr;
    }
    const auto offset = static_cast<std::size_t>(row % kChunkSize);
    const std::int64_t id = m_ids[static_cast<std::size_t>(row)];
    if (offset < (*it)->size() && (**it)[offset].id == id) return &(**it)[offset];
    return nullptr;
}

QString HuntTableModel::cellText(const core::HuntRow& row, int column) {
    switch (column) {
    case TimeColumn: return formatTicks(row.time);
    case HostColumn: return toQString(row.host);
    case EventIdColumn: return QString::number(row.eventId);
    case ImageColumn: return toQString(row.image);
    case CommandLineColumn: return toQString(row.commandLine);
    case ParentCommandLineColumn: return toQString(row.parentCommandLine);
    case UserColumn: return toQString(row.user);
    default: return {};
    }
}

QVariant HuntTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    switch (role) {
    case EventRowIdRole: return QVariant::fromValue<qint64>(m_ids[static_cast<std::size_t>(index.row())]);
    case Qt::DisplayRole:
    case RawValueRole: {
        const core::HuntRow* row = cachedRow(index.row());
        if (!row) return role == Qt::DisplayRole && index.column() == TimeColumn ? QVariant(tr("Loading…")) : QVariant();
        const QString text = cellText(*row, index.column());
        return role == Qt::DisplayRole ? visibleQString(text.left(500)).simplified() : text;
    }
    case Qt::ToolTipRole: {
        const core::HuntRow* row = cachedRow(index.row());
        return row ? QVariant(inertToolTip(cellText(*row, index.column()))) : QVariant();
    }
    case TaskNameRole: {
        const core::HuntRow* row = cachedRow(index.row());
        return row ? QVariant(toQString(row->taskName)) : QVariant();
    }
    case RegistryKeyRole: {
        const core::HuntRow* row = cachedRow(index.row());
        return row ? QVariant(toQString(row->targetObject)) : QVariant();
    }
    default: return {};
    }
}

QVariant HuntTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case TimeColumn: return tr("_time");
    case HostColumn: return tr("Host");
    case EventIdColumn: return tr("EventID");
    case ImageColumn: return tr("Image");
    case CommandLineColumn: return tr("CommandLine");
    case ParentCommandLineColumn: return tr("ParentCommandLine");
    case UserColumn: return tr("User");
    default: return {};
    }
}

}  // namespace hitome::ui
