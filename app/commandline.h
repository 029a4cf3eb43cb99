#pragma once

#include <QCoreApplication>
#include <QStringList>

class QJsonObject;
class QTextStream;

namespace Sourcelight {

class SubcommandParser;

/// The display-free side of the executable: --version, --help and the subcommands
/// (analyze, import, export, stats). Output goes to the streams it is given, so tests can read it.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    /// Exit codes, stable for scripts.
    enum ExitCode {
        Success = 0,
        Failure = 1,    ///< the request was understood but did not succeed (a file failed to import, …)
        UsageError = 2, ///< unknown subcommand or option, missing argument
    };

    CommandLine(QTextStream &out, QTextStream &err);

    /// Runs the request; arguments start with the program name, as QCoreApplication::arguments() does.
    int run(const QStringList &arguments);

    /// The general usage text, listing every subcommand.
    static QString usage();

    /// Whether word names a subcommand.
    static bool isSubcommand(const QString &word);

    /// A subcommand (subcommands.h): it declares its options on a parser, and runs once they have parsed.
    struct Subcommand
    {
        QString name;
        QString summary;
        QString (*usage)();
        void (*declare)(SubcommandParser &parser);
        int (*run)(const SubcommandParser &parser, QTextStream &out, QTextStream &err);
    };
    /// Every subcommand this build provides.
    static const QList<Subcommand> &subcommands();

    /// Prints a command's JSON result as one compact line and returns Success.
    static int printJson(QTextStream &out, const QJsonObject &json);
    /// Prints a command's result for people and returns Success.
    static int printText(QTextStream &out, const QString &text);

private:
    /// Parses a subcommand's arguments (the words after its name) as it declares them, then runs it.
    int runSubcommand(const Subcommand &command, const QStringList &arguments);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Sourcelight
