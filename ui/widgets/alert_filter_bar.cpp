// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/alert_filter_bar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

#include "ui/models/alert_labels.h"
#include "ui/util/inert_text.h"
#include "ui/util/qt_convert.h"
#include "ui/util/tactic_info.h"
#include "ui/widgets/filter_chip.h"

namespace hitome::ui {

AlertFilterBar::AlertFilterBar(QWidget* parent)
    : QWidget(parent), m_text(new QLineEdit(this)), m_severity(new QComboBox(this)), m_host(new QComboBox(this)),
      m_status(new QComboBox(this)), m_source(new QComboBox(this)), m_tacticChip(makeFilterChip(this)),
      m_timeChip(makeFilterChip(this)), m_textDelay(new QTimer(this)) {
    m_text->setClearButtonEnabled(true);
    m_textDelay->setSingleShot(true);
    m_textDelay->setInterval(200);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w : {static_cast<QWidget*>(m_tacticChip), static_cast<QWidget*>(m_timeChip),
                       static_cast<QWidget*>(m_text), static_cast<QWidget*>(m_severity), static_cast<QWidget*>(m_host),
                       static_cast<QWidget*>(m_status), static_cast<QWidget*>(m_source)})
        layout->addWidget(w);
    layout->setStretchFactor(m_text, 1);
    retranslate();
    connect(m_text, &QLineEdit::textChanged, m_textDelay, qOverload<>(&QTimer::start));
    connect(m_textDelay, &QTimer::timeout, this, &AlertFilterBar::filterChanged);
    for (QComboBox* box : {m_severity, m_host, m_status, m_source}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);  // Japanese labels stay whole
        connect(box, &QComboBox::currentIndexChanged, this, &AlertFilterBar::filterChanged);
    }
    connect(m_tacticChip, &QToolButton::clicked, this, [this] {
        setTactic(QString());
        emit tacticCleared();
    });
    connect(m_timeChip, &QToolButton::clicked, this, [this] {
        setTimeRange(std::nullopt, std::nullopt);
        emit timeRangeCleared();
    });
}

void AlertFilterBar::retranslate() {
    m_text->setPlaceholderText(tr("Search alert titles and descriptions (Ctrl+F)"));
    const int severity = std::max(0, m_severity->currentIndex());
    m_severity->clear();
    m_severity->addItem(tr("Any severity"));
    for (int s = 0; s <= 3; ++s) m_severity->addItem(tr("%1 or higher").arg(severityLabel(s)), s);
    m_severity->setCurrentIndex(severity);
    const int status = std::max(0, m_status->currentIndex());
    m_status->clear();
    m_status->addItem(tr("Any status"));
    for (const char* s : {"new", "inProgress", "resolved"})
        m_status->addItem(statusLabel(QLatin1String(s)), QLatin1String(s));
    m_status->setCurrentIndex(status);
    if (m_host->count() == 0) m_host->addItem(tr("All hosts"));
    else m_host->setItemText(0, tr("All hosts"));
    if (m_source->count() == 0) m_source->addItem(tr("All sources"));
    else m_source->setItemText(0, tr("All sources"));
    updateChips();
}

void AlertFilterBar::fillValues(QComboBox* box, const std::vector<std::string>& values, const QString& anyText) {
    const QString current = box->currentData().toString();
    QSignalBlocker block(box);
    box->clear();
    box->addItem(anyText);
    for (const auto& v : values) {
        const QString value = toQString(v);
        // Shown with hidden characters marked; filtered by the stored value.
        box->addItem(box->objectName() == QLatin1String("source") ? sourceLabel(value) : visibleQString(v), value);
    }
    const int index = box->findData(current);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

void AlertFilterBar::setHosts(const std::vector<std::string>& hosts) { fillValues(m_host, hosts, tr("All hosts")); }

void AlertFilterBar::setSources(const std::vector<std::string>& sources) {
    m_source->setObjectName(QStringLiteral("source"));
    fillValues(m_source, sources, tr("All sources"));
}

core::AlertFilter AlertFilterBar::filter() const {
    core::AlertFilter f;
    f.tacticId = toStdString(m_tacticId);
    if (m_severity->currentIndex() > 0) f.minSeverity = m_severity->currentData().toInt();
    f.host = toStdString(m_host->currentData().toString());
    f.status = toStdString(m_status->currentData().toString());
    f.source = toStdString(m_source->currentData().toString());
    f.text = toStdString(m_text->text().trimmed());
    f.from = m_from;
    f.to = m_to;
    return f;
}

void AlertFilterBar::setTactic(const QString& tacticId) {
    if (m_tacticId == tacticId) return;
    m_tacticId = tacticId;
    updateChips();
    emit filterChanged();
}

void AlertFilterBar::setTimeRange(std::optional<core::Ticks> from, std::optional<core::Ticks> to) {
    if (m_from == from && m_to == to) return;
    m_from = from;
    m_to = to;
    updateChips();
    emit filterChanged();
}

void AlertFilterBar::updateChips() {
    const TacticInfo* tactic = findTactic(m_tacticId);
    m_tacticChip->setVisible(!m_tacticId.isEmpty());
    m_tacticChip->setText(tr("Tactic: %1 ✕").arg(tactic ? tacticDisplayName(*tactic) : m_tacticId));
    m_tacticChip->setToolTip(tr("Remove the tactic filter"));
    const bool hasTime = m_from || m_to;
    m_timeChip->setVisible(hasTime);
    m_timeChip->setText(tr("%1 – %2 ✕").arg(formatTicks(m_from), formatTicks(m_to)));
    m_timeChip->setToolTip(tr("Remove the time range filter"));
}

void AlertFilterBar::focusSearch() {
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void AlertFilterBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace hitome::ui
