// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/timeline_tab.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "ui/main_window/case_session.h"
#include "ui/models/timeline_model.h"
#include "ui/widgets/timeline_axis.h"
#include "ui/util/qt_convert.h"
#include "ui/views/timeline_cell_delegate.h"

namespace hitome::ui {
namespace {

QString durationText(core::Ticks ticks) {
    const qint64 seconds = std::max<qint64>(1, ticks / core::kTicksPerSecond);
    if (seconds < 120) return TimelineTab::tr("%n second(s)", nullptr, static_cast<int>(seconds));
    if (seconds < 2 * 3600) return TimelineTab::tr("%n minute(s)", nullptr, static_cast<int>(seconds / 60));
    if (seconds < 2 * 86400) return TimelineTab::tr("%n hour(s)", nullptr, static_cast<int>(seconds / 3600));
    return TimelineTab::tr("%n day(s)", nullptr, static_cast<int>(seconds / 86400));
}

}  // namespace

TimelineTab::TimelineTab(QWidget* parent)
    : QWidget(parent), m_range(new QLabel(this)), m_legend(new QLabel(this)), m_zoom(new QPushButton(this)),
      m_whole(new QPushButton(this)), m_clear(new QPushButton(this)), m_view(new QTableView(this)),
      m_axis(new TimelineAxis(m_view, this)), m_empty(new QLabel(this)), m_stack(new QStackedWidget(this)),
      m_selectionDelay(new QTimer(this)) {
    m_range->setTextFormat(Qt::PlainText);
    m_legend->setTextFormat(Qt::RichText);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_view->setItemDelegate(new TimelineCellDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectColumns);
    m_view->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_view->setShowGrid(false);
    m_view->setMouseTracking(true);
    m_view->horizontalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumSectionSize(4);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() * 2 + 6);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    auto* grid = new QWidget(this);
    auto* gridLayout = new QVBoxLayout(grid);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->setSpacing(0);
    gridLayout->addWidget(m_view, 1);
    gridLayout->addWidget(m_axis);
    m_stack->addWidget(grid);
    m_stack->addWidget(m_empty);
    // Dragging across columns changes the selection many times: reload the lists once it settles.
    m_selectionDelay->setSingleShot(true);
    m_selectionDelay->setInterval(150);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_range, 1);
    bar->addWidget(m_legend);
    bar->addWidget(m_zoom);
    bar->addWidget(m_whole);
    bar->addWidget(m_clear);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    connect(m_selectionDelay, &QTimer::timeout, this, &TimelineTab::announceSelection);
    // Enter or a double-click on the selection zooms into it.
    connect(m_view, &QTableView::activated, this, &TimelineTab::zoomToSelection);
    connect(m_zoom, &QPushButton::clicked, this, &TimelineTab::zoomToSelection);
    connect(m_whole, &QPushButton::clicked, this, &TimelineTab::showWholeCase);
    connect(m_clear, &QPushButton::clicked, this, &TimelineTab::clearSelection);
    retranslate();
    setSession(nullptr);
}

void TimelineTab::retranslate() {
    m_zoom->setText(tr("&Zoom to Selection"));
    m_whole->setText(tr("&Whole Case"));
    m_clear->setText(tr("&Clear Selection"));
    m_zoom->setToolTip(tr("Show only the selected time range, in finer steps"));
    m_legend->setText(tr("<span style=\"color:#c62828\">■</span> alerts (colour: highest severity) "
                         "<span style=\"color:#00897b\">■</span> key events"));
    m_empty->setText(tr("This case has no alerts or key events to place on a timeline yet."));
    if (m_model) timelineLoaded();
}

void TimelineTab::setSession(CaseSession* session) {
    m_session = session;
    m_view->setModel(nullptr);
    m_axis->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_zoomRange.reset();
    m_hasAnnouncedRange = false;
    setEnabled(session != nullptr);
    m_range->clear();
    m_stack->setCurrentWidget(m_empty);
    updateButtons();
    if (!session) return;
    m_model = new TimelineModel(session->reader(), this);
    m_view->setModel(m_model);
    m_axis->setModel(m_model);
    connect(m_model, &TimelineModel::timelineLoaded, this, &TimelineTab::timelineLoaded);
    connect(m_model, &TimelineModel::loadFailed, this, &TimelineTab::errorOccurred);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        m_selectionDelay->start();
    });
    m_model->load(std::nullopt, std::nullopt, kBucketCount);
}

