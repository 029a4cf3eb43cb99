#include "commandline.h"

#include "subcommandparser.h"
#include "subcommands.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <ksyntaxhighlighting_version.h>

#include <algorithm>

namespace Sourcelight {

namespace {

/// The table entry of a subcommand class (subcommands.h), under the name that calls it.
template<typename Command> CommandLine::Subcommand subcommand(const QString &name)
{
    return {name, Command::summary(), &Command::usage, &Command::declare, &Command::run};
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

const QList<CommandLine::Subcommand> &CommandLine::subcommands()
{
    static const QList<Subcommand> commands = {
        subcommand<AgreementCommand>(QStringLiteral("agreement")),
        subcommand<AnalyzeCommand>(QStringLiteral("analyze")),
        subcommand<EvaluateCommand>(QStringLiteral("evaluate")),
        subcommand<ExportCommand>(QStringLiteral("export")),
        subcommand<ImportCommand>(QStringLiteral("import")),
        subcommand<PublishCommand>(QStringLiteral("publish")),
        subcommand<StatsCommand>(QStringLiteral("stats")),
        subcommand<TeamCommand>(QStringLiteral("team")),
    };
    return commands;
}

bool CommandLine::isSubcommand(const QString &word)
{
    const auto &commands = subcommands();
    return std::any_of(commands.cbegin(), commands.cend(), [&word](const Subcommand &c) { return c.name == word; });
}

QString CommandLine::usage()
{
    QString text
        = tr("Usage: sourcelight [--project FILE] [FILE…]\n"
             "       sourcelight COMMAND [OPTIONS…]\n"
             "       sourcelight --version | --help\n\n"
             "Without a command, opens the review window (on the default library unless a project is given).\n");
    if (!subcommands().isEmpty()) {
        text += QLatin1Char('\n') + tr("Commands (no display needed):") + QLatin1Char('\n');
        for (const Subcommand &command : subcommands()) {
            text += QStringLiteral("  %1  %2\n").arg(command.name, -9).arg(command.summary);
        }
        text += QLatin1Char('\n') + tr("Run 'sourcelight COMMAND --help' for a command's options.") + QLatin1Char('\n');
    }
    return text;
}

int CommandLine::printJson(QTextStream &out, const QJsonObject &json)
{
    return printText(out, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
}

int CommandLine::printText(QTextStream &out, const QString &text)
{
    out << text;
    out.flush();
    return Success;
}

int CommandLine::runSubcommand(const Subcommand &command, const QStringList &arguments)
{
    SubcommandParser parser(command.name, command.usage(), m_out, m_err);
    command.declare(parser);
    if (const std::optional<int> done = parser.parse(arguments)) {
        return *done;
    }
    return command.run(parser, m_out, m_err);
}

int CommandLine::run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        m_err << usage();
        m_err.flush();
        return UsageError;
    }
    const QString &first = args.first();
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        m_out << tr("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))
              << '\n';
        m_out << tr("KDE Frameworks SyntaxHighlighting %1").arg(QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING))
              << '\n';
        m_out.flush();
        return Success;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        m_out << usage();
        m_out.flush();
        return Success;
    }
    for (const Subcommand &command : subcommands()) {
        if (command.name == first) {
            return runSubcommand(command, args.mid(1));
        }
    }
    if (first.startsWith(QLatin1Char('-'))) {
        m_err << tr("sourcelight: unknown option '%1'").arg(first) << "\n\n" << usage();
    } else {
        m_err << tr("sourcelight: '%1' is neither a command nor a file").arg(first) << "\n\n" << usage();
    }
    m_err.flush();
    return UsageError;
}

} // namespace Sourcelight
