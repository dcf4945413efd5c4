// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/process_tree_model.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include "ui/util/inert_text.h"
#include "ui/util/qt_convert.h"

namespace hitome::ui {
namespace {

QString fileNameOf(const std::string& image) {
    const QString path = toQString(image);
    const qsizetype slash = std::max(path.lastIndexOf(QLatin1Char('\\')), path.lastIndexOf(QLatin1Char('/')));
    return slash < 0 ? path : path.mid(slash + 1);
}

}  // namespace

ProcessTreeModel::ProcessTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void ProcessTreeModel::setTree(core::ProcessTree tree) {
    beginResetModel();
    m_tree = std::move(tree);
    endResetModel();
}

const core::ProcessTreeNode* ProcessTreeModel::node(const QModelIndex& index) const {
    return index.isValid() ? static_cast<const core::ProcessTreeNode*>(index.internalPointer()) : nullptr;
}

int ProcessTreeModel::rowInParent(const core::ProcessTreeNode& n) const {
    if (n.parent < 0) return 0;
    const auto& siblings = m_tree.nodes[static_cast<std::size_t>(n.parent)].children;
    const int self = static_cast<int>(&n - m_tree.nodes.data());
    for (std::size_t i = 0; i < siblings.size(); ++i)
        if (siblings[i] == self) return static_cast<int>(i);
    return 0;
}

QModelIndex ProcessTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount || m_tree.nodes.empty()) return {};
    if (!parent.isValid()) {
        if (row != 0) return {};
        return createIndex(row, column, const_cast<core::ProcessTreeNode*>(&m_tree.nodes[0]));
    }
    const core::ProcessTreeNode* p = node(parent);
    if (!p || parent.column() != 0 || row >= static_cast<int>(p->children.size())) return {};
    const int childIndex = p->children[static_cast<std::size_t>(row)];
    return createIndex(row, column, const_cast<core::ProcessTreeNode*>(&m_tree.nodes[static_cast<std::size_t>(childIndex)]));
}

QModelIndex ProcessTreeModel::parent(const QModelIndex& child) const {
    const core::ProcessTreeNode* n = node(child);
    if (!n || n->parent < 0) return {};
    const core::ProcessTreeNode& p = m_tree.nodes[static_cast<std::size_t>(n->parent)];
    return createIndex(rowInParent(p), 0, const_cast<core::ProcessTreeNode*>(&p));
}

int ProcessTreeModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid()) return m_tree.nodes.empty() ? 0 : 1;
    if (parent.column() != 0) return 0;
    const core::ProcessTreeNode* n = node(parent);
    return n ? static_cast<int>(n->children.size()) : 0;
}

int ProcessTreeModel::columnCount(const QModelIndex&) const { return ColumnCount; }

QModelIndex ProcessTreeModel::focusIndex() const {
    for (const auto& n : m_tree.nodes)
        if (n.isFocus) return createIndex(rowInParent(n), 0, const_cast<core::ProcessTreeNode*>(&n));
    return {};
}

QVariant ProcessTreeModel::displayText(const core::ProcessTreeNode& n, int column) const {
    switch (column) {
    case ImageColumn: return fileNameOf(n.image);
    case PidColumn: return n.pid ? QVariant(QString::number(*n.pid)) : QVariant();
    case UserColumn: return visibleQString(n.user);
    case TimeColumn: return formatTicks(n.startTime);
    case CommandLineColumn: return visibleQString(toQString(n.commandLine).left(300)).simplified();
    default: return {};
    }
}

QVariant ProcessTreeModel::data(const QModelIndex& index, int role) const {
    const core::ProcessTreeNode* n = node(index);
    if (!n) return {};
    switch (role) {
    case Qt::DisplayRole: return displayText(*n, index.column());
    case Qt::ToolTipRole:
        return inertToolTip(index.column() == ImageColumn ? toQString(n->image) : toQString(n->commandLine));
    case CommandLineRole: return toQString(n->commandLine);
    case IsFocusRole: return n->isFocus;
    case ProcessIdRole: return QVariant::fromValue<qint64>(n->processId);
    case Qt::FontRole: {
        if (!n->isFocus) return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::BackgroundRole: return n->isFocus ? QVariant(QBrush(QColor(0xff, 0xeb, 0xee))) : QVariant();
    default: return {};
    }
}

QVariant ProcessTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case ImageColumn: return tr("Process");
    case PidColumn: return tr("PID");
    case UserColumn: return tr("User");
    case TimeColumn: return tr("Started");
    case CommandLineColumn: return tr("Command line");
    default: return {};
    }
}

}  // namespace hitome::ui
