// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The recon tab: per host, the attacker's commands by phase (initial recon,
// exploration, spread) with counts; checked commands export as an AppLocker
// policy in audit mode.

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace hitome::ui {

class CaseSession;

class ReconTab : public QWidget {
    Q_OBJECT
public:
    explicit ReconTab(QWidget* parent = nullptr);

    void setSession(CaseSession* session);
    QTreeWidget* tree() const { return m_tree; }
    QLabel* emptyStateLabel() const { return m_empty; }
    // Binaries of the checked commands ("net.exe"...), each once.
    QStringList checkedBinaries() const;
    // Writes the audit-mode policy for the checked commands; false when none or on a write error.
    bool exportPolicy(const QString& path);

signals:
    void reconLoaded(int hostCount);
    void errorOccurred(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void chooseExportFile();
    static QString phaseLabel(const QString& phase);

    CaseSession* m_session = nullptr;
    QTreeWidget* m_tree;
    QPushButton* m_export;
    QLabel* m_empty;
};

}  // namespace hitome::ui
