// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The ATT&CK catalog the application uses: the built-in catalog compiled in
// at ":/attack/catalog.json", with the user's imported official STIX bundle
// (see `hitome attack import`) applied on top when there is one.

#include <QString>

#include "core/attack/attack_catalog.h"

namespace hitome::ui {

// Loaded on first call (thread-safe), then shared for the life of the process.
// Never fails: a broken user bundle is skipped (see attackCatalogWarning()).
const core::AttackCatalog& loadAttackCatalog();

// Why the user's bundle was not applied (technical English), or empty.
QString attackCatalogWarning();

// Where `hitome attack import` stores the bundle:
// <generic data dir>/hitome/attack/enterprise-attack.json (on Linux
// ~/.local/share/hitome/attack/…, XDG_DATA_HOME respected). Does not depend
// on the application or organisation name, so the CLI and GUI agree. Empty
// when the system reports no data directory.
QString userAttackBundlePath();

// Builds a catalog from explicit parts (for tests and tools): `builtInJson`
// then, if `userBundlePath` names an existing file, that bundle. `warning`
// receives the reason a bundle was skipped.
core::AttackCatalog buildAttackCatalog(const std::string& builtInJson, const QString& userBundlePath, QString* warning);

}  // namespace hitome::ui
