// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main_window/alerts_workspace.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/store/alert_table_query.h"
#include "ui/main_window/case_session.h"
#include "ui/models/alert_table_model.h"
#include "ui/util/qt_convert.h"
#include "ui/util/tactic_info.h"
#include "ui/widgets/alert_detail_pane.h"
#include "ui/widgets/alert_filter_bar.h"
#include "ui/widgets/analyst_work_panel.h"
#include "ui/widgets/tactic_chart_widget.h"
#include "ui/workers/case_reader.h"

namespace hitome::ui {

AlertsWorkspace::AlertsWorkspace(QWidget* parent)
    : QWidget(parent), m_chart(new TacticChartWidget(this)), m_filters(new AlertFilterBar(this)),
      m_table(new QTableView(this)), m_empty(new QLabel(this)), m_listStack(new QStackedWidget(this)),
      m_detail(new AlertDetailPane(this)), m_work(new AnalystWorkPanel(AnalystWorkPanel::Scope::Alert, this)),
      m_mainSplitter(new QSplitter(Qt::Horizontal, this)), m_leftSplitter(new QSplitter(Qt::Vertical, this)),
      m_rightSplitter(new QSplitter(Qt::Vertical, this)) {
    buildLayout();
    connect(m_chart, &TacticChartWidget::tacticSelected, m_filters, &AlertFilterBar::setTactic);
    connect(m_filters, &AlertFilterBar::tacticCleared, m_chart, &TacticChartWidget::clearSelection);
    connect(m_filters, &AlertFilterBar::filterChanged, this, &AlertsWorkspace::applyFilters);
    connect(m_filters, &AlertFilterBar::timeRangeCleared, this, &AlertsWorkspace::timeRangeCleared);
    // Enter (or a double-click) on an alert moves on to its process tree.
    connect(m_table, &QTableView::activated, this, [this] { m_detail->processView()->setFocus(Qt::OtherFocusReason); });
    connect(m_work, &AnalystWorkPanel::alertChanged, this, &AlertsWorkspace::alertEdited);
    connect(m_work, &AnalystWorkPanel::saveFailed, this, &AlertsWorkspace::errorOccurred);
}

void AlertsWorkspace::buildLayout() {
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(120);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_empty);
    auto* listArea = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listArea);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filters);
    listLayout->addWidget(m_listStack, 1);
    m_leftSplitter->addWidget(m_chart);
    m_leftSplitter->addWidget(listArea);
    m_leftSplitter->setStretchFactor(1, 2);
    m_rightSplitter->addWidget(m_detail);
    m_rightSplitter->addWidget(m_work);
    m_rightSplitter->setStretchFactor(0, 4);
    m_rightSplitter->setStretchFactor(1, 1);
    m_leftSplitter->setSizes({330, 570});
    m_rightSplitter->setSizes({700, 200});
    m_mainSplitter->addWidget(m_leftSplitter);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);
    m_leftSplitter->setObjectName(QStringLiteral("alertsLeftSplitter"));
    m_rightSplitter->setObjectName(QStringLiteral("alertsRightSplitter"));
    m_mainSplitter->setObjectName(QStringLiteral("alertsMainSplitter"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mainSplitter);
}

QList<QSplitter*> AlertsWorkspace::splitters() const { return {m_mainSplitter, m_leftSplitter, m_rightSplitter}; }

void AlertsWorkspace::setSession(CaseSession* session) {
    m_session = session;
    m_table->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_detail->setReader(session ? session->reader() : nullptr);
    m_work->setConnection(session ? &session->writer() : nullptr);
    m_chart->setCounts({});
    if (!session) return;
    m_model = new AlertTableModel(session->reader(), this);
    m_table->setModel(m_model);
    m_table->sortByColumn(AlertTableModel::TimeColumn, Qt::AscendingOrder);
    m_table->setColumnWidth(AlertTableModel::TimeColumn, 150);
    m_table->setColumnWidth(AlertTableModel::TitleColumn, 260);
    m_table->setColumnWidth(AlertTableModel::TacticsColumn, 180);
    connect(m_model, &AlertTableModel::alertsLoaded, this, &AlertsWorkspace::alertsLoaded);
    connect(m_model, &AlertTableModel::loadFailed, this, &AlertsWorkspace::errorOccurred);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AlertsWorkspace::currentAlertChanged);
    reload();
}

