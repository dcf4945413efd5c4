// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace hitome::app {

// Opens the workbench: argv may name a case file or incident files to import;
// with none, the last case or the demo incident. Returns the exit code.
int runGui(int argc, char** argv);

}  // namespace hitome::app
