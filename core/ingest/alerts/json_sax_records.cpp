// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/alerts/json_sax_records.h"

namespace hitome::core {

JsonSaxRecords::JsonSaxRecords(Emit emit, RecordInput& input, int maxDepth, std::uint64_t maxNodes,
                               std::uint64_t maxRecordBytes)
    : m_emit(std::move(emit)), m_input(input), m_maxDepth(maxDepth), m_maxNodes(maxNodes),
      m_maxRecordBytes(maxRecordBytes) {}

bool JsonSaxRecords::isRecordTooLarge() const {
    return !m_stack.empty() && offset() - m_recordOffset > m_maxRecordBytes;
}

void JsonSaxRecords::startTopLevel() {
    m_depth = 0;
    m_recordLevel = 0;
    m_isTopObject = false;
    m_isInRecordList = false;
    m_valueKeyPending = false;
    m_stack.clear();
    m_record = Json();
    m_nodes = 0;
    m_input.dropCapture();
}

bool JsonSaxRecords::fail(ErrorCode code, std::string detail) {
    if (!m_failure) {
        const std::uint64_t at = offset();
        m_failure = Error::make(code, std::move(detail)).atOffset(at > 0 ? at - 1 : 0);
    }
    return false;
}

bool JsonSaxRecords::addValue(Json&& v) {
    m_input.markToken();
    if (isRecordTooLarge()) return fail(ErrorCode::TooLarge, "record larger than " + std::to_string(m_maxRecordBytes >> 20) + " MiB");
    if (m_stack.empty()) {
        if (m_depth == 0) return fail(ErrorCode::Format, "the top-level JSON value is not an object or an array");
        if (m_isInRecordList && m_depth == m_recordLevel)
            return fail(ErrorCode::Format, "expected an alert or incident object, found a scalar");
        return true;   // a value we skip (wrapper fields)
    }
    if (++m_nodes > m_maxNodes) return fail(ErrorCode::TooLarge, "record has too many JSON values");
    Json* parent = m_stack.back();
    if (parent->is_array()) parent->push_back(std::move(v));
    else (*parent)[m_key] = std::move(v);
    if (m_stack.size() == 1) m_valueKeyPending = false;
    return true;
}

bool JsonSaxRecords::openContainer(Json&& container) {
    m_input.markToken();
    if (isRecordTooLarge()) return fail(ErrorCode::TooLarge, "record larger than " + std::to_string(m_maxRecordBytes >> 20) + " MiB");
    if (m_depth + 1 > m_maxDepth)
        return fail(ErrorCode::TooLarge, "JSON nested deeper than " + std::to_string(m_maxDepth) + " levels");
    const bool isObject = container.is_object();
    ++m_depth;
    if (m_stack.empty()) {
        if (m_depth - 1 == 0 && !isObject) {
            m_recordLevel = 1;   // a top-level array of records
            m_isInRecordList = true;
            return true;
        }
        if (m_depth - 1 == 0 || (m_isInRecordList && m_depth - 1 == m_recordLevel)) {
            if (!isObject) return fail(ErrorCode::Format, "expected an alert or incident object, found an array");
            m_isTopObject = (m_depth == 1);
            m_record = std::move(container);
            m_stack.push_back(&m_record);
            m_nodes = 1;
            m_recordOffset = offset() > 0 ? offset() - 1 : 0;
            m_input.beginCapture();
        }
        return true;   // skipping a wrapper's other fields
    }
    if (m_isTopObject && m_stack.size() == 1 && m_valueKeyPending && !isObject) {
        // {"@odata.context": ..., "value": [ records ]}: an OData page.
        m_stack.clear();
        m_record = Json();
        m_input.dropCapture();
        m_isTopObject = false;
        m_valueKeyPending = false;
        m_recordLevel = 2;
        m_isInRecordList = true;
        return true;
    }
    if (m_stack.size() == 1) m_valueKeyPending = false;
    if (++m_nodes > m_maxNodes) return fail(ErrorCode::TooLarge, "record has too many JSON values");
    Json* parent = m_stack.back();
    Json* child = nullptr;
    if (parent->is_array()) {
        parent->push_back(std::move(container));
        child = &parent->back();
    } else {
        child = &((*parent)[m_key] = std::move(container));
    }
    m_stack.push_back(child);
    return true;
}

bool JsonSaxRecords::closeContainer() {
    m_input.markToken();
    --m_depth;
    if (m_stack.empty()) {
        if (m_depth < m_recordLevel) m_isInRecordList = false;
        return true;
    }
    m_stack.pop_back();
    if (!m_stack.empty()) return true;
    m_isTopObject = false;
    Json record = std::move(m_record);
    m_record = Json();
    if (Status st = m_emit(std::move(record), m_recordOffset, m_input.endCapture()); !st) {
        if (!m_failure) m_failure = st.error();
        return false;
    }
    return true;
}

bool JsonSaxRecords::null() { return addValue(Json()); }
bool JsonSaxRecords::boolean(bool v) { return addValue(Json(v)); }
bool JsonSaxRecords::number_integer(Json::number_integer_t v) { return addValue(Json(v)); }
bool JsonSaxRecords::number_unsigned(Json::number_unsigned_t v) { return addValue(Json(v)); }
bool JsonSaxRecords::number_float(Json::number_float_t v, const std::string&) { return addValue(Json(v)); }
bool JsonSaxRecords::string(std::string& v) { return addValue(Json(std::move(v))); }
bool JsonSaxRecords::binary(Json::binary_t&) { return fail(ErrorCode::Format, "unexpected binary value"); }
bool JsonSaxRecords::start_object(std::size_t) { return openContainer(Json::object()); }
bool JsonSaxRecords::start_array(std::size_t) { return openContainer(Json::array()); }
bool JsonSaxRecords::end_object() { return closeContainer(); }
bool JsonSaxRecords::end_array() { return closeContainer(); }

bool JsonSaxRecords::key(std::string& k) {
    m_input.markToken();
    if (m_stack.empty()) return true;
    if (m_isTopObject && m_stack.size() == 1) m_valueKeyPending = (k == "value");
    m_key = std::move(k);
    return true;
}

bool JsonSaxRecords::parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) {
    std::string what = ex.what();
    // "[json.exception.parse_error.101] parse error at line 1, column 9: syntax error ..." → the reason.
    if (const auto colon = what.find(": ", what.find("column")); colon != std::string::npos) what = what.substr(colon + 2);
    const bool isTruncated = what.find("end of input") != std::string::npos;
    return fail(isTruncated ? ErrorCode::Truncated : ErrorCode::Format, "invalid JSON: " + what);
}

}  // namespace hitome::core
