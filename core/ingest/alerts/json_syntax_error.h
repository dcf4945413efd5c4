// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Syntax errors in a record's JSON text, located in the file the text came
// from. Internal to core/ingest/alerts.

#include <cstdint>
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/util/result.h"

namespace hitome::core {

// nlohmann's parse error as ours: "invalid JSON: <reason>" at the file
// offset of the byte that broke it (`textOffset` is where the text starts).
Error jsonParseError(const nlohmann::json::parse_error& ex, std::uint64_t textOffset);

// The error that stops `text` being one JSON value, if any.
std::optional<Error> jsonSyntaxError(std::string_view text, std::uint64_t textOffset);

}  // namespace hitome::core
