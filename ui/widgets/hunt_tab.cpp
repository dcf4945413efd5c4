// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/hunt_tab.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <fstream>

#include "core/report/csv_writer.h"
#include "ui/main_window/case_session.h"
#include "ui/models/hunt_table_model.h"
#include "ui/widgets/filter_chip.h"
#include "ui/util/qt_convert.h"
#include "ui/workers/case_reader.h"

namespace hitome::ui {
namespace {

// Worker thread: writes the rows of `ids` as CSV; an empty string on success,
// else what failed.
QString writeHuntCsv(core::Connection& conn, const std::vector<std::int64_t>& ids, const std::vector<std::string>& header,
                     const std::string& file) {
    std::ofstream out(file, std::ios::binary);
    if (!out) return QStringLiteral("open");
    core::CsvWriter csv(out, true);
    csv.writeRow(header);
    for (std::size_t i = 0; i < ids.size(); i += 1000) {
        const std::vector<std::int64_t> batch(ids.begin() + static_cast<std::ptrdiff_t>(i),
                                              ids.begin() + static_cast<std::ptrdiff_t>(std::min(ids.size(), i + 1000)));
        auto rows = core::queryHuntRows(conn, batch);
        if (!rows) return toQString(rows.error().message());
        for (const auto& r : *rows)
            csv.writeRow({core::formatIsoTime(r.time), r.host, std::to_string(r.eventId), r.image, r.commandLine,
                          r.parentCommandLine, r.user});
    }
    out.flush();
    return out ? QString() : QStringLiteral("write");
}

}  // namespace

HuntTab::HuntTab(QWidget* parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_run(new QPushButton(this)), m_export(new QPushButton(this)),
      m_count(new QLabel(this)), m_queryLabel(new QLabel(this)), m_table(new QTableView(this)), m_timeChip(makeFilterChip(this)), m_empty(new QLabel(this)) {
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_search->setClearButtonEnabled(true);
    m_queryLabel->setTextFormat(Qt::PlainText);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_run);
    top->addWidget(m_export);
    auto* status = new QHBoxLayout;
    status->addWidget(m_timeChip);
    status->addWidget(m_queryLabel, 1);
    status->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(status);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    connect(m_run, &QPushButton::clicked, this, [this] { search(m_search->text()); });
    connect(m_export, &QPushButton::clicked, this, &HuntTab::chooseExportFile);
    connect(m_timeChip, &QToolButton::clicked, this, [this] {
        setTimeRange(std::nullopt, std::nullopt);
        emit timeRangeRemoved();
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, &HuntTab::showContextMenu);
    retranslate();
    setSession(nullptr);
}

void HuntTab::retranslate() {
    m_search->setPlaceholderText(tr("Search command lines, images, registry keys, task names… (Enter)"));
    m_run->setText(tr("Search"));
    m_export->setText(tr("Export CSV…"));
    updateEmptyState();
    if (m_model) showCount(m_model->rowCount(), m_model->isTruncated());
    updateTimeChip();
}

void HuntTab::setSession(CaseSession* session) {
    m_session = session;
    m_table->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    setEnabled(session != nullptr);
    m_count->clear();
    m_queryLabel->clear();
    m_lastQuery.reset();
    m_from.reset();
    m_to.reset();
    updateTimeChip();
    updateEmptyState();
    if (!session) return;
    m_model = new HuntTableModel(session->huntReader(), this);
    m_table->setModel(m_model);
    connect(m_model, &HuntTableModel::searchFinished, this, &HuntTab::showCount);
    connect(m_model, &HuntTableModel::searchFailed, this, &HuntTab::errorOccurred);
}

void HuntTab::runQuery(const core::HuntQuery& query, const QString& description) {
    if (!m_model) return;
    m_description = description;
    m_queryLabel->setText(description);
    m_lastQuery = query;
    core::HuntQuery bounded = query;
    bounded.from = m_from;
    bounded.to = m_to;
    bounded.limit = kMaxShownRows;
    m_model->search(bounded);
}

void HuntTab::setTimeRange(std::optional<core::Ticks> from, std::optional<core::Ticks> to) {
    if (m_from == from && m_to == to) return;
    m_from = from;
    m_to = to;
    updateTimeChip();
    // Before any search the range waits for the first one: no need to list a million events unasked.
    if (m_lastQuery) runQuery(*m_lastQuery, m_description);
}

void HuntTab::updateTimeChip() {
    m_timeChip->setVisible(m_from || m_to);
    m_timeChip->setText(tr("%1 – %2 ✕").arg(formatTicks(m_from), formatTicks(m_to)));
    m_timeChip->setToolTip(tr("Remove the time range picked on the timeline"));
}

void HuntTab::search(const QString& text) {
    core::HuntQuery q;
    q.text = toStdString(text.trimmed());
    m_search->setText(text);
    runQuery(q, text.trimmed().isEmpty() ? tr("All events") : tr("Events matching: %1").arg(text.trimmed()));
}

bool HuntTab::pivot(Pivot kind, const QModelIndex& cell) {
    if (!cell.isValid() || !m_model) return false;
    core::HuntQuery q;
    QString description;
    if (kind == Pivot::SameValueOtherHosts) {
        const QString value = cell.data(HuntTableModel::RawValueRole).toString();
        if (value.isEmpty() || cell.column() == HuntTableModel::TimeColumn || cell.column() == HuntTableModel::HostColumn)
            return false;
        q.field = static_cast<core::HuntField>(static_cast<int>(core::HuntField::Host) + cell.column() - HuntTableModel::HostColumn);
        q.value = toStdString(value);
        q.excludeHost = toStdString(cell.siblingAtColumn(HuntTableModel::HostColumn).data(HuntTableModel::RawValueRole).toString());
        description = tr("%1 = %2 on hosts other than %3").arg(m_model->headerData(cell.column(), Qt::Horizontal).toString(),
                                                                value, toQString(q.excludeHost));
    } else if (kind == Pivot::TaskNameAllHosts) {
        const QString task = cell.data(HuntTableModel::TaskNameRole).toString();
        if (task.isEmpty()) return false;
        q.field = core::HuntField::TaskName;
        q.value = toStdString(task);
        description = tr("Scheduled task %1 on all hosts").arg(task);
    } else {
        QString key = cell.data(HuntTableModel::RegistryKeyRole).toString();
        if (key.isEmpty())
            key = toQString(core::registryKeyIn(toStdString(cell.siblingAtColumn(HuntTableModel::CommandLineColumn)
                                                                .data(HuntTableModel::RawValueRole).toString())));
        if (key.isEmpty()) return false;
        q.field = core::HuntField::RegistryKey;
        q.value = toStdString(key);
        description = tr("Registry events for %1").arg(key);
    }
    runQuery(q, description);
    return true;
}

void HuntTab::showContextMenu(const QPoint& pos) {
    const QModelIndex cell = m_table->indexAt(pos);
    if (!cell.isValid()) return;
    QMenu menu(this);
    menu.addAction(tr("Same value on other hosts"), this, [this, cell] { pivot(Pivot::SameValueOtherHosts, cell); });
    menu.addAction(tr("This task name on all hosts"), this, [this, cell] { pivot(Pivot::TaskNameAllHosts, cell); })
        ->setEnabled(!cell.data(HuntTableModel::TaskNameRole).toString().isEmpty());
    menu.addAction(tr("Registry events for the key in this command line"), this,
                   [this, cell] { pivot(Pivot::RegistryKeyEvents, cell); });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void HuntTab::updateEmptyState() {
    const bool isEmpty = !m_model || m_model->rowCount() == 0;
    m_table->setVisible(!isEmpty);
    m_empty->setVisible(isEmpty);
    if (!m_lastQuery) m_empty->setText(tr("Type words to find in every event's command line, image, registry key or task name, then press Enter. Right-click a result to pivot."));
    else m_empty->setText(tr("No events match this search."));
}

void HuntTab::showCount(int count, bool isTruncated) {
    updateEmptyState();
    m_count->setText(isTruncated ? tr("First %n event(s) shown; refine the search.", nullptr, count)
                                 : tr("%n event(s)", nullptr, count));
}

void HuntTab::chooseExportFile() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Results"), QStringLiteral("hunt.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty()) exportCsv(path);
}

void HuntTab::exportCsv(const QString& path) {
    if (!m_model) return;
    std::vector<std::int64_t> shownIds = m_model->eventIds();
    // The list shows the first kMaxShownRows; the file gets every match.
    std::optional<core::HuntQuery> everyMatch;
    if (m_model->isTruncated()) {
        everyMatch = m_model->query();
        everyMatch->limit = kMaxExportRows;
    }
    std::vector<std::string> header;
    for (int c = 0; c < HuntTableModel::ColumnCount; ++c) header.push_back(toStdString(m_model->headerData(c, Qt::Horizontal).toString()));
    const std::string file = toStdString(path);
    m_session->huntReader()->submit<QString>(
        this,
        [ids = std::move(shownIds), everyMatch, header, file](core::Connection* conn) mutable -> QString {
            if (!conn) return QStringLiteral("open");
            if (everyMatch) {
                auto all = core::queryHuntIds(*conn, *everyMatch);
                if (!all) return toQString(all.error().message());
                ids = std::move(all->ids);
            }
            return writeHuntCsv(*conn, ids, header, file);
        },
        [this, path](QString failure) {
            if (failure.isEmpty()) emit exportFinished(true, tr("The results were saved to %1.").arg(path));
            else emit exportFinished(false, tr("The results could not be saved to %1 (%2).").arg(path, failure));
        });
}

void HuntTab::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void HuntTab::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace hitome::ui
