// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/timeline_model.h"

#include <QStringList>

#include <algorithm>

#include "ui/models/alert_labels.h"
#include "ui/util/inert_text.h"
#include "ui/util/qt_convert.h"
#include "ui/workers/case_reader.h"

namespace hitome::ui {

TimelineModel::TimelineModel(CaseReader* reader, QObject* parent) : QAbstractTableModel(parent), m_reader(reader) {}

void TimelineModel::load(std::optional<core::Ticks> from, std::optional<core::Ticks> to, int bucketCount) {
    m_query.from = from;
    m_query.to = to;
    m_query.bucketCount = bucketCount;
    reload();
}

void TimelineModel::reload() {
    const std::uint64_t generation = ++m_generation;
    m_pendingGeneration = generation;
    const core::TimelineQuery query = m_query;
    using Counts = core::Result<core::Timeline>;
    m_reader->submit<Counts>(
        this,
        [query](core::Connection* conn) -> Counts {
            if (!conn) return core::Error::make(core::ErrorCode::Io, "case cannot be read");
            return core::queryTimeline(*conn, query);
        },
        [this, generation](Counts counts) {
            if (generation != m_generation) return;  // a newer range replaced this one
            m_pendingGeneration = 0;
            if (!counts) {
                emit loadFailed(toQString(counts.error().message()));
                return;
            }
            beginResetModel();
            m_timeline = std::move(counts).value();
            m_columns = m_timeline.hosts.empty() ? 0 : static_cast<int>(m_timeline.hosts.front().buckets.size());
            m_maxAlerts = m_maxKeyEvents = 0;
            for (const auto& host : m_timeline.hosts)
                for (const auto& b : host.buckets) {
                    m_maxAlerts = std::max(m_maxAlerts, b.alertCount);
                    m_maxKeyEvents = std::max(m_maxKeyEvents, b.keyEventCount);
                }
            endResetModel();
            emit timelineLoaded();
        });
}

int TimelineModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_timeline.hosts.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_columns; }

std::optional<std::pair<core::Ticks, core::Ticks>> TimelineModel::span() const {
    if (m_columns == 0) return std::nullopt;
    return std::make_pair(m_timeline.from, m_timeline.bucketStart(m_columns));
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= m_columns) return {};
    const auto& bucket = m_timeline.hosts[static_cast<std::size_t>(index.row())].buckets[static_cast<std::size_t>(index.column())];
    switch (role) {
    case AlertCountRole: return QVariant::fromValue<qint64>(bucket.alertCount);
    case MaxSeverityRole: return bucket.maxSeverity;
    case KeyEventCountRole: return QVariant::fromValue<qint64>(bucket.keyEventCount);
    case BucketStartRole: return QVariant::fromValue<qint64>(m_timeline.bucketStart(index.column()));
    case BucketEndRole: return QVariant::fromValue<qint64>(m_timeline.bucketStart(index.column() + 1));
    case Qt::ToolTipRole: return inertToolTip(tooltip(bucket, index.row(), index.column()));
    case Qt::AccessibleTextRole: return tooltip(bucket, index.row(), index.column());
    default: return {};
    }
}

QString TimelineModel::tooltip(const core::TimelineBucket& bucket, int row, int column) const {
    QStringList lines{tr("%1, from %2 to %3").arg(headerData(row, Qt::Vertical).toString(),
                                                   formatTicks(m_timeline.bucketStart(column)),
                                                   formatTicks(m_timeline.bucketStart(column + 1)))};
    if (bucket.alertCount > 0)
        lines << tr("%n alert(s), highest severity %1", nullptr, static_cast<int>(bucket.alertCount))
                     .arg(severityLabel(bucket.maxSeverity));
    if (bucket.keyEventCount > 0)
        lines << tr("%n key event(s): scheduled tasks, services, accounts, cleared logs or reconnaissance commands", nullptr,
                    static_cast<int>(bucket.keyEventCount));
    if (lines.size() == 1) lines << tr("No alerts or key events.");
    return lines.join(QLatin1Char('\n'));
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount()) return {};
        const std::string& name = m_timeline.hosts[static_cast<std::size_t>(section)].name;
        // Host names come from the events: a tooltip would render one that looks like HTML.
        const QString host = name.empty() ? tr("(no host)") : visibleQString(name);
        return role == Qt::ToolTipRole ? inertToolTip(host) : host;
    }
    if (section < 0 || section >= m_columns) return {};
    return formatTicks(m_timeline.bucketStart(section));
}

}  // namespace hitome::ui
