// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/alerts/json_fields.h"

#include <charconv>

#include "core/util/text.h"

namespace hitome::core::json {

const Json* member(const Json& obj, std::string_view key) {
    if (!obj.is_object()) return nullptr;
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return nullptr;
    return &*it;
}

std::string text(const Json& obj, std::string_view key) {
    const Json* v = member(obj, key);
    if (!v) return {};
    if (v->is_string()) {
        const auto& s = v->get_ref<const std::string&>();
        return s == "null" ? std::string() : s;
    }
    if (v->is_number_integer()) return std::to_string(v->get<std::int64_t>());
    if (v->is_number_unsigned()) return std::to_string(v->get<std::uint64_t>());
    if (v->is_number_float() || v->is_boolean()) return v->dump();
    return {};
}

std::string firstText(const Json& obj, std::initializer_list<std::string_view> keys) {
    for (auto key : keys)
        if (auto t = text(obj, key); !t.empty()) return t;
    return {};
}

std::optional<std::int64_t> integer(const Json& obj, std::string_view key) {
    const Json* v = member(obj, key);
    if (!v) return std::nullopt;
    if (v->is_number_integer()) return v->get<std::int64_t>();
    if (v->is_number_unsigned()) {
        const auto u = v->get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(INT64_MAX)) return std::nullopt;
        return static_cast<std::int64_t>(u);
    }
    if (v->is_string()) {
        const auto& s = v->get_ref<const std::string&>();
        std::int64_t out = 0;
        const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
        if (ec == std::errc() && end == s.data() + s.size() && !s.empty()) return out;
    }
    return std::nullopt;
}

std::optional<Ticks> time(const Json& obj, std::string_view key) {
    const std::string t = text(obj, key);
    if (t.empty()) return std::nullopt;
    return parseIsoTime(t);
}

void forEachObject(const Json& obj, std::string_view key, const std::function<void(const Json&)>& fn) {
    forEachObjectAt(obj, key, [&fn](const Json& item, const std::string&) { fn(item); });
}

void forEachObjectAt(const Json& obj, std::string_view key,
                     const std::function<void(const Json&, const std::string& pointer)>& fn) {
    const Json* v = member(obj, key);
    if (!v) return;
    std::string pointer = "/";
    for (const char c : key) pointer += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
    if (v->is_object()) {
        fn(*v, pointer);
        return;
    }
    if (!v->is_array()) return;
    for (std::size_t i = 0; i < v->size(); ++i)
        if ((*v)[i].is_object()) fn((*v)[i], pointer + '/' + std::to_string(i));
}

std::vector<std::string> strings(const Json& obj, std::string_view key) {
    std::vector<std::string> out;
    const Json* v = member(obj, key);
    if (!v) return out;
    if (v->is_string() && !v->get_ref<const std::string&>().empty()) out.push_back(v->get<std::string>());
    if (v->is_array())
        for (const auto& item : *v)
            if (item.is_string() && !item.get_ref<const std::string&>().empty()) out.push_back(item.get<std::string>());
    return out;
}

std::string lowerCamel(std::string_view text) {
    std::string out(text);
    if (!out.empty()) out[0] = asciiLower(out[0]);
    return out;
}

std::string joinWindowsPath(std::string_view dir, std::string_view name) {
    if (dir.empty()) return std::string(name);
    if (name.empty()) return std::string(dir);
    // Some exports put the full path in filePath already.
    if (endsWithNoCase(dir, name) && dir.size() > name.size() &&
        (dir[dir.size() - name.size() - 1] == '\\' || dir[dir.size() - name.size() - 1] == '/'))
        return std::string(dir);
    std::string out(dir);
    if (out.back() != '\\' && out.back() != '/') out += '\\';
    out += name;
    return out;
}

std::string account(std::string_view domain, std::string_view name) {
    if (name.empty()) return {};
    if (domain.empty()) return std::string(name);
    return std::string(domain) + '\\' + std::string(name);
}

}  // namespace hitome::core::json
