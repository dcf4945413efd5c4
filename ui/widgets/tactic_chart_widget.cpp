// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/tactic_chart_widget.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QFont>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

#include "ui/models/alert_labels.h"
#include "ui/util/attack_catalog_loader.h"
#include "ui/util/inert_text.h"
#include "ui/util/qt_convert.h"
#include "ui/util/tactic_info.h"

namespace hitome::ui {
namespace {
constexpr int kNoSeverity = -1;
}

TacticChartWidget::TacticChartWidget(QWidget* parent)
    : QWidget(parent), m_chart(new QChart), m_view(new QChartView(m_chart, this)) {
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(300);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setCounts({});
}

void TacticChartWidget::setCounts(const std::vector<core::TacticCount>& counts) {
    m_counts.clear();
    for (const auto& tactic : workbenchTactics()) {
        core::TacticCount c;
        c.tacticId = toStdString(tactic.id);
        c.maxSeverity = kNoSeverity;
        for (const auto& given : counts)
            if (given.tacticId == c.tacticId) c = given;
        m_counts.push_back(std::move(c));
    }
    rebuild();
}

int TacticChartWidget::alertCount(const QString& tacticId) const {
    for (const auto& c : m_counts)
        if (toQString(c.tacticId) == tacticId) return static_cast<int>(c.alertCount);
    return 0;
}

void TacticChartWidget::rebuild() {
    m_chart->removeAllSeries();
    for (auto* axis : m_chart->axes()) m_chart->removeAxis(axis);
    std::int64_t maxCount = 1;
    for (const auto& c : m_counts) maxCount = std::max(maxCount, c.alertCount);
    // One stacked set per severity: each tactic's count sits in the set of its
    // highest severity, so the bar takes that colour. Empty tactics get a grey stub.
    auto* series = new QStackedBarSeries;
    std::vector<QBarSet*> sets;
    for (int s = kNoSeverity; s <= 3; ++s) {
        auto* set = new QBarSet(s == kNoSeverity ? tr("No alerts") : severityLabel(s));
        QColor color = severityColor(s);
        set->setColor(color);
        set->setBorderColor(color.darker(120));
        sets.push_back(set);
    }
    for (const auto& c : m_counts) {
        const int bucket = c.alertCount > 0 ? std::clamp(c.maxSeverity, 0, 3) + 1 : 0;
        for (std::size_t s = 0; s < sets.size(); ++s) {
            double v = 0;
            if (static_cast<int>(s) == bucket) v = c.alertCount > 0 ? static_cast<double>(c.alertCount) : maxCount * 0.03;
            *sets[s] << v;
        }
    }
    m_sets = sets;
    restyleSelection();
    for (auto* set : sets) {
        set->setSelectedColor(set->color().darker(150));
        series->append(set);
        connect(set, &QBarSet::clicked, this, &TacticChartWidget::activateTactic);
        connect(set, &QBarSet::hovered, this, &TacticChartWidget::showTooltip);
    }
    series->setBarWidth(0.7);
    m_chart->addSeries(series);
    addAxes(series, maxCount);
}

void TacticChartWidget::addAxes(QStackedBarSeries* series, std::int64_t maxCount) {
    auto* xAxis = new QBarCategoryAxis;
    QStringList names;
    for (const auto& t : workbenchTactics()) names << tacticDisplayName(t);
    xAxis->append(names);
    xAxis->setLabelsAngle(-90);
    QFont labelFont = xAxis->labelsFont();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.85);
    xAxis->setLabelsFont(labelFont);
    auto* yAxis = new QValueAxis;
    yAxis->setRange(0, static_cast<double>(maxCount));
    yAxis->setLabelFormat(QStringLiteral("%d"));
    yAxis->setTickCount(std::min<int>(static_cast<int>(maxCount) + 1, 6));
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    m_chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
}

void TacticChartWidget::activateTactic(int index) {
    const auto& tactics = workbenchTactics();
    if (index < 0 || index >= static_cast<int>(tactics.size())) return;
    const QString id = tactics[static_cast<std::size_t>(index)].id;
    m_selected = m_selected == id ? QString() : id;
    restyleSelection();
    emit tacticSelected(m_selected);
}

void TacticChartWidget::clearSelection() {
    if (m_selected.isEmpty()) return;
    m_selected.clear();
    restyleSelection();
    emit tacticSelected(QString());
}

int TacticChartWidget::selectedIndex() const {
    for (std::size_t i = 0; i < m_counts.size(); ++i)
        if (toQString(m_counts[i].tacticId) == m_selected) return static_cast<int>(i);
    return -1;
}

void TacticChartWidget::restyleSelection() {
    // A click only recolours bars: the scene, axes and counts stay as they are.
    const int index = selectedIndex();
    for (QBarSet* set : m_sets) {
        set->deselectAllBars();
        if (index >= 0) set->selectBar(index);
    }
}

QString TacticChartWidget::tooltipText(int index) const {
    if (index < 0 || index >= static_cast<int>(m_counts.size())) return {};
    const auto& c = m_counts[static_cast<std::size_t>(index)];
    const QString name = tacticDisplayName(workbenchTactics()[static_cast<std::size_t>(index)]);
    if (c.alertCount == 0) return tr("No alerts for %1").arg(name);
    QString text = tr("%1: %n alert(s), highest severity %2", nullptr, static_cast<int>(c.alertCount))
                       .arg(name, severityLabel(c.maxSeverity));
    const core::AttackCatalog& catalog = loadAttackCatalog();
    for (const auto& [technique, count] : c.topTechniques) {
        const core::Technique* known = catalog.technique(technique);
        const QString label = known ? QStringLiteral("%1 %2").arg(toQString(technique), toQString(catalog.fullName(*known)))
                                    : toQString(technique);
        text += QLatin1Char('\n') + tr("%1 (%n alert(s))", nullptr, static_cast<int>(count)).arg(label);
    }
    return text;
}

void TacticChartWidget::showTooltip(bool isHovering, int index) {
    if (isHovering) QToolTip::showText(QCursor::pos(), inertToolTip(tooltipText(index)), m_view);
    else QToolTip::hideText();
}

QPoint TacticChartWidget::barCenter(int index) const {
    if (m_chart->series().isEmpty()) return {};
    const auto& c = m_counts.at(static_cast<std::size_t>(index));
    const double height = c.alertCount > 0 ? static_cast<double>(c.alertCount) / 2 : 0.01;
    const QPointF scene = m_chart->mapToPosition(QPointF(index, height), m_chart->series().first());
    return m_view->mapFromScene(scene);
}

QStringList TacticChartWidget::categoryNames() const {
    const auto axes = m_chart->axes(Qt::Horizontal);
    auto* axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis*>(axes.first());
    return axis ? axis->categories() : QStringList();
}

void TacticChartWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) rebuild();
    QWidget::changeEvent(event);
}

}  // namespace hitome::ui
