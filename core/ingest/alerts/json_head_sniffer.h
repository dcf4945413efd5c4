// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Looks at the first bytes of a file and, when they start a JSON document or
// NDJSON, reports the keys of the first record (same record rules as
// JsonRecordSplitter) and the OData context/type. Readers decide from these
// whether the file is theirs. Tolerates the head being cut mid-document.

#include <set>
#include <string>
#include <string_view>

namespace hitome::core {

struct JsonHead {
    bool isJson = false;             // starts with '{' or '[' (after BOM/whitespace)
    bool hasRecord = false;          // at least one record object started
    std::set<std::string> keys;      // top-level keys of the first record
    std::string odataContext;        // "@odata.context" of the wrapper or record
    std::string odataType;           // "@odata.type" of the first record

    bool has(std::string_view key) const { return keys.count(std::string(key)) > 0; }
    bool contextContains(std::string_view text) const;
};

JsonHead sniffJsonHead(std::string_view head);

}  // namespace hitome::core
