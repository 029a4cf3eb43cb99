#include "application.h"

#include "appearance.h"
#include "commandline.h"
#include "defaultlibrary.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "subcommands.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace Sourcelight {

namespace {

// Options QApplication consumes itself; their presence alone does not make a run a command-line request.
enum class QtOption { None, Flag, WithValue };

QtOption qtGuiOption(const QString &argument)
{
    static const QStringList withValue = {
        QStringLiteral("-platform"),
        QStringLiteral("-platformpluginpath"),
        QStringLiteral("-platformtheme"),
        QStringLiteral("-plugin"),
        QStringLiteral("-qwindowgeometry"),
        QStringLiteral("-qwindowtitle"),
        QStringLiteral("-qwindowicon"),
        QStringLiteral("-style"),
        QStringLiteral("-stylesheet"),
        QStringLiteral("-display"),
        QStringLiteral("-geometry"),
        QStringLiteral("-session"),
    };
    static const QStringList flags = {QStringLiteral("-reverse"), QStringLiteral("-widgetcount"),
        QStringLiteral("-nograb"), QStringLiteral("-dograb")};
    if (flags.contains(argument)) {
        return QtOption::Flag;
    }
    if (withValue.contains(argument)) {
        return QtOption::WithValue;
    }
    if (withValue.contains(argument.section(QLatin1Char('='), 0, 0))) {
        return QtOption::Flag; // -style=fusion carries its value
    }
    return QtOption::None;
}

} // namespace

LaunchMode launchModeFor(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--project")) {
            ++i; // its value
            continue;
        }
        if (arg.startsWith(QLatin1String("--project="))) {
            continue;
        }
        if (const QtOption option = qtGuiOption(arg); option != QtOption::None) {
            if (option == QtOption::WithValue) {
                ++i;
            }
            continue;
        }
        if (arg.startsWith(QLatin1Char('-'))) {
            return LaunchMode::CommandLine; // --version, --help or a bad option: the command line answers
        }
        if (CommandLine::isSubcommand(arg)) {
            return LaunchMode::CommandLine;
        }
        // A file to open in the GUI, or a word that is neither: the command line reports the latter.
        const QFileInfo info(arg);
        if (!info.exists() && !arg.contains(QLatin1Char('/')) && !arg.contains(QLatin1Char('.'))) {
            return LaunchMode::CommandLine;
        }
    }
    return LaunchMode::Gui;
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("sourcelight"));
    QCoreApplication::setApplicationName(QStringLiteral("sourcelight"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOURCELIGHT_VERSION));
}

int runApplication(int argc, char *argv[])
{
    QStringList raw;
    raw.reserve(argc);
    for (int i = 0; i < argc; ++i) {
        raw.append(QString::fromLocal8Bit(argv[i]));
    }

    if (launchModeFor(raw) == LaunchMode::CommandLine) {
        // HTML charts and PDF pages paint text, which needs a QGuiApplication's fonts: offscreen, no display needed.
        const bool fonts = ExportCommand::needsGuiApplication(raw);
        if (fonts) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        const std::unique_ptr<QCoreApplication> app = fonts
            ? std::unique_ptr<QCoreApplication>(std::make_unique<QGuiApplication>(argc, argv))
            : std::make_unique<QCoreApplication>(argc, argv);
        setApplicationIdentity();
        LanguageSwitcher languages;
        languages.apply(LanguageSwitcher::configuredLanguage());
        QTextStream out(stdout);
        QTextStream err(stderr);
        CommandLine cli(out, err);
        return cli.run(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Sourcelight"));
    QApplication::setDesktopFileName(QStringLiteral("org.sourcelight.Sourcelight"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sourcelight.svg")));
    LanguageSwitcher languages;
    languages.apply(LanguageSwitcher::configuredLanguage());
    Appearance::apply(Appearance::configured());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Application", "Source-attributed claim review"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption projectOption(QStringLiteral("project"),
        QCoreApplication::translate("Application", "Open this project file."),
        QCoreApplication::translate("Application", "file"));
    parser.addOption(projectOption);
    parser.addPositionalArgument(QStringLiteral("files"),
        QCoreApplication::translate("Application", "Projects or articles to open."), QStringLiteral("[files…]"));
    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream err(stderr);
        err << parser.errorText() << '\n' << CommandLine::usage();
        return 2;
    }

    MainWindow window(&languages);
    window.show();

    // A project named on the command line, else the default library (created and seeded on first start);
    // other files given are articles to import into it.
    QString projectPath = parser.value(projectOption);
    QStringList articles;
    for (const QString &file : parser.positionalArguments()) {
        if (file.endsWith(QLatin1String(".sourcelight")) && projectPath.isEmpty()) {
            projectPath = file;
        } else {
            articles << file;
        }
    }
    if (projectPath.isEmpty()) {
        QString error;
        const std::optional<QString> library = DefaultLibrary::ensure(&error);
        if (!library) {
            QMessageBox::critical(&window, QCoreApplication::translate("Application", "Sourcelight"),
                QCoreApplication::translate("Application", "The default library could not be created: %1").arg(error));
        } else {
            projectPath = *library;
        }
    }
    if (!projectPath.isEmpty() && window.openProject(projectPath) && !articles.isEmpty()) {
        window.importFiles(articles);
    }
    // For bench/coldstart_bench: quit as soon as the event loop has handled the shown window's first events.
    if (qEnvironmentVariableIntValue("SOURCELIGHT_EXIT_AFTER_SHOW") == 1) {
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    }
    return QApplication::exec();
}

} // namespace Sourcelight