void TimelineTab::reload() {
    if (m_model) m_model->reload();
}

void TimelineTab::timelineLoaded() {
    const auto span = m_model->span();
    m_stack->setCurrentWidget(span ? m_view->parentWidget() : static_cast<QWidget*>(m_empty));
    if (span) {
        const QString text = m_zoomRange ? tr("Zoomed in: %1 – %2, each column %3")
                                        : tr("Whole case: %1 – %2, each column %3");
        m_range->setText(text.arg(formatTicks(span->first), formatTicks(span->second),
                                  durationText(m_model->timeline().bucketWidth)));
    } else {
        m_range->clear();
    }
    updateButtons();
}

std::optional<std::pair<core::Ticks, core::Ticks>> TimelineTab::selectedRange() const {
    if (!m_model || !m_view->selectionModel()) return std::nullopt;
    int first = -1, last = -1;
    for (const QItemSelectionRange& r : m_view->selectionModel()->selection()) {
        first = first < 0 ? r.left() : std::min(first, r.left());
        last = std::max(last, r.right());
    }
    if (first < 0) return std::nullopt;
    return std::make_pair(m_model->bucketStart(first), m_model->bucketStart(last + 1));
}

void TimelineTab::announceSelection() {
    const auto range = selectedRange();
    if (range) {
        m_hasAnnouncedRange = true;
        emit timeRangeSelected(range->first, range->second);
    } else if (m_zoomRange) {
        emit timeRangeSelected(m_zoomRange->first, m_zoomRange->second);
    } else if (m_hasAnnouncedRange) {
        m_hasAnnouncedRange = false;
        emit timeRangeCleared();
    }
}

void TimelineTab::selectColumns(int first, int last) {
    if (!m_model || first < 0 || last >= m_model->columnCount() || first > last || m_model->rowCount() == 0) return;
    const QItemSelection selection(m_model->index(0, first), m_model->index(m_model->rowCount() - 1, last));
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_view->selectionModel()->setCurrentIndex(m_model->index(0, first), QItemSelectionModel::NoUpdate);
}

void TimelineTab::clearSelection() {
    if (m_view->selectionModel()) m_view->selectionModel()->clearSelection();
    m_selectionDelay->stop();
    updateButtons();
    if (m_zoomRange) {
        emit timeRangeSelected(m_zoomRange->first, m_zoomRange->second);  // back to the zoomed range
    } else if (m_hasAnnouncedRange) {
        m_hasAnnouncedRange = false;
        emit timeRangeCleared();
    }
}

void TimelineTab::zoomToSelection() {
    const auto range = selectedRange();
    if (!range || !m_model) return;
    // The lists keep showing the zoomed range; the grid recounts it in finer buckets.
    m_zoomRange = range;
    m_selectionDelay->stop();
    m_hasAnnouncedRange = true;
    m_model->load(range->first, range->second, kBucketCount);
    emit timeRangeSelected(range->first, range->second);
}

void TimelineTab::showWholeCase() {
    const bool hadRange = m_hasAnnouncedRange || m_zoomRange;
    if (m_zoomRange && m_model) m_model->load(std::nullopt, std::nullopt, kBucketCount);
    m_zoomRange.reset();
    if (m_view->selectionModel()) m_view->selectionModel()->clearSelection();
    m_selectionDelay->stop();
    m_hasAnnouncedRange = false;
    updateButtons();
    if (hadRange) emit timeRangeCleared();
}

void TimelineTab::updateButtons() {
    const bool hasSelection = m_view->selectionModel() && m_view->selectionModel()->hasSelection();
    m_zoom->setEnabled(hasSelection);
    m_whole->setEnabled(m_zoomRange.has_value() || m_hasAnnouncedRange);
    m_clear->setEnabled(hasSelection);
}

void TimelineTab::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace hitome::ui
