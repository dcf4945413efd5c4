// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/attack/attack_lookup_key.h"

#include <cctype>

namespace hitome::core {

namespace {

constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";
constexpr std::string_view kFullwidthAmpersand = "\xEF\xBC\x86";

bool isDigits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return !s.empty();
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

}  // namespace

std::string attackLookupKey(std::string_view text) {
    std::string key;
    key.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        const std::string_view rest = text.substr(i);
        if (rest.starts_with(kIdeographicSpace)) {
            i += kIdeographicSpace.size() - 1;
            continue;
        }
        if (rest.starts_with(kFullwidthAmpersand)) {
            key += "and";
            i += kFullwidthAmpersand.size() - 1;
            continue;
        }
        const char c = text[i];
        if (c == ' ' || c == '-' || c == '_' || c == '.' || c == '/' || c == '\t' || c == '\r' || c == '\n') continue;
        if (c == '&') {
            key += "and";
            continue;
        }
        key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return key;
}

std::string normalizeTechniqueId(std::string_view text) {
    text = trim(text);
    if (text.size() < 5 || (text[0] != 'T' && text[0] != 't')) return {};
    const std::string_view base = text.substr(1, 4);
    if (!isDigits(base)) return {};
    std::string id = "T" + std::string(base);
    if (text.size() == 5) return id;
    if (text.size() != 9 || (text[5] != '.' && text[5] != '/') || !isDigits(text.substr(6, 3))) return {};
    return id + "." + std::string(text.substr(6, 3));
}

}  // namespace hitome::core
