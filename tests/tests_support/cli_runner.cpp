// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests_support/cli_runner.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace hitome::test {

CliRun runHitome(const std::vector<std::string>& args, int timeoutMs) { return runHitomeWithEnv(args, {}, timeoutMs); }

CliRun runHitomeWithEnv(const std::vector<std::string>& args,
                        const std::vector<std::pair<std::string, std::string>>& env, int timeoutMs) {
    QStringList qargs;
    for (const auto& a : args) qargs << QString::fromStdString(a);
    QProcess proc;
    if (!env.empty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const auto& [name, value] : env) environment.insert(QString::fromStdString(name), QString::fromStdString(value));
        proc.setProcessEnvironment(environment);
    }
    proc.setProgram(QStringLiteral(HITOME_BINARY));
    proc.setArguments(qargs);
    proc.start();
    CliRun run;
    if (!proc.waitForFinished(timeoutMs)) {
        proc.kill();
        proc.waitForFinished();
        run.err = "timed out";
        return run;
    }
    run.exitCode = proc.exitStatus() == QProcess::NormalExit ? proc.exitCode() : -1;
    run.out = proc.readAllStandardOutput().toStdString();
    run.err = proc.readAllStandardError().toStdString();
    return run;
}

}  // namespace hitome::test
