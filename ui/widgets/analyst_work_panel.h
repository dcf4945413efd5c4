// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The analyst's own work on one alert (status, classification, notes) or on
// the whole case (notes only). Every change is written to the case at once.

#include <QWidget>

#include <cstdint>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace hitome::core {
class Connection;
}

namespace hitome::ui {

class AnalystWorkPanel : public QWidget {
    Q_OBJECT
public:
    enum class Scope { Alert, Case };
    explicit AnalystWorkPanel(Scope scope, QWidget* parent = nullptr);

    // `writer` is the case's GUI-thread connection; nullptr disables the panel.
    void setConnection(core::Connection* writer);
    // Alert scope: the alert to work on, with its current values.
    void setAlert(std::optional<std::int64_t> alertId, const QString& status, const QString& classification);

    void setStatus(const QString& status);
    void setClassification(const QString& classification);
    // Adds a note with `text`; returns false (and says why) when it cannot be saved.
    bool addNote(const QString& text);
    QStringList noteTexts() const;
    QComboBox* statusBox() const { return m_status; }
    QPlainTextEdit* noteEditor() const { return m_editor; }

signals:
    // Status or classification of an alert was saved.
    void alertChanged(std::int64_t alertId);
    void notesChanged();
    void saveFailed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void reloadNotes();
    void saveStatus();
    void saveClassification();
    void addNoteFromEditor();
    void editSelectedNote();
    void deleteSelectedNote();

    Scope m_scope;
    core::Connection* m_writer = nullptr;
    std::optional<std::int64_t> m_alertId;
    QLabel* m_statusLabel;
    QLabel* m_classificationLabel;
    QComboBox* m_status;
    QComboBox* m_classification;
    QListWidget* m_notes;
    QPlainTextEdit* m_editor;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_delete;
};

}  // namespace hitome::ui
