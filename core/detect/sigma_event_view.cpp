// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/sigma_event_view.h"

#include <algorithm>

#include "core/detect/sigma_logsource.h"
#include "core/util/text.h"

namespace hitome::core {

namespace {
constexpr int kUnresolved = -2;
constexpr int kAbsent = -1;
constexpr int kHeader = -3;
}  // namespace

SigmaEventView::SigmaEventView(const SigmaFieldTable& fields) : m_fields(fields) {}

void SigmaEventView::bind(const WinEvent& event) {
    m_event = &event;
    m_isSecurity4688 = event.eventId == 4688 && (equalsNoCase(event.channel, "Security") ||
                                                 equalsNoCase(event.provider, "Microsoft-Windows-Security-Auditing"));
    m_index.assign(static_cast<size_t>(m_fields.size()), kUnresolved);
    m_hasLowered.assign(event.data.size(), 0);
    if (m_lowered.size() < event.data.size()) m_lowered.resize(event.data.size());
    m_hasAllLowered = false;
    std::fill(std::begin(m_hasHeaderLowered), std::end(m_hasHeaderLowered), false);
    m_eventIdText = std::to_string(event.eventId);
    const std::string_view channel = event.channel.empty() ? channelForProvider(event.provider) : event.channel;
    m_channelKey.resize(channel.size());
    std::transform(channel.begin(), channel.end(), m_channelKey.begin(), asciiLower);
}

int SigmaEventView::dataIndex(int fieldId) {
    int& slot = m_index[static_cast<size_t>(fieldId)];
    if (slot != kUnresolved) return slot;
    if (m_fields.headerField(fieldId) != SigmaHeaderField::None) return slot = kHeader;
    std::string_view name = m_fields.name(fieldId);
    if (m_isSecurity4688 && !m_fields.securityAlias(fieldId).empty()) name = m_fields.securityAlias(fieldId);
    const auto& data = m_event->data;
    for (size_t i = 0; i < data.size(); ++i)
        if (data[i].name == name) return slot = static_cast<int>(i);
    // Exports differ in casing; 4688 exports also spell CommandLine as ProcessCommandLine.
    for (size_t i = 0; i < data.size(); ++i)
        if (equalsNoCase(data[i].name, name)) return slot = static_cast<int>(i);
    if (m_isSecurity4688 && name == "CommandLine")
        for (size_t i = 0; i < data.size(); ++i)
            if (data[i].name == "ProcessCommandLine") return slot = static_cast<int>(i);
    return slot = kAbsent;
}

const std::string* SigmaEventView::header(SigmaHeaderField field) {
    switch (field) {
    case SigmaHeaderField::EventId: return &m_eventIdText;
    case SigmaHeaderField::Channel: return &m_event->channel;
    case SigmaHeaderField::Provider: return &m_event->provider;
    case SigmaHeaderField::Computer: return &m_event->computer;
    case SigmaHeaderField::None: break;
    }
    return nullptr;
}

const std::string* SigmaEventView::raw(int fieldId) {
    const int index = dataIndex(fieldId);
    if (index == kHeader) return header(m_fields.headerField(fieldId));
    if (index < 0) return nullptr;
    return &m_event->data[static_cast<size_t>(index)].value;
}

const std::string* SigmaEventView::lowered(int fieldId) {
    const int index = dataIndex(fieldId);
    if (index == kHeader) {
        const auto field = m_fields.headerField(fieldId);
        const auto slot = static_cast<size_t>(field) - 1;
        std::string& out = m_headerLowered[slot];
        if (!m_hasHeaderLowered[slot]) {   // once per event: callers may hold the pointer
            out = toLowerAscii(*header(field));
            m_hasHeaderLowered[slot] = true;
        }
        return &out;
    }
    if (index < 0) return nullptr;
    const auto i = static_cast<size_t>(index);
    if (!m_hasLowered[i]) {
        const std::string& value = m_event->data[i].value;
        std::string& out = m_lowered[i];
        out.resize(value.size());
        std::transform(value.begin(), value.end(), out.begin(), asciiLower);
        m_hasLowered[i] = 1;
    }
    return &m_lowered[i];
}

const std::vector<std::string>& SigmaEventView::allLowered() {
    if (!m_hasAllLowered) {
        // Reuses the strings' buffers from earlier events: no allocation once warm.
        const auto& data = m_event->data;
        m_allLowered.resize(data.size());
        for (size_t i = 0; i < data.size(); ++i) {
            m_allLowered[i].resize(data[i].value.size());
            std::transform(data[i].value.begin(), data[i].value.end(), m_allLowered[i].begin(), asciiLower);
        }
        m_hasAllLowered = true;
    }
    return m_allLowered;
}

}  // namespace hitome::core
