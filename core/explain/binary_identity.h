// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which program a command line starts: "C:\Windows\System32\schtasks.exe",
// "schtasks.exe", "schtasks" and "SCHTASKS" all identify schtasks.exe.

#include <string>
#include <string_view>

namespace hitome::core {

struct BinaryIdentity {
    std::string asWritten;      // the program argument as it appeared (unquoted)
    std::string fileName;       // last path component, as written
    std::string canonicalName;  // lower case, ".exe" added when no extension: "schtasks.exe"
    std::string stem;           // lower case, without extension: "schtasks"
    std::string directory;      // lower case directory part ("c:\windows\system32"), may be empty
    bool hasPath = false;       // a directory was written
    bool isFullPath = false;    // drive letter, UNC or \\?\ path

    bool isEmpty() const { return canonicalName.empty(); }
};

BinaryIdentity identifyBinary(std::string_view program);

// Lower-cases a Windows path and normalises "/" to "\" and a leading "\??\" away.
std::string normalizeWindowsPath(std::string_view path);

// True for directories a normal user can write to (Users\*, Temp, ProgramData,
// Public, AppData, Downloads, Desktop, $Recycle.Bin...).
bool isUserWritablePath(std::string_view path);

}  // namespace hitome::core
