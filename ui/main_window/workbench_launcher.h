// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace hitome::ui {

// Creates the QApplication and the main window; returns the exit code.
int launchWorkbench(int argc, char** argv);

}  // namespace hitome::ui
