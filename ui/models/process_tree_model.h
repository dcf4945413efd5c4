// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The process tree around an alert's process: plain data from core wrapped
// in a tree model; each index's internalPointer() is its node.

#include <QAbstractItemModel>

#include "core/store/alert_process_tree.h"

namespace hitome::ui {

class ProcessTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { ImageColumn, PidColumn, UserColumn, TimeColumn, CommandLineColumn, ColumnCount };
    enum Role { CommandLineRole = Qt::UserRole + 1, IsFocusRole, ProcessIdRole };

    explicit ProcessTreeModel(QObject* parent = nullptr);

    void setTree(core::ProcessTree tree);
    void clear() { setTree({}); }
    // The focus (alerting) process, or an invalid index.
    QModelIndex focusIndex() const;
    bool isTruncated() const { return m_tree.isTruncated; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const core::ProcessTreeNode* node(const QModelIndex& index) const;
    int rowInParent(const core::ProcessTreeNode& node) const;
    QVariant displayText(const core::ProcessTreeNode& node, int column) const;

    core::ProcessTree m_tree;
};

}  // namespace hitome::ui
