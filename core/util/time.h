// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Timestamps across Hitome are "ticks": signed 64-bit counts of 100 ns since
// 1970-01-01T00:00:00Z. That keeps EVTX's FILETIME precision and sorts as an
// integer in SQLite.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hitome::core {

using Ticks = std::int64_t;

constexpr Ticks kTicksPerSecond = 10'000'000;
// FILETIME counts 100 ns since 1601-01-01; this is 1970-01-01 in FILETIME.
constexpr std::uint64_t kFiletimeUnixEpoch = 116444736000000000ULL;

Ticks ticksFromFiletime(std::uint64_t filetime);
Ticks ticksFromUnixSeconds(std::int64_t seconds);

// Accepts "2024-03-01T13:36:05Z", "2024-03-01 13:36:05.1234567", "+09:00"
// offsets, 0..9 fraction digits (rounded down to 100 ns), a bare date.
std::optional<Ticks> parseIsoTime(std::string_view text);

// "2024-03-01T13:36:05.1234567Z" (7 fraction digits, always UTC).
std::string formatIsoTime(Ticks ticks);
// "2024-03-01 13:36:05" UTC, for humans.
std::string formatShortTime(Ticks ticks);

// Current wall-clock time.
Ticks nowTicks();

}  // namespace hitome::core
