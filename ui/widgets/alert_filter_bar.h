// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Filters above the alert list: text, severity, host, status, source, plus
// removable chips for the tactic picked in the chart and the time range
// picked in the timeline.

#include <QWidget>

#include <optional>
#include <vector>

#include "core/store/alert_table_query.h"

class QComboBox;
class QLineEdit;
class QToolButton;
class QTimer;

namespace hitome::ui {

class AlertFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit AlertFilterBar(QWidget* parent = nullptr);

    core::AlertFilter filter() const;
    void setTactic(const QString& tacticId);
    void setTimeRange(std::optional<core::Ticks> from, std::optional<core::Ticks> to);
    void setHosts(const std::vector<std::string>& hosts);
    void setSources(const std::vector<std::string>& sources);
    void focusSearch();
    QString tacticId() const { return m_tacticId; }
    QLineEdit* searchField() const { return m_text; }
    QToolButton* tacticChip() const { return m_tacticChip; }
    QToolButton* timeChip() const { return m_timeChip; }
    QComboBox* severityBox() const { return m_severity; }
    QComboBox* hostBox() const { return m_host; }
    QComboBox* statusBox() const { return m_status; }
    QComboBox* sourceBox() const { return m_source; }

signals:
    void filterChanged();
    // The analyst removed the tactic chip.
    void tacticCleared();
    // The analyst removed the time range chip.
    void timeRangeCleared();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateChips();
    static void fillValues(QComboBox* box, const std::vector<std::string>& values, const QString& anyText);

    QLineEdit* m_text;
    QComboBox* m_severity;
    QComboBox* m_host;
    QComboBox* m_status;
    QComboBox* m_source;
    QToolButton* m_tacticChip;
    QToolButton* m_timeChip;
    QTimer* m_textDelay;
    QString m_tacticId;
    std::optional<core::Ticks> m_from, m_to;
};

}  // namespace hitome::ui
