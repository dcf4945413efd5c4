// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The hunting tab's queries: event ids for a full-text search and/or one
// pivot (a field equal to a value), in time order; display rows by id.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/store/connection.h"
#include "core/util/result.h"
#include "core/util/time.h"

namespace hitome::core {

enum class HuntField { None, Host, EventId, Image, CommandLine, ParentCommandLine, User, TaskName, RegistryKey };

struct HuntQuery {
    std::string text;                 // words, each a case-insensitive substring; empty: no text condition
    HuntField field = HuntField::None;
    std::string value;                // equality (case-insensitive); RegistryKey: the key or anything below it
    std::string excludeHost;          // "same value on other hosts"
    std::optional<Ticks> from;        // time >= from (the timeline's selected range)
    std::optional<Ticks> to;          // time < to
    std::int64_t limit = 100000;      // bound on the ids returned
};

struct HuntRow {
    std::int64_t id = 0;
    Ticks time = 0;
    std::string host;
    std::int64_t eventId = 0;
    std::string image, commandLine, parentCommandLine, user, taskName, targetObject;
};

// Ids matching `query`, by time. isTruncated tells whether `limit` cut them.
// A search by text alone that matches more than `limit` events returns the
// first `limit` matches in import order, sorted by time: ordering every match
// of a broad search by time first costs seconds on a million events.
struct HuntIds {
    std::vector<std::int64_t> ids;
    bool isTruncated = false;
};
Result<HuntIds> queryHuntIds(Connection& conn, const HuntQuery& query);
// Rows in the order of `ids`; missing ids are skipped.
Result<std::vector<HuntRow>> queryHuntRows(Connection& conn, const std::vector<std::int64_t>& ids);

// The first registry key a command line names ("HKCU\\Software\\...", quoted or
// not; "HKEY_LOCAL_MACHINE" spellings kept as written); empty when none.
std::string registryKeyIn(std::string_view commandLine);

}  // namespace hitome::core
