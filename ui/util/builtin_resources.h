// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads the data compiled into the binary (":/attack", ":/knowledge",
// ":/rules", ":/demo") as bytes for core, which never touches Qt resources.

#include <QString>

#include <string>
#include <utility>
#include <vector>

namespace hitome::ui {

// Empty string when the resource does not exist.
std::string readResource(const QString& path);
// Every file directly in `dir` (e.g. ":/knowledge"), as (file name, bytes),
// sorted by name.
std::vector<std::pair<std::string, std::string>> readResourceDir(const QString& dir);

}  // namespace hitome::ui
