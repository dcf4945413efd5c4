// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/util/builtin_resources.h"

#include <QDir>
#include <QFile>

namespace hitome::ui {

std::string readResource(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return file.readAll().toStdString();
}

std::vector<std::pair<std::string, std::string>> readResourceDir(const QString& dir) {
    std::vector<std::pair<std::string, std::string>> out;
    const QDir d(dir);
    for (const QString& name : d.entryList(QDir::Files, QDir::Name))
        out.emplace_back(name.toStdString(), readResource(d.filePath(name)));
    return out;
}

}  // namespace hitome::ui
