// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An evidence item's JSON is stored once. When the item is an element of
// its alert's stored raw JSON, the evidence row keeps only the element's
// JSON pointer (evidence.raw_path, e.g. "/evidence/2") and no text; an item
// merged in later from another record of the alert (new evidence for an
// alert already in the case) keeps its own text (evidence.raw_json). These
// functions give the item's text back either way, serialised the way
// importers serialise evidence (nlohmann dump), so texts compare equal.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/store/statement.h"
#include "core/util/result.h"

namespace hitome::core {

class Connection;

// The element at JSON pointer `path` of `alertRawJson`, serialised; "" when
// the text does not parse or has no such element.
std::string evidenceTextAt(std::string_view alertRawJson, std::string_view path);
// The same for several pointers, parsing the alert's JSON once.
std::vector<std::string> evidenceTextsAt(std::string_view alertRawJson, const std::vector<std::string_view>& paths);

// Migration 3: adds evidence.raw_path (unless there) and drops two indexes
// no query needs (schema_alerts.cpp).
Status addEvidenceRawPaths(Connection& conn);

// Reads evidence texts over many rows (exports): consecutive rows of the
// same alert read and parse the alert's JSON once.
class EvidenceRawJsonReader {
public:
    explicit EvidenceRawJsonReader(Connection& conn);
    // The element at `rawPath` of alert `alertId`'s raw JSON ("" when none).
    Result<std::string> textAt(std::int64_t alertId, std::string_view rawPath);

private:
    Statement m_alertJson;
    std::int64_t m_alertId = 0;
    nlohmann::json m_alert;
};

// The raw JSON of evidence row `evidenceId` ("" when it has none).
Result<std::string> evidenceRawJson(Connection& conn, std::int64_t evidenceId);
// The raw JSON of every evidence row of alert `alertId`, in row order.
Result<std::vector<std::string>> alertEvidenceRawJson(Connection& conn, std::int64_t alertId);

}  // namespace hitome::core
