// SPDX-License-Identifier: GPL-3.0-or-later
// A Sigma rule of arbitrary text (rule packs come from outside) compiled and
// matched against a process-creation event whose field values follow the
// rule in the input, after a line "--- event". Besides not crashing: the
// literal prefilter never changes what matches (a rule it wrongly skipped
// would be a missed detection).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/detect/rule_set.h"
#include "core/detect/sigma_event_view.h"

using namespace hitome::core;

namespace {

constexpr std::string_view kEventMark = "\n--- event\n";
constexpr const char* kFieldNames[] = {"Image", "CommandLine", "ParentImage", "ParentCommandLine", "User",
                                       "OriginalFileName", "CurrentDirectory", "IntegrityLevel"};

WinEvent processCreation(std::string_view values) {
    WinEvent e;
    e.channel = "Microsoft-Windows-Sysmon/Operational";
    e.provider = "Microsoft-Windows-Sysmon";
    e.eventId = 1;
    for (const char* name : kFieldNames) {
        const std::size_t end = values.find('\n');
        e.data.push_back({name, std::string(values.substr(0, end))});
        if (end == std::string_view::npos) break;
        values.remove_prefix(end + 1);
    }
    return e;
}

std::vector<int> hitsOf(std::string_view rule, const WinEvent& event, bool usePrefilter) {
    RuleSet rules;
    RuleLoadReport report;
    rules.addRuleText(rule, "fuzz.yml", report);
    rules.finalize(usePrefilter);
    SigmaEventView view(rules.fields());
    std::vector<int> hits;
    rules.match(event, view, hits);
    return hits;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const std::size_t mark = input.find(kEventMark);
    const std::string_view rule = input.substr(0, mark);
    const WinEvent event =
        processCreation(mark == std::string_view::npos ? std::string_view() : input.substr(mark + kEventMark.size()));
    if (hitsOf(rule, event, true) != hitsOf(rule, event, false)) __builtin_trap();
    return 0;
}
