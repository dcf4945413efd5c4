// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/analyst_work_panel.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

#include "core/store/analyst_work.h"
#include "ui/models/alert_labels.h"
#include "ui/util/qt_convert.h"

namespace hitome::ui {
namespace {

constexpr const char* kStatuses[] = {"new", "inProgress", "resolved"};
constexpr const char* kClassifications[] = {"", "truePositive", "falsePositive", "benign"};

QString authorName() {
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user;
}

}  // namespace

AnalystWorkPanel::AnalystWorkPanel(Scope scope, QWidget* parent)
    : QWidget(parent), m_scope(scope), m_statusLabel(new QLabel(this)), m_classificationLabel(new QLabel(this)),
      m_status(new QComboBox(this)), m_classification(new QComboBox(this)), m_notes(new QListWidget(this)),
      m_editor(new QPlainTextEdit(this)), m_add(new QPushButton(this)), m_edit(new QPushButton(this)),
      m_delete(new QPushButton(this)) {
    for (const char* s : kStatuses) m_status->addItem(QString(), QLatin1String(s));
    for (const char* c : kClassifications) m_classification->addItem(QString(), QLatin1String(c));
    m_notes->setWordWrap(true);
    m_editor->setMaximumHeight(60);
    m_notes->setMaximumHeight(110);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->addWidget(m_statusLabel, 0, 0);
    grid->addWidget(m_status, 0, 1);
    grid->addWidget(m_classificationLabel, 0, 2);
    grid->addWidget(m_classification, 0, 3);
    grid->addWidget(m_notes, 1, 0, 1, 4);
    grid->addWidget(m_editor, 2, 0, 1, 4);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_add);
    grid->addLayout(buttons, 3, 0, 1, 4);
    const bool isAlertScope = scope == Scope::Alert;
    for (QWidget* w : {static_cast<QWidget*>(m_statusLabel), static_cast<QWidget*>(m_status),
                       static_cast<QWidget*>(m_classificationLabel), static_cast<QWidget*>(m_classification)})
        w->setVisible(isAlertScope);
    connect(m_status, &QComboBox::activated, this, &AnalystWorkPanel::saveStatus);
    connect(m_classification, &QComboBox::activated, this, &AnalystWorkPanel::saveClassification);
    connect(m_add, &QPushButton::clicked, this, &AnalystWorkPanel::addNoteFromEditor);
    connect(m_edit, &QPushButton::clicked, this, &AnalystWorkPanel::editSelectedNote);
    connect(m_delete, &QPushButton::clicked, this, &AnalystWorkPanel::deleteSelectedNote);
    retranslate();
    setConnection(nullptr);
}

void AnalystWorkPanel::retranslate() {
    m_statusLabel->setText(tr("Status:"));
    m_classificationLabel->setText(tr("Classification:"));
    for (int i = 0; i < m_status->count(); ++i) m_status->setItemText(i, statusLabel(m_status->itemData(i).toString()));
    for (int i = 0; i < m_classification->count(); ++i)
        m_classification->setItemText(i, classificationLabel(m_classification->itemData(i).toString()));
    m_editor->setPlaceholderText(m_scope == Scope::Alert ? tr("Write a note on this alert…") : tr("Write a note on the case…"));
    m_add->setText(tr("Add note"));
    m_edit->setText(tr("Edit…"));
    m_delete->setText(tr("Delete"));
}

void AnalystWorkPanel::setConnection(core::Connection* writer) {
    m_writer = writer;
    if (m_scope == Scope::Alert) m_alertId.reset();
    setEnabled(writer != nullptr && m_scope == Scope::Case);
    reloadNotes();
}

void AnalystWorkPanel::setAlert(std::optional<std::int64_t> alertId, const QString& status, const QString& classification) {
    m_alertId = alertId;
    setEnabled(m_writer && alertId);
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
    m_classification->setCurrentIndex(std::max(0, m_classification->findData(classification)));
    reloadNotes();
}

void AnalystWorkPanel::reloadNotes() {
    m_notes->clear();
    if (!m_writer || (m_scope == Scope::Alert && !m_alertId)) return;
    auto notes = core::notesFor(*m_writer, m_scope == Scope::Alert ? m_alertId : std::nullopt);
    if (!notes) return;
    for (const auto& n : *notes) {
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(formatTicks(n.modified), toQString(n.text)), m_notes);
        item->setData(Qt::UserRole, QVariant::fromValue<qint64>(n.id));
        item->setData(Qt::UserRole + 1, toQString(n.text));
    }
}

void AnalystWorkPanel::setStatus(const QString& status) {
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
    saveStatus();
}

void AnalystWorkPanel::setClassification(const QString& classification) {
    m_classification->setCurrentIndex(std::max(0, m_classification->findData(classification)));
    saveClassification();
}

void AnalystWorkPanel::saveStatus() {
    if (!m_writer || !m_alertId) return;
    auto s = core::setAlertStatus(*m_writer, *m_alertId, toStdString(m_status->currentData().toString()));
    if (!s) emit saveFailed(tr("The status could not be saved: %1").arg(toQString(s.error().message())));
    else emit alertChanged(*m_alertId);
}

void AnalystWorkPanel::saveClassification() {
    if (!m_writer || !m_alertId) return;
    auto s = core::setAlertClassification(*m_writer, *m_alertId, toStdString(m_classification->currentData().toString()));
    if (!s) emit saveFailed(tr("The classification could not be saved: %1").arg(toQString(s.error().message())));
    else emit alertChanged(*m_alertId);
}

bool AnalystWorkPanel::addNote(const QString& text) {
    if (!m_writer || text.trimmed().isEmpty() || (m_scope == Scope::Alert && !m_alertId)) return false;
    auto id = core::addNote(*m_writer, m_scope == Scope::Alert ? m_alertId : std::nullopt, toStdString(text),
                            toStdString(authorName()));
    if (!id) {
        emit saveFailed(tr("The note could not be saved: %1").arg(toQString(id.error().message())));
        return false;
    }
    reloadNotes();
    emit notesChanged();
    return true;
}

void AnalystWorkPanel::addNoteFromEditor() {
    // The editor is cleared only once the note is safely in the case.
    if (addNote(m_editor->toPlainText())) m_editor->clear();
}

void AnalystWorkPanel::editSelectedNote() {
    QListWidgetItem* item = m_notes->currentItem();
    if (!item || !m_writer) return;
    bool isAccepted = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Edit note"), tr("Note:"),
                                                        item->data(Qt::UserRole + 1).toString(), &isAccepted);
    if (!isAccepted) return;
    auto s = core::editNote(*m_writer, item->data(Qt::UserRole).toLongLong(), toStdString(text));
    if (!s) emit saveFailed(tr("The note could not be saved: %1").arg(toQString(s.error().message())));
    reloadNotes();
    emit notesChanged();
}

void AnalystWorkPanel::deleteSelectedNote() {
    QListWidgetItem* item = m_notes->currentItem();
    if (!item || !m_writer) return;
    auto s = core::deleteNote(*m_writer, item->data(Qt::UserRole).toLongLong());
    if (!s) emit saveFailed(tr("The note could not be deleted: %1").arg(toQString(s.error().message())));
    reloadNotes();
    emit notesChanged();
}

QStringList AnalystWorkPanel::noteTexts() const {
    QStringList out;
    for (int i = 0; i < m_notes->count(); ++i) out << m_notes->item(i)->data(Qt::UserRole + 1).toString();
    return out;
}

void AnalystWorkPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace hitome::ui