void AlertsWorkspace::reload() {
    if (!m_session) return;
    m_chartFilter.reset();  // counts may have changed (import, detection)
    reloadFilterValues();
    applyFilters();
}

void AlertsWorkspace::applyFilters() {
    if (!m_model) return;
    m_model->setFilter(m_filters->filter());
    // The chart shows every tactic: a tactic click changes only the list.
    core::AlertFilter chartFilter = m_filters->filter();
    chartFilter.tacticId.clear();
    if (!m_chartFilter || *m_chartFilter != chartFilter) reloadChart(chartFilter);
}

void AlertsWorkspace::reloadChart(const core::AlertFilter& filter) {
    m_chartFilter = filter;
    using Counts = std::vector<core::TacticCount>;
    m_session->reader()->submit<std::pair<Counts, int>>(
        this,
        [filter](core::Connection* conn) {
            std::pair<Counts, int> out{{}, 0};
            if (!conn) return out;
            if (auto c = core::queryTacticCounts(*conn, filter)) out.first = std::move(c).value();
            if (auto all = core::queryAlertIds(*conn, {}, {})) out.second = static_cast<int>(all->size());
            return out;
        },
        [this](std::pair<Counts, int> counts) {
            m_chart->setCounts(counts.first);
            m_totalAlerts = counts.second;
            if (m_model && !m_model->isLoading()) emit alertCountsChanged(m_model->rowCount(), m_totalAlerts);
        });
}

void AlertsWorkspace::reloadFilterValues() {
    using Lists = std::pair<std::vector<std::string>, std::vector<std::string>>;
    m_session->reader()->submit<Lists>(
        this,
        [](core::Connection* conn) {
            Lists out;
            if (!conn) return out;
            if (auto h = core::queryAlertHosts(*conn)) out.first = std::move(h).value();
            if (auto s = core::queryAlertSources(*conn)) out.second = std::move(s).value();
            return out;
        },
        [this](Lists lists) {
            m_filters->setHosts(lists.first);
            m_filters->setSources(lists.second);
        });
}

QString AlertsWorkspace::emptyStateText() const {
    if (m_totalAlerts == 0 && m_filters->filter().text.empty() && m_filters->tacticId().isEmpty())
        return tr("This case has no alerts yet. Import alert or event files with File > Import Files.");
    if (const TacticInfo* tactic = findTactic(m_filters->tacticId()))
        return tr("No alerts for %1.").arg(tacticDisplayName(*tactic));
    return tr("No alerts match these filters.");
}

void AlertsWorkspace::alertsLoaded(int count) {
    m_listStack->setCurrentWidget(count > 0 ? static_cast<QWidget*>(m_table) : static_cast<QWidget*>(m_empty));
    m_empty->setText(emptyStateText());
    emit alertCountsChanged(count, m_totalAlerts);
    const auto shown = m_detail->alertId();
    const int row = shown ? m_model->rowOfAlert(*shown) : -1;
    if (row >= 0) m_table->selectRow(row);
}

void AlertsWorkspace::currentAlertChanged() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_model) return;
    const std::int64_t id = m_model->alertIdAt(current.row());
    if (m_detail->alertId() == id) return;
    m_detail->showAlert(id);
    using Row = std::vector<core::AlertRow>;
    m_session->reader()->submit<Row>(
        this,
        [id](core::Connection* conn) {
            if (!conn) return Row{};
            auto rows = core::queryAlertRows(*conn, {id});
            return rows ? std::move(rows).value() : Row{};
        },
        [this, id](Row rows) {
            if (rows.empty() || m_table->currentIndex().row() < 0 || m_model->alertIdAt(m_table->currentIndex().row()) != id)
                return;
            m_work->setAlert(id, toQString(rows[0].status), toQString(rows[0].classification));
        });
}

void AlertsWorkspace::alertEdited(std::int64_t alertId) {
    // Readers see the committed write; refetch that row only.
    if (m_model) m_model->refreshAlert(alertId);
}

void AlertsWorkspace::focusSearch() { m_filters->focusSearch(); }

void AlertsWorkspace::setTimeRange(std::optional<std::int64_t> from, std::optional<std::int64_t> to) {
    m_filters->setTimeRange(from, to);
}

void AlertsWorkspace::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange && m_model) m_empty->setText(emptyStateText());
    QWidget::changeEvent(event);
}

}  // namespace hitome::ui
