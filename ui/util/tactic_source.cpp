// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/util/tactic_source.h"

#include "ui/util/attack_catalog_loader.h"
#include "ui/util/qt_convert.h"

namespace hitome::ui {

std::vector<TacticInfo> loadWorkbenchTactics() {
    std::vector<TacticInfo> out;
    for (const auto& t : loadAttackCatalog().tacticsInMatrixOrder())
        out.push_back({toQString(t.id), toQString(t.name), toQString(t.nameJa), toQString(t.defenderLabelJa)});
    return out;
}

}  // namespace hitome::ui
