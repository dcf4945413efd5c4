// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/time.h"

#include <chrono>
#include <cstdio>
#include <limits>

namespace hitome::core {
namespace {

// Howard Hinnant's days-from-civil algorithm (public domain facts about the calendar).
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct Civil {
    std::int64_t y;
    unsigned m, d;
};

Civil civilFromDays(std::int64_t z) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2), m, d};
}

bool readDigits(std::string_view s, size_t& pos, size_t count, int& out) {
    if (pos + count > s.size()) return false;
    int v = 0;
    for (size_t i = 0; i < count; ++i) {
        const char c = s[pos + i];
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
    }
    pos += count;
    out = v;
    return true;
}

}  // namespace

// A hostile file can hold any 64-bit FILETIME: subtracting in unsigned
// arithmetic wraps where signed arithmetic would overflow (found by fuzzing).
Ticks ticksFromFiletime(std::uint64_t filetime) { return static_cast<Ticks>(filetime - kFiletimeUnixEpoch); }

Ticks ticksFromUnixSeconds(std::int64_t seconds) {
    Ticks ticks = 0;
    if (__builtin_mul_overflow(seconds, kTicksPerSecond, &ticks))
        return seconds < 0 ? std::numeric_limits<Ticks>::min() : std::numeric_limits<Ticks>::max();
    return ticks;
}

std::optional<Ticks> parseIsoTime(std::string_view s) {
    size_t pos = 0;
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!readDigits(s, pos, 4, year) || pos >= s.size() || s[pos++] != '-') return std::nullopt;
    if (!readDigits(s, pos, 2, month) || pos >= s.size() || s[pos++] != '-') return std::nullopt;
    if (!readDigits(s, pos, 2, day)) return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
    Ticks fraction = 0;
    int offsetMinutes = 0;
    if (pos < s.size() && (s[pos] == 'T' || s[pos] == 't' || s[pos] == ' ')) {
        ++pos;
        if (!readDigits(s, pos, 2, hour) || pos >= s.size() || s[pos++] != ':') return std::nullopt;
        if (!readDigits(s, pos, 2, minute)) return std::nullopt;
        if (pos < s.size() && s[pos] == ':') {
            ++pos;
            if (!readDigits(s, pos, 2, second)) return std::nullopt;
        }
        if (hour > 23 || minute > 59 || second > 60) return std::nullopt;
        if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
            ++pos;
            Ticks scale = kTicksPerSecond / 10;
            size_t digits = 0;
            while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
                fraction += (s[pos] - '0') * scale;
                scale /= 10;
                ++pos;
                ++digits;
            }
            if (digits == 0) return std::nullopt;
        }
        if (pos < s.size() && (s[pos] == 'Z' || s[pos] == 'z')) {
            ++pos;
        } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
            const int sign = s[pos++] == '-' ? -1 : 1;
            int oh = 0, om = 0;
            if (!readDigits(s, pos, 2, oh)) return std::nullopt;
            if (pos < s.size() && s[pos] == ':') ++pos;
            if (pos < s.size() && !readDigits(s, pos, 2, om)) return std::nullopt;
            offsetMinutes = sign * (oh * 60 + om);
        }
    }
    if (pos != s.size()) return std::nullopt;
    const std::int64_t days = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    const std::int64_t secs = days * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
    return secs * kTicksPerSecond + fraction;
}

std::string formatIsoTime(Ticks ticks) {
    std::int64_t secs = ticks / kTicksPerSecond;
    std::int64_t frac = ticks % kTicksPerSecond;
    if (frac < 0) {
        frac += kTicksPerSecond;
        --secs;
    }
    std::int64_t days = secs / 86400;
    std::int64_t rem = secs % 86400;
    if (rem < 0) {
        rem += 86400;
        --days;
    }
    const Civil c = civilFromDays(days);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02lld:%02lld:%02lld.%07lldZ", static_cast<long long>(c.y), c.m,
                  c.d, static_cast<long long>(rem / 3600), static_cast<long long>((rem / 60) % 60),
                  static_cast<long long>(rem % 60), static_cast<long long>(frac));
    return buf;
}

std::string formatShortTime(Ticks ticks) {
    std::string iso = formatIsoTime(ticks);
    iso[10] = ' ';
    return iso.substr(0, 19);
}

Ticks nowTicks() {
    using namespace std::chrono;
    return duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count() / 100;
}

}  // namespace hitome::core
