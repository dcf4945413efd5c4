// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The ATT&CK tactics the workbench shows, in matrix order, with their names
// in both languages (from the ATT&CK catalog).

#include <QString>

#include <vector>

namespace hitome::ui {

struct TacticInfo {
    QString id;                // "TA0003"
    QString name;              // "Persistence"
    QString nameJa;            // "永続化"
    QString defenderLabelJa;   // Defender's Japanese label when it differs ("常設"), else empty
};

// The 15 enterprise tactics in matrix order. Uses the built-in ATT&CK
// catalog; loaded once.
const std::vector<TacticInfo>& workbenchTactics();
// The name to show in the current UI language ("永続化 (常設)" in Japanese).
QString tacticDisplayName(const TacticInfo& tactic);
// Looks a tactic up by id; nullptr when unknown (e.g. "other").
const TacticInfo* findTactic(const QString& id);
// "TA0003,TA0002" → "Persistence, Execution" in matrix order.
QString tacticListText(const QString& commaSeparatedIds);
// True when the UI language is Japanese.
bool isJapaneseUi();

}  // namespace hitome::ui
