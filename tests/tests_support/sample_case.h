// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small case written straight into the store: three hosts, a SYSTEM task
// "Updater" on two of them, persistence and discovery alerts, an analyst
// note. For tests of what reads a case (reports, exports).

#include <filesystem>

namespace hitome::core {
class Connection;
}

namespace hitome::test {

void fillSampleCase(core::Connection& conn);
// Creates `path` as a case holding the sample.
void writeSampleCase(const std::filesystem::path& path);

}  // namespace hitome::test
