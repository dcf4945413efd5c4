// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/evidence_raw_json.h"

#include <optional>

#include <nlohmann/json.hpp>

#include "core/store/connection.h"
#include "core/store/migrations.h"
#include "core/store/schema.h"
#include "core/store/statement.h"

namespace hitome::core {
namespace {

using Json = nlohmann::json;

std::string elementText(const Json& alert, std::string_view path) {
    if (alert.is_discarded() || path.empty()) return {};
    try {
        const Json::json_pointer pointer{std::string(path)};
        if (!alert.contains(pointer)) return {};
        return alert.at(pointer).dump();
    } catch (const Json::exception&) {   // a malformed pointer or text that cannot be serialised
        return {};
    }
}

Json parse(std::string_view text) { return Json::parse(text.begin(), text.end(), nullptr, false); }

// Rows of `st`: raw_json, raw_path, the alert's raw_json.
Result<std::vector<std::string>> textsOfRows(Statement& st) {
    std::vector<std::string> texts;
    std::optional<Json> alert;   // parsed once, at the first row that needs it
    Result<Statement::Step> step = st.step();
    for (; step && *step == Statement::Step::Row; step = st.step()) {
        if (!st.isNull(0) || st.isNull(1)) {
            texts.push_back(st.columnText(0));
            continue;
        }
        if (!alert) alert = parse(st.columnText(2));
        texts.push_back(elementText(*alert, st.columnText(1)));
    }
    if (!step) return step.error();
    return texts;
}

}  // namespace

Status addEvidenceRawPaths(Connection& conn) {
    if (auto st = addColumnIfMissing(conn, "evidence", "raw_path", schema::kEvidenceRawPath); !st) return st;
    return conn.exec(schema::kDropUnusedAlertIndexes);
}

std::string evidenceTextAt(std::string_view alertRawJson, std::string_view path) {
    return elementText(parse(alertRawJson), path);
}

std::vector<std::string> evidenceTextsAt(std::string_view alertRawJson, const std::vector<std::string_view>& paths) {
    const Json alert = parse(alertRawJson);
    std::vector<std::string> texts;
    texts.reserve(paths.size());
    for (const std::string_view path : paths) texts.push_back(elementText(alert, path));
    return texts;
}

EvidenceRawJsonReader::EvidenceRawJsonReader(Connection& conn)
    : m_alertJson(conn, "SELECT raw_json FROM alerts WHERE id = ?") {}

Result<std::string> EvidenceRawJsonReader::textAt(std::int64_t alertId, std::string_view rawPath) {
    if (alertId != m_alertId) {
        if (!m_alertJson.valid()) return m_alertJson.prepareError();
        m_alertJson.bind(1, alertId);
        auto step = m_alertJson.step();
        const std::string text = step && *step == Statement::Step::Row ? m_alertJson.columnText(0) : std::string();
        m_alertJson.reset();
        if (!step) return step.error();
        m_alert = parse(text);
        m_alertId = alertId;
    }
    return elementText(m_alert, rawPath);
}

Result<std::string> evidenceRawJson(Connection& conn, std::int64_t evidenceId) {
    Statement st(conn,
                 "SELECT e.raw_json, e.raw_path, a.raw_json FROM evidence e JOIN alerts a ON a.id = e.alert_id "
                 "WHERE e.id = ?");
    if (!st.valid()) return st.prepareError();
    st.bind(1, evidenceId);
    auto texts = textsOfRows(st);
    if (!texts) return texts.error();
    return texts->empty() ? std::string() : std::move(texts->front());
}

Result<std::vector<std::string>> alertEvidenceRawJson(Connection& conn, std::int64_t alertId) {
    Statement st(conn,
                 "SELECT e.raw_json, e.raw_path, a.raw_json FROM evidence e JOIN alerts a ON a.id = e.alert_id "
                 "WHERE e.alert_id = ? ORDER BY e.id");
    if (!st.valid()) return st.prepareError();
    st.bind(1, alertId);
    return textsOfRows(st);
}

}  // namespace hitome::core
