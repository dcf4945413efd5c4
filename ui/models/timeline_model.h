// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The timeline grid: one row per host, one column per time bucket, each cell
// the number of alerts (and their highest severity) and key events in it.
// The counts come from core's timeline query on the reader thread; the model
// holds only those counts.

#include <QAbstractTableModel>

#include <cstdint>
#include <optional>

#include "core/store/timeline_query.h"

namespace hitome::ui {

class CaseReader;

class TimelineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { AlertCountRole = Qt::UserRole + 1, MaxSeverityRole, KeyEventCountRole, BucketStartRole, BucketEndRole };

    explicit TimelineModel(CaseReader* reader, QObject* parent = nullptr);

    // Recounts for `range` (empty bounds: the whole case) in `bucketCount` buckets.
    void load(std::optional<core::Ticks> from, std::optional<core::Ticks> to, int bucketCount);
    // Same range and buckets again (after an import).
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const core::Timeline& timeline() const { return m_timeline; }
    core::Ticks bucketStart(int column) const { return m_timeline.bucketStart(column); }
    // Start of the first bucket and end of the last; nullopt when empty.
    std::optional<std::pair<core::Ticks, core::Ticks>> span() const;
    // The largest alert and key-event counts of any cell (for scaling bars).
    std::int64_t maxAlertCount() const { return m_maxAlerts; }
    std::int64_t maxKeyEventCount() const { return m_maxKeyEvents; }
    bool isLoading() const { return m_pendingGeneration != 0; }

signals:
    void timelineLoaded();
    void loadFailed(const QString& message);

private:
    QString tooltip(const core::TimelineBucket& bucket, int row, int column) const;

    CaseReader* m_reader;
    core::TimelineQuery m_query;
    core::Timeline m_timeline;
    int m_columns = 0;
    std::int64_t m_maxAlerts = 0;
    std::int64_t m_maxKeyEvents = 0;
    std::uint64_t m_generation = 0;
    std::uint64_t m_pendingGeneration = 0;
};

}  // namespace hitome::ui
