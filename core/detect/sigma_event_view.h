// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One event as the rules see it: field values looked up by interned id,
// lowered (ASCII) on first use and cached for every rule that asks again.
// Reusable: bind() a new event to keep the buffers.

#include <string>
#include <vector>

#include "core/detect/candidate_marks.h"
#include "core/detect/sigma_field_table.h"
#include "core/model/win_event.h"

namespace hitome::core {

class SigmaEventView {
public:
    explicit SigmaEventView(const SigmaFieldTable& fields);

    void bind(const WinEvent& event);
    const WinEvent& event() const { return *m_event; }

    // The field's text as recorded, or nullptr when the event lacks it.
    const std::string* raw(int fieldId);
    const std::string* lowered(int fieldId);
    // Every EventData value, lowered (keyword searches).
    const std::vector<std::string>& allLowered();
    // The lowered channel (from the provider when the record names none): the index key.
    const std::string& channelKey() const { return m_channelKey; }
    // Scratch for RuleSet's prefilter, kept here because the view is per thread.
    CandidateMarks& marks() { return m_marks; }
    std::vector<int>& candidates() { return m_candidates; }

private:
    int dataIndex(int fieldId);
    const std::string* header(SigmaHeaderField field);

    const SigmaFieldTable& m_fields;
    const WinEvent* m_event = nullptr;
    bool m_isSecurity4688 = false;
    std::vector<int> m_index;             // per field id: -2 unresolved, -1 absent, >= 0 data index, -3 header
    std::vector<std::string> m_lowered;   // per data index
    std::vector<char> m_hasLowered;
    std::vector<std::string> m_allLowered;
    bool m_hasAllLowered = false;
    std::string m_eventIdText, m_headerLowered[4], m_channelKey;
    bool m_hasHeaderLowered[4] = {};
    CandidateMarks m_marks;
    std::vector<int> m_candidates;
};

}  // namespace hitome::core
