// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/recon_tab.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/detect/recon_query.h"
#include "core/report/applocker_policy.h"
#include "ui/main_window/case_session.h"
#include "ui/util/inert_text.h"
#include "ui/util/qt_convert.h"
#include "ui/workers/case_reader.h"

namespace hitome::ui {
namespace {
constexpr int kCommandRole = Qt::UserRole + 1;
constexpr int kHostRole = Qt::UserRole + 2;
}

ReconTab::ReconTab(QWidget* parent)
    : QWidget(parent), m_tree(new QTreeWidget(this)), m_export(new QPushButton(this)), m_empty(new QLabel(this)) {
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();
    m_tree->setColumnCount(4);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_export, 0, Qt::AlignRight);
    connect(m_export, &QPushButton::clicked, this, &ReconTab::chooseExportFile);
    retranslate();
}

QString ReconTab::phaseLabel(const QString& phase) {
    if (phase == QLatin1String("initial-recon")) return tr("Initial reconnaissance");
    if (phase == QLatin1String("exploration")) return tr("Exploration");
    if (phase == QLatin1String("spread")) return tr("Spread");
    return phase;
}

void ReconTab::retranslate() {
    m_tree->setHeaderLabels({tr("Host, phase or command"), tr("Runs"), tr("First"), tr("Last")});
    m_export->setText(tr("Export AppLocker Policy (Audit Mode)…"));
    m_empty->setText(tr("No reconnaissance commands (whoami, net, ipconfig…) were found in this case's events."));
}

void ReconTab::setSession(CaseSession* session) {
    m_session = session;
    m_tree->clear();
    if (!session) return;
    using Hosts = std::vector<core::ReconHostSummary>;
    session->reader()->submit<Hosts>(
        this,
        [](core::Connection* conn) {
            if (!conn) return Hosts{};
            auto hosts = core::reconByHost(*conn);
            return hosts ? std::move(hosts).value() : Hosts{};
        },
        [this](Hosts hosts) {
            m_tree->clear();
            for (const auto& h : hosts) {
                auto* hostItem = new QTreeWidgetItem(m_tree, {h.host.empty() ? tr("(unknown host)") : visibleQString(h.host)});
                for (const auto& p : h.phases) {
                    auto* phaseItem = new QTreeWidgetItem(hostItem, {phaseLabel(toQString(p.phase))});
                    for (const auto& c : p.commands) {
                        auto* item = new QTreeWidgetItem(phaseItem, {visibleQString(c.command), QString::number(c.count),
                                                                     formatTicks(c.first), formatTicks(c.last)});
                        item->setCheckState(0, Qt::Unchecked);
                        item->setData(0, kCommandRole, toQString(c.command));
                        item->setData(0, kHostRole, toQString(h.host));
                    }
                }
            }
            m_tree->setVisible(!hosts.empty());
            m_empty->setVisible(hosts.empty());
            m_export->setEnabled(!hosts.empty());
            m_tree->expandAll();
            m_tree->resizeColumnToContents(0);
            emit reconLoaded(static_cast<int>(hosts.size()));
        });
}

QStringList ReconTab::checkedBinaries() const {
    QStringList binaries;
    for (QTreeWidgetItemIterator it(m_tree, QTreeWidgetItemIterator::Checked); *it; ++it) {
        const QString command = (*it)->data(0, kCommandRole).toString();
        QString binary = command.section(QLatin1Char(' '), 0, 0).toLower();
        if (binary.isEmpty()) continue;
        if (!binary.contains(QLatin1Char('.'))) binary += QStringLiteral(".exe");
        if (!binaries.contains(binary)) binaries << binary;
    }
    return binaries;
}

bool ReconTab::exportPolicy(const QString& path) {
    const QStringList binaries = checkedBinaries();
    if (binaries.isEmpty()) return false;
    std::vector<core::AppLockerTarget> targets;
    for (const QString& b : binaries)
        targets.push_back({toStdString(b), {}, toStdString(tr("Run by the attacker during this incident."))});
    const std::string xml = core::buildAppLockerPolicy(targets, {});
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(xml.data(), static_cast<qint64>(xml.size())) != static_cast<qint64>(xml.size())) {
        emit errorOccurred(tr("The AppLocker policy could not be saved to %1.").arg(path));
        return false;
    }
    return true;
}

void ReconTab::chooseExportFile() {
    if (checkedBinaries().isEmpty()) {
        emit errorOccurred(tr("Check the commands to block first."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export AppLocker Policy"), QStringLiteral("applocker-audit.xml"),
                                                      tr("XML files (*.xml)"));
    if (!path.isEmpty()) exportPolicy(path);
}

void ReconTab::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace hitome::ui
