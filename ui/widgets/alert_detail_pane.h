// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The selected alert: title, description, evidence, the process tree around
// it and the explanation of the selected process's command line.

#include <QWidget>

#include <cstdint>
#include <optional>

#include "core/store/alert_detail_query.h"
#include "core/store/alert_process_tree.h"

class QLabel;
class QTextBrowser;
class QTreeView;
class QSplitter;
class QUrl;

namespace hitome::ui {

class CaseReader;
class ProcessTreeModel;

class AlertDetailPane : public QWidget {
    Q_OBJECT
public:
    explicit AlertDetailPane(QWidget* parent = nullptr);

    void setReader(CaseReader* reader);
    // Loads the alert on the reader; detailShown() follows.
    void showAlert(std::int64_t alertId);
    void clear();
    std::optional<std::int64_t> alertId() const { return m_alertId; }

    QTreeView* processView() const { return m_tree; }
    ProcessTreeModel* processModel() const { return m_treeModel; }
    QTextBrowser* explanationView() const { return m_explanation; }
    QTextBrowser* summaryView() const { return m_summary; }
    QSplitter* splitter() const { return m_splitter; }
    // Explains `commandLine` in the explanation view (also used for evidence).
    void explainCommandLine(const QString& commandLine);

signals:
    void detailShown(std::int64_t alertId);
    // The analyst clicked an allowed link (ATT&CK / Microsoft Learn).
    void linkActivated(const QUrl& url);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Loaded {
        core::Result<core::AlertDetail> detail = core::Error{};
        core::ProcessTree tree;
    };
    void present(std::int64_t alertId, Loaded loaded);
    void renderSummary();
    QString evidenceHtml() const;
    void processSelected();
    void openLink(const QUrl& url);
    void retranslate();

    CaseReader* m_reader = nullptr;
    std::optional<std::int64_t> m_alertId;
    std::optional<core::AlertDetail> m_detail;
    QString m_explainedCommandLine;
    QLabel* m_title;
    QLabel* m_meta;
    QSplitter* m_splitter;
    QTextBrowser* m_summary;
    QTreeView* m_tree;
    ProcessTreeModel* m_treeModel;
    QTextBrowser* m_explanation;
    std::uint64_t m_request = 0;
};

}  // namespace hitome::ui
