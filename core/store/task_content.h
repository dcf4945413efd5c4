// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The parts of a Task Scheduler XML definition (Security 4698 TaskContent)
// an analyst needs: author, triggers, actions, run-as principal, hidden flag.
// A tolerant scanner, not a validating XML parser: attacker XML never crashes it.

#include <string>
#include <string_view>

namespace hitome::core {

struct TaskContent {
    std::string author;
    std::string runAs;      // Principal UserId, or GroupId
    std::string runLevel;   // HighestAvailable / LeastPrivilege
    std::string actions;    // "C:\x.exe args; ..." (Exec), ComHandler ClassId otherwise
    std::string triggers;   // "TimeTrigger 2024-01-01T10:51:00; CalendarTrigger daily ..."
    bool isHidden = false;
};

TaskContent parseTaskContent(std::string_view xml);

// Text of the first <tag>…</tag> inside `xml` (entities decoded), "" if absent.
std::string xmlElementText(std::string_view xml, std::string_view tag);
std::string decodeXmlEntities(std::string_view text);

}  // namespace hitome::core
