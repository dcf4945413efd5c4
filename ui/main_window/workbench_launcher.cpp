// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main_window/workbench_launcher.h"

#include <QApplication>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>

#include "ui/main_window/main_window.h"
#include "ui/main_window/workbench_controller.h"
#include "ui/report/report_controller.h"
#include "ui/util/language_manager.h"

namespace hitome::ui {

int launchWorkbench(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Hitome"));
    QApplication::setApplicationName(QStringLiteral("Hitome"));
    QApplication::setApplicationDisplayName(QStringLiteral("Hitome"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/hitome.svg")));
    LanguageManager languages;
    languages.apply(languages.savedLanguage());
    MainWindow window;
    WorkbenchController controller(&window, &languages);
    new ReportController(&window, &languages);  // owned by the window
    window.show();
    QStringList args = QApplication::arguments();
    args.removeFirst();
    QTimer::singleShot(0, &window, [&controller, args] { controller.handleArguments(args); });
    return QApplication::exec();
}

}  // namespace hitome::ui
