#pragma once

#include <QStringList>

namespace Sourcelight {

/// How a run of the executable is served: the command line needs no display, the GUI does.
enum class LaunchMode {
    Gui,
    CommandLine,
};

/// Decides from the raw arguments (program name first) whether this run is a command-line request
/// (a subcommand, --version, --help, or something that is neither a file nor a GUI option, which the
/// command line then rejects with its usage) or a GUI start.
LaunchMode launchModeFor(const QStringList &arguments);

/// Sets the application identity shared by GUI and command line (name, version, organisation).
void setApplicationIdentity();

/// Creates the QCoreApplication or QApplication that the arguments call for and runs it.
int runApplication(int argc, char *argv[]);

} // namespace Sourcelight
