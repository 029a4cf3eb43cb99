#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <optional>

class QTextStream;

namespace Sourcelight {

/// The argument parsing every CLI subcommand shares: a QCommandLineParser in long-option mode ("--name value",
/// "--name=value", "-o value"; "--" ends the options, "-" is a positional argument), `-h`/`--help`, and the
/// error conventions of the command line — "sourcelight COMMAND: MESSAGE" on standard error, followed by the
/// command's usage for a usage error (exit code 2) or alone for a failure (exit code 1).
class SubcommandParser final
{
    Q_DECLARE_TR_FUNCTIONS(SubcommandParser)

public:
    SubcommandParser(const QString &command, const QString &usage, QTextStream &out, QTextStream &err);
    Q_DISABLE_COPY_MOVE(SubcommandParser)

    /// An option taking a value; missingValue is the message when it is given last with no value (a %1 in it is
    /// the option as the user wrote it).
    void addOption(const QStringList &names, const QString &missingValue);
    /// An option without a value.
    void addFlag(const QStringList &names);
    /// The message for an unknown option (with one %1, the argument as given); default "unknown option '%1'".
    void setUnknownOptionMessage(const QString &message);

    /// Parses the subcommand's arguments (without the program and command names). Returns the exit code when the
    /// command is done already — help printed (0) or a usage error printed (2) — and nullopt when it should go on.
    std::optional<int> parse(const QStringList &arguments);

    bool isSet(const QString &name) const;
    QString value(const QString &name) const;
    QStringList values(const QString &name) const;
    QStringList positionalArguments() const;

    /// Prints "sourcelight COMMAND: message" and the usage to standard error; returns the usage-error exit code.
    int usageError(const QString &message) const;
    /// Prints "sourcelight COMMAND: message" to standard error; returns the failure exit code.
    int failure(const QString &message) const;

private:
    QString parseError(const QStringList &arguments) const;

    QCommandLineParser m_parser;
    QString m_command;
    QString m_usage;
    QString m_unknownOption;
    QHash<QString, QString> m_missingValue; // every name of a value option → its message
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Sourcelight
