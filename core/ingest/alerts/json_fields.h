// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Tolerant field access for alert JSON: nulls, missing keys, numbers given
// as strings (and the reverse), one-or-many values (Elastic exports turn
// arrays into single objects).

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/util/time.h"

namespace hitome::core::json {

using Json = nlohmann::json;

// The member `key` of object `obj`, or nullptr when absent, null or `obj` is not an object.
const Json* member(const Json& obj, std::string_view key);
// Text of a string, number or boolean member; "" otherwise. The literal
// string "null" (legacy MDE) also reads as "".
std::string text(const Json& obj, std::string_view key);
// First non-empty text among `keys`.
std::string firstText(const Json& obj, std::initializer_list<std::string_view> keys);
std::optional<std::int64_t> integer(const Json& obj, std::string_view key);
std::optional<Ticks> time(const Json& obj, std::string_view key);
// Calls `fn` for each object in an array member, or once for an object member.
void forEachObject(const Json& obj, std::string_view key, const std::function<void(const Json&)>& fn);
// The same, also giving each object's JSON pointer (RFC 6901) within `obj`:
// "/key/3" for an array element, "/key" for an object member.
void forEachObjectAt(const Json& obj, std::string_view key,
                     const std::function<void(const Json&, const std::string& pointer)>& fn);
// Strings of an array member (or a single string member).
std::vector<std::string> strings(const Json& obj, std::string_view key);
// "New" → "new", "InProgress" → "inProgress", "TruePositive" → "truePositive".
std::string lowerCamel(std::string_view text);
// Joins a directory and a file name with a backslash when both are present.
std::string joinWindowsPath(std::string_view dir, std::string_view name);
// "DOMAIN\name" or "name" (empty name gives "").
std::string account(std::string_view domain, std::string_view name);

}  // namespace hitome::core::json
