// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/explain/binary_identity.h"

#include "core/util/text.h"

namespace hitome::core {

std::string normalizeWindowsPath(std::string_view path) {
    std::string p = toLowerAscii(trim(path));
    for (auto& c : p)
        if (c == '/') c = '\\';
    for (std::string_view prefix : {"\\??\\", "\\\\?\\", "\\\\.\\"})
        if (p.rfind(prefix, 0) == 0 && p.size() > prefix.size() + 1 && p[prefix.size() + 1] == ':')
            p.erase(0, prefix.size());
    return p;
}

BinaryIdentity identifyBinary(std::string_view program) {
    BinaryIdentity id;
    std::string_view p = trim(program);
    while (p.size() >= 2 && p.front() == '"' && p.back() == '"') p = p.substr(1, p.size() - 2);
    id.asWritten = std::string(p);
    const size_t slash = p.find_last_of("\\/");
    id.fileName = std::string(slash == std::string_view::npos ? p : p.substr(slash + 1));
    id.hasPath = slash != std::string_view::npos;
    const std::string norm = normalizeWindowsPath(p);
    id.isFullPath = (norm.size() >= 3 && norm[1] == ':' && norm[2] == '\\') || norm.rfind("\\\\", 0) == 0 ||
                    norm.rfind("%", 0) == 0;
    if (id.hasPath) {
        const size_t normSlash = norm.find_last_of('\\');
        id.directory = normSlash == std::string::npos ? std::string() : norm.substr(0, normSlash);
    }
    std::string lower = toLowerAscii(id.fileName);
    while (!lower.empty() && (lower.back() == '.' || lower.back() == ' ')) lower.pop_back();
    if (lower.empty()) return id;
    const size_t dot = lower.find_last_of('.');
    if (dot == std::string::npos || dot == 0) {
        id.stem = lower;
        id.canonicalName = lower + ".exe";
    } else {
        id.stem = lower.substr(0, dot);
        id.canonicalName = lower;
    }
    return id;
}

bool isUserWritablePath(std::string_view path) {
    const std::string p = normalizeWindowsPath(path);
    static const std::string_view kMarkers[] = {
        "\\users\\",  "\\temp\\",     "\\tmp\\",   "\\programdata\\", "\\appdata\\", "\\downloads\\",
        "\\desktop\\", "\\$recycle.bin\\", "\\perflogs\\", "%temp%", "%tmp%", "%appdata%", "%localappdata%",
        "%userprofile%", "%public%", "%programdata%", "\\windows\\tasks\\", "\\spool\\drivers\\color\\"};
    for (auto m : kMarkers)
        if (p.find(m) != std::string::npos) return true;
    return false;
}

}  // namespace hitome::core
