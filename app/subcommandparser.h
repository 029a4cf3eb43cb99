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
    /// An option taking a value, with the usual message when the value is missing ("--project needs a value").
    void addOption(const QStringList &names);
    /// An option taking a value that parse() refuses to go on without (see setRequired()).
    void addRequiredOption(const QString &name);
    /// An option without a value.
    void addFlag(const QStringList &names);
    /// An option taking one of choices, the first being the default: value() gives it when the option is not set,
    /// and parse() refuses any other value ("unknown format 'xml' (use json or text)"; the option's name, or
    /// noun when given, stands for what is unknown).
    void addChoice(const QString &name, const QStringList &choices, const QString &noun = {});
    /// An option parse() refuses to go on without ("--project is required").
    void setRequired(const QString &name);
    /// parse() refuses positional arguments, with the unknown-option message, which becomes
    /// "unknown argument '%1'" unless set.
    void setNoPositionalArguments();
    /// The message for an unknown option (with one %1, the argument as given); default "unknown option '%1'".
    void setUnknownOptionMessage(const QString &message);

    /// Parses the subcommand's arguments (without the program and command names) and checks them against what was
    /// declared: no positional arguments when refused, then the choices, then the required options, in the order
    /// declared. Returns the exit code when the command is done already — help printed (0) or a usage error
    /// printed (2) — and nullopt when it should go on.
    std::optional<int> parse(const QStringList &arguments);

    bool isSet(const QString &name) const;
    QString value(const QString &name) const;
    QStringList values(const QString &name) const;
    QStringList positionalArguments() const;

    /// Prints "sourcelight COMMAND: message" and the usage to standard error; returns the usage-error exit code.
    int usageError(const QString &message) const;
    /// Prints "sourcelight COMMAND: message" to standard error; returns the failure exit code.
    int failure(const QString &message) const;

    /// Reads a UTF-8 text file, or standard input for "-", as the commands read their input: only a regular file
    /// (DocumentReader::openRegularFile), at most DocumentReader::MaximumFileSize bytes, no NUL byte, valid UTF-8 (a
    /// byte order mark kept as U+FEFF so that code point offsets match the input as given). On failure prints why
    /// (as failure() does) and returns nullopt.
    std::optional<QString> readUtf8Input(const QString &file) const;

private:
    QString parseError(const QStringList &arguments) const;
    /// The first declared rule the parsed arguments break, or an empty string.
    QString ruleError() const;

    struct Choice
    {
        QString name;
        QStringList values;
        QString noun;
    };

    QCommandLineParser m_parser;
    QString m_command;
    QString m_usage;
    QString m_unknownOption;
    bool m_unknownOptionSet = false;
    QHash<QString, QString> m_missingValue; // every name of a value option → its message
    QList<Choice> m_choices;
    QStringList m_required;
    bool m_positionalAllowed = true;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Sourcelight
