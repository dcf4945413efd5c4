// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/alert_detail_pane.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

#include "ui/models/alert_labels.h"
#include "ui/models/process_tree_model.h"
#include "ui/util/inert_text.h"
#include "ui/util/knowledge_source.h"
#include "ui/util/qt_convert.h"
#include "ui/util/tactic_info.h"
#include "ui/views/explanation_html.h"
#include "ui/workers/case_reader.h"

namespace hitome::ui {
namespace {

QString esc(const std::string& s) { return toQString(s).toHtmlEscaped(); }

QTextBrowser* makeBrowser(QWidget* parent) {
    auto* b = new QTextBrowser(parent);
    b->setOpenLinks(false);
    b->setOpenExternalLinks(false);
    return b;
}

}  // namespace

AlertDetailPane::AlertDetailPane(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_meta(new QLabel(this)), m_splitter(new QSplitter(Qt::Vertical, this)),
      m_summary(makeBrowser(this)), m_tree(new QTreeView(this)), m_treeModel(new ProcessTreeModel(this)),
      m_explanation(makeBrowser(this)) {
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold;"));
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setWordWrap(true);
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_splitter->addWidget(m_summary);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_explanation);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 5);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_splitter, 1);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &AlertDetailPane::processSelected);
    connect(m_summary, &QTextBrowser::anchorClicked, this, &AlertDetailPane::openLink);
    connect(m_explanation, &QTextBrowser::anchorClicked, this, &AlertDetailPane::openLink);
    clear();
}

void AlertDetailPane::setReader(CaseReader* reader) {
    m_reader = reader;
    clear();
}

void AlertDetailPane::clear() {
    m_alertId.reset();
    m_detail.reset();
    m_explainedCommandLine.clear();
    m_title->setText(tr("No alert selected"));
    m_meta->clear();
    m_summary->setPlainText(tr("Select an alert in the list to see what happened."));
    m_treeModel->clear();
    m_explanation->clear();
}

void AlertDetailPane::showAlert(std::int64_t alertId) {
    if (!m_reader) return;
    const std::uint64_t request = ++m_request;
    m_reader->submit<Loaded>(
        this,
        [alertId](core::Connection* conn) {
            Loaded l;
            if (!conn) return l;
            l.detail = core::queryAlertDetail(*conn, alertId);
            if (l.detail && l.detail->processId) {
                auto tree = core::queryProcessTree(*conn, *l.detail->processId);
                if (tree) l.tree = std::move(tree).value();
            }
            return l;
        },
        [this, request, alertId](Loaded loaded) {
            if (request == m_request) present(alertId, std::move(loaded));
        });
}

void AlertDetailPane::present(std::int64_t alertId, Loaded loaded) {
    clear();
    if (!loaded.detail) {
        m_title->setText(tr("This alert cannot be shown."));
        m_summary->setPlainText(toQString(loaded.detail.error().message()));
        return;
    }
    m_alertId = alertId;
    m_detail = std::move(loaded.detail).value();
    renderSummary();
    m_treeModel->setTree(std::move(loaded.tree));
    m_tree->expandAll();
    for (int c = 0; c < ProcessTreeModel::CommandLineColumn; ++c) m_tree->resizeColumnToContents(c);
    const QModelIndex focus = m_treeModel->focusIndex();
    if (focus.isValid()) {
        m_tree->setCurrentIndex(focus);
    } else {
        for (const auto& e : m_detail->evidence)
            if (!e.commandLine.empty()) {
                explainCommandLine(toQString(e.commandLine));
                break;
            }
    }
    if (m_explainedCommandLine.isEmpty())
        m_explanation->setPlainText(tr("This alert names no command line to explain."));
    emit detailShown(alertId);
}

void AlertDetailPane::renderSummary() {
    const auto& d = *m_detail;
    // Plain-text labels, but bidi overrides would still reorder what they show.
    m_title->setText(visibleQString(d.row.title));
    m_meta->setText(tr("%1 severity · %2 · host %3 · user %4 · %5 · %6")
                        .arg(severityLabel(d.row.severity), formatTicks(d.row.time), visibleQString(d.row.host),
                             visibleQString(d.row.user), statusLabel(toQString(d.row.status)), sourceLabel(toQString(d.row.source))));
    QString html = QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(esc(d.description));
    if (!d.tacticIds.empty()) {
        QStringList ids;
        for (const auto& t : d.tacticIds) ids << toQString(t);
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Tactics:"), tacticListText(ids.join(QLatin1Char(','))).toHtmlEscaped());
    }
    if (!d.techniques.empty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Techniques:"), ExplanationHtml::techniqueLinks(d.techniques));
    html += evidenceHtml();
    m_summary->setHtml(html);
}

QString AlertDetailPane::evidenceHtml() const {
    if (m_detail->evidence.empty()) return {};
    QString html = QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Evidence"));
    for (const auto& e : m_detail->evidence) {
        QStringList parts;
        for (const std::string* field : {&e.fileName, &e.filePath, &e.commandLine, &e.sha256, &e.registryKey,
                                         &e.registryValueName, &e.registryValue, &e.ip, &e.url, &e.account, &e.host})
            if (!field->empty()) parts << QStringLiteral("<code>%1</code>").arg(esc(*field));
        QString verdict = e.verdict.empty() ? QString() : QStringLiteral(" (%1)").arg(esc(e.verdict));
        html += QStringLiteral("<li><b>%1</b>%2: %3</li>").arg(esc(e.kind), verdict, parts.join(QStringLiteral(" · ")));
    }
    return html + QStringLiteral("</ul>");
}

void AlertDetailPane::processSelected() {
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid()) return;
    explainCommandLine(current.siblingAtColumn(0).data(ProcessTreeModel::CommandLineRole).toString());
}

void AlertDetailPane::explainCommandLine(const QString& commandLine) {
    m_explainedCommandLine = commandLine;
    if (commandLine.trimmed().isEmpty()) {
        m_explanation->setPlainText(tr("The source recorded no command line for this process."));
        return;
    }
    const core::Explanation ex = builtinExplainer().explain(toStdString(commandLine));
    m_explanation->setHtml(ExplanationHtml::render(ex, explanationLanguage()));
}

void AlertDetailPane::openLink(const QUrl& url) {
    if (!ExplanationHtml::isAllowedLink(url)) return;  // never follow a link we did not write
    emit linkActivated(url);
    if (qEnvironmentVariableIsEmpty("HITOME_NO_BROWSER")) QDesktopServices::openUrl(url);
}

void AlertDetailPane::retranslate() {
    if (!m_detail) {
        clear();
        return;
    }
    renderSummary();
    if (!m_explainedCommandLine.isEmpty()) explainCommandLine(m_explainedCommandLine);
}

void AlertDetailPane::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace hitome::ui
