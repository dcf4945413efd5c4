// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/util/attack_catalog_loader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include "ui/util/builtin_resources.h"

namespace hitome::ui {

namespace {

struct LoadedCatalog {
    core::AttackCatalog catalog;
    QString warning;
};

const LoadedCatalog& loadedCatalog() {
    static const LoadedCatalog loaded = [] {
        LoadedCatalog l;
        l.catalog = buildAttackCatalog(readResource(QStringLiteral(":/attack/catalog.json")), userAttackBundlePath(),
                                       &l.warning);
        return l;
    }();
    return loaded;
}

}  // namespace

core::AttackCatalog buildAttackCatalog(const std::string& builtInJson, const QString& userBundlePath, QString* warning) {
    auto parsed = core::AttackCatalog::fromJson(builtInJson);
    if (!parsed) {
        if (warning) *warning = QString::fromStdString("built-in ATT&CK catalog: " + parsed.error().message());
        return {};
    }
    core::AttackCatalog catalog = std::move(parsed.value());
    if (userBundlePath.isEmpty() || !QFileInfo::exists(userBundlePath)) return catalog;
    QFile file(userBundlePath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (warning) *warning = userBundlePath + QStringLiteral(": ") + file.errorString();
        return catalog;
    }
    const QByteArray bytes = file.readAll();
    const auto status = catalog.applyStixBundle(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())));
    if (!status && warning)
        *warning = userBundlePath + QStringLiteral(": ") + QString::fromStdString(status.error().message());
    return catalog;
}

const core::AttackCatalog& loadAttackCatalog() { return loadedCatalog().catalog; }

QString attackCatalogWarning() { return loadedCatalog().warning; }

QString userAttackBundlePath() {
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty()) return {};
    return QDir(base).filePath(QStringLiteral("hitome/attack/enterprise-attack.json"));
}

}  // namespace hitome::ui
