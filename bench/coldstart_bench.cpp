// Cold start to a shown window (DESIGN.md budget: < 400 ms): launches the built sourcelight executable offscreen
// with SOURCELIGHT_EXIT_AFTER_SHOW=1 (app/application.cpp quits once the event loop has handled the shown window
// and its project) and times the whole process, start to exit. First start: a fresh HOME, so the default library
// is created and seeded; then the usual start, on the existing library. The OS file cache is warm either way.
// Prints one JSON line per figure.   coldstart_bench [runs]
#include "benchoutput.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using Sourcelight::Bench::print;

namespace {

// Milliseconds from launch to exit, or -1 when the application failed.
double launch(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("SOURCELIGHT_EXIT_AFTER_SHOW"), QStringLiteral("1"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(SOURCELIGHT_BINARY_DIR "/bin/sourcelight"), {});
    if (!process.waitForFinished(30'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int runs = args.size() > 1 ? std::max(1, args.at(1).toInt()) : 7;

    QList<double> first;
    QList<double> again;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir home;
        const double fresh = launch(home.path());
        const double existing = launch(home.path());
        if (fresh < 0 || existing < 0) {
            std::fprintf(stderr, "sourcelight did not start and exit cleanly\n");
            return 1;
        }
        first.append(fresh);
        again.append(existing);
    }
    std::sort(first.begin(), first.end());
    std::sort(again.begin(), again.end());
    print({{QStringLiteral("bench"), QStringLiteral("cold_start_fresh_home")}, {QStringLiteral("runs"), runs},
        {QStringLiteral("median_ms"), first.at(first.size() / 2)}, {QStringLiteral("max_ms"), first.last()},
        {QStringLiteral("budget_ms"), 400}});
    print({{QStringLiteral("bench"), QStringLiteral("cold_start")}, {QStringLiteral("runs"), runs},
        {QStringLiteral("median_ms"), again.at(again.size() / 2)}, {QStringLiteral("max_ms"), again.last()},
        {QStringLiteral("budget_ms"), 400}});
    return 0;
}
