// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/util/tactic_info.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include "ui/util/tactic_source.h"

namespace hitome::ui {

const std::vector<TacticInfo>& workbenchTactics() {
    static const std::vector<TacticInfo> tactics = loadWorkbenchTactics();
    return tactics;
}

bool isJapaneseUi() {
    // The translator installed for the UI says which language is active.
    return QCoreApplication::translate("hitome::ui::Language", "en") == QLatin1String("ja");
}

QString tacticDisplayName(const TacticInfo& tactic) {
    if (!isJapaneseUi() || tactic.nameJa.isEmpty()) return tactic.name;
    if (tactic.defenderLabelJa.isEmpty() || tactic.defenderLabelJa == tactic.nameJa) return tactic.nameJa;
    return QStringLiteral("%1 (%2)").arg(tactic.nameJa, tactic.defenderLabelJa);
}

const TacticInfo* findTactic(const QString& id) {
    for (const auto& t : workbenchTactics())
        if (t.id == id) return &t;
    return nullptr;
}

QString tacticListText(const QString& commaSeparatedIds) {
    const QStringList ids = commaSeparatedIds.split(QLatin1Char(','), Qt::SkipEmptyParts);
    QStringList names;
    for (const auto& t : workbenchTactics())
        if (ids.contains(t.id)) names << tacticDisplayName(t);
    if (ids.contains(QStringLiteral("other"))) names << QCoreApplication::translate("hitome::ui::Tactics", "Other");
    return names.join(QStringLiteral(", "));
}

}  // namespace hitome::ui
