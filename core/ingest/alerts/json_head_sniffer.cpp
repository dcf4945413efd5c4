// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/alerts/json_head_sniffer.h"

#include <nlohmann/json.hpp>

#include "core/util/text.h"

namespace hitome::core {
namespace {

using Json = nlohmann::json;

// Follows the document structure without building it.
class HeadSax {
public:
    explicit HeadSax(JsonHead& head) : m_head(head) {}

    bool null() { return scalar({}); }
    bool boolean(bool) { return scalar({}); }
    bool number_integer(Json::number_integer_t) { return scalar({}); }
    bool number_unsigned(Json::number_unsigned_t) { return scalar({}); }
    bool number_float(Json::number_float_t, const std::string&) { return scalar({}); }
    bool string(std::string& v) { return scalar(v); }
    bool binary(Json::binary_t&) { return false; }
    bool key(std::string& k) {
        m_key = k;
        if (m_depth == m_recordDepth && m_isInRecord) m_head.keys.insert(k);
        return true;
    }
    bool start_object(std::size_t) { return open(true); }
    bool start_array(std::size_t) { return open(false); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }

private:
    bool scalar(const std::string& v) {
        if (m_key == "@odata.context" && m_depth == 1) m_head.odataContext = v;
        if (m_key == "@odata.type" && m_isInRecord && m_depth == m_recordDepth && m_head.odataType.empty())
            m_head.odataType = v;
        return true;
    }
    bool open(bool isObject) {
        ++m_depth;
        if (m_depth > 64) return false;
        if (m_depth == 1) {
            if (isObject) startRecord();
            else m_recordDepth = 2;
            return true;
        }
        if (m_depth == 2 && m_isInRecord && m_recordDepth == 1 && !isObject && m_key == "value") {
            // An OData page: the records are the elements of "value".
            m_isInRecord = false;
            m_head.keys.clear();
            m_head.hasRecord = false;
            m_recordDepth = 3;
            return true;
        }
        if (m_depth == m_recordDepth && isObject && !m_head.hasRecord) startRecord();
        return true;
    }
    void startRecord() {
        m_isInRecord = true;
        m_head.hasRecord = true;
        m_recordDepth = m_depth;
    }
    bool close() {
        if (m_isInRecord && m_depth == m_recordDepth) return false;   // first record complete
        --m_depth;
        return true;
    }

    JsonHead& m_head;
    int m_depth = 0;
    int m_recordDepth = 1;
    bool m_isInRecord = false;
    std::string m_key;
};

}  // namespace

bool JsonHead::contextContains(std::string_view text) const { return containsNoCase(odataContext, text); }

JsonHead sniffJsonHead(std::string_view head) {
    JsonHead result;
    if (head.size() >= 3 && static_cast<unsigned char>(head[0]) == 0xEF && static_cast<unsigned char>(head[1]) == 0xBB &&
        static_cast<unsigned char>(head[2]) == 0xBF)
        head.remove_prefix(3);
    const auto start = head.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos || (head[start] != '{' && head[start] != '[')) return result;
    result.isJson = true;
    HeadSax sax(result);
    // Stops at the end of the first record or where the head was cut.
    Json::sax_parse(head.substr(start), &sax, Json::input_format_t::json, false);
    return result;
}

}  // namespace hitome::core
