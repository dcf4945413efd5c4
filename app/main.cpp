// SPDX-License-Identifier: GPL-3.0-or-later
// The hitome executable: `hitome <command> ...` runs a headless subcommand;
// anything else opens the workbench GUI (files given are imported/opened).

#include <QCoreApplication>
#include <QGuiApplication>

#include <iostream>
#include <string>
#include <vector>

#include "app/cli/command_registry.h"
#include "app/gui_entry.h"

namespace {

void printUsage(std::ostream& out) {
    out << "usage: hitome [FILE...]            open the workbench (a case file, or incident files to import)\n"
           "       hitome <command> [--help]   run a headless command\n\ncommands:\n";
    for (const auto& cmd : hitome::app::CommandRegistry::all())
        out << "  " << cmd.name << std::string(cmd.name.size() < 12 ? 12 - cmd.name.size() : 1, ' ') << cmd.summary
            << "\n";
}

}  // namespace

int main(int argc, char** argv) {
    using namespace hitome::app;
    const std::string first = argc > 1 ? argv[1] : std::string();
    if (first == "--help" || first == "-h" || first == "help") {
        printUsage(std::cout);
        return kExitOk;
    }
    if (first == "--version") {
        std::cout << "hitome " << HITOME_VERSION << "\n";
        return kExitOk;
    }
    if (const CommandInfo* cmd = CommandRegistry::find(first)) {
        CliContext ctx{std::vector<std::string>(argv + 2, argv + argc), std::cout, std::cerr};
        if (cmd->needsGuiApplication) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            return cmd->run(ctx);
        }
        // A core application gives the CLI Qt resources without a display.
        QCoreApplication app(argc, argv);
        return cmd->run(ctx);
    }
    if (!first.empty() && first[0] != '-' && first.find('.') == std::string::npos && first.find('/') == std::string::npos) {
        std::cerr << "error: unknown command '" << first << "'\n";
        printUsage(std::cerr);
        return kExitUsage;
    }
    return runGui(argc, argv);
}
