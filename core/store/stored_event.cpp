// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/stored_event.h"

#include <nlohmann/json.hpp>

#include "core/store/statement.h"

namespace hitome::core {

const char* const kStoredEventColumns =
    "e.id, e.source_id, e.host_id, e.process_id, e.time, e.computer, e.channel, e.provider, e.event_id, "
    "e.record_id, e.level, e.task, e.opcode, e.keywords, e.user_sid, e.recovered, e.data";

namespace {

std::string valueText(const nlohmann::ordered_json& v) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_null()) return {};
    return v.dump();
}

}  // namespace

bool parseFieldsJson(const std::string& json, std::vector<EventField>& out) {
    out.clear();
    auto doc = nlohmann::ordered_json::parse(json, nullptr, false);
    if (doc.is_discarded()) return false;
    if (doc.is_object()) {
        out.reserve(doc.size());
        for (auto it = doc.begin(); it != doc.end(); ++it) out.push_back({it.key(), valueText(it.value())});
        return true;
    }
    if (!doc.is_array()) return false;
    for (const auto& pair : doc) {
        if (!pair.is_array() || pair.size() != 2 || !pair[0].is_string()) return false;
        out.push_back({pair[0].get<std::string>(), valueText(pair[1])});
    }
    return true;
}

void readStoredEvent(const Statement& st, StoredEvent& out) {
    out.id = st.columnInt(0);
    out.sourceId = st.columnInt(1);
    out.hostId = st.columnOptionalInt(2);
    out.processId = st.columnOptionalInt(3);
    WinEvent& e = out.event;
    e.time = st.columnInt(4);
    e.computer = st.columnText(5);
    e.channel = st.columnText(6);
    e.provider = st.columnText(7);
    e.eventId = static_cast<std::uint32_t>(st.columnInt(8));
    e.recordId = static_cast<std::uint64_t>(st.columnInt(9));
    e.level = static_cast<std::uint8_t>(st.columnInt(10));
    e.task = static_cast<std::uint16_t>(st.columnInt(11));
    e.opcode = static_cast<std::uint8_t>(st.columnInt(12));
    e.keywords = static_cast<std::uint64_t>(st.columnInt(13));
    e.userSid = st.columnText(14);
    e.isRecovered = st.columnInt(15) != 0;
    e.processId = 0;
    e.threadId = 0;
    if (!parseFieldsJson(st.columnText(16), e.data)) e.data.clear();
}

}  // namespace hitome::core
