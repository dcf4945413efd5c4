// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui_entry.h"

#include "ui/main_window/workbench_launcher.h"

namespace hitome::app {

int runGui(int argc, char** argv) { return hitome::ui::launchWorkbench(argc, argv); }

}  // namespace hitome::app
