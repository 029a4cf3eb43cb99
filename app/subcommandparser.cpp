#include "subcommandparser.h"

#include "commandline.h"

#include "documentreader.h"

#include <QFile>
#include <QStringDecoder>
#include <QTextStream>

#include <cstdio>

namespace Sourcelight {

namespace {

const QString HelpOption = QStringLiteral("help");

/// "--name=value" → "name"; "-o" → "o".
QString optionName(const QString &argument)
{
    QString name = argument.section(QLatin1Char('='), 0, 0);
    while (name.startsWith(QLatin1Char('-'))) {
        name.remove(0, 1);
    }
    return name;
}

} // namespace

SubcommandParser::SubcommandParser(const QString &command, const QString &usage, QTextStream &out, QTextStream &err)
    : m_command(command)
    , m_usage(usage)
    , m_unknownOption(tr("unknown option '%1'"))
    , m_out(out)
    , m_err(err)
{
    // Long-option mode: "-o" is one option, not a cluster of short ones, and nothing is glued to its value.
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(QCommandLineOption(QStringList {QStringLiteral("h"), HelpOption}));
}

void SubcommandParser::addOption(const QStringList &names, const QString &missingValue)
{
    m_parser.addOption(QCommandLineOption(names, QString(), QStringLiteral("value")));
    for (const QString &name : names) {
        m_missingValue.insert(name, missingValue);
    }
}

void SubcommandParser::addOption(const QStringList &names)
{
    addOption(names, tr("%1 needs a value"));
}

void SubcommandParser::addRequiredOption(const QString &name)
{
    addOption({name});
    setRequired(name);
}

void SubcommandParser::addFlag(const QStringList &names)
{
    m_parser.addOption(QCommandLineOption(names));
}

void SubcommandParser::addChoice(const QString &name, const QStringList &choices, const QString &noun)
{
    addOption({name});
    m_choices.append({name, choices, noun.isEmpty() ? name : noun});
}

void SubcommandParser::setRequired(const QString &name)
{
    m_required.append(name);
}

void SubcommandParser::setNoPositionalArguments()
{
    m_positionalAllowed = false;
    if (!m_unknownOptionSet) {
        m_unknownOption = tr("unknown argument '%1'");
    }
}

void SubcommandParser::setUnknownOptionMessage(const QString &message)
{
    m_unknownOption = message;
    m_unknownOptionSet = true;
}

std::optional<int> SubcommandParser::parse(const QStringList &arguments)
{
    const bool parsed = m_parser.parse(QStringList {QStringLiteral("sourcelight")} + arguments);
    if (m_parser.isSet(HelpOption)) {
        m_out << m_usage;
        m_out.flush();
        return CommandLine::Success;
    }
    if (!parsed) {
        return usageError(parseError(arguments));
    }
    if (const QString error = ruleError(); !error.isEmpty()) {
        return usageError(error);
    }
    return std::nullopt;
}

QString SubcommandParser::ruleError() const
{
    if (const QStringList extra = m_parser.positionalArguments(); !m_positionalAllowed && !extra.isEmpty()) {
        return m_unknownOption.arg(extra.first());
    }
    for (const Choice &choice : m_choices) {
        const QString given = value(choice.name);
        if (!choice.values.contains(given)) {
            QString allowed = choice.values.last();
            if (choice.values.size() > 1) {
                allowed = tr("%1 or %2")
                              .arg(choice.values.first(choice.values.size() - 1).join(QLatin1String(", ")),
                                  choice.values.last());
            }
            return tr("unknown %1 '%2' (use %3)").arg(choice.noun, given, allowed);
        }
    }
    for (const QString &name : m_required) {
        if (value(name).isEmpty()) {
            return tr("--%1 is required").arg(name);
        }
    }
    return {};
}

QString SubcommandParser::parseError(const QStringList &arguments) const
{
    const QStringList options = arguments.mid(0, arguments.indexOf(QStringLiteral("--")));
    const QStringList unknown = m_parser.unknownOptionNames();
    if (!unknown.isEmpty()) {
        // Named as the user wrote it ("--frobnicate=3"), as the command line always has.
        for (const QString &argument : options) {
            if (argument.startsWith(QLatin1Char('-')) && optionName(argument) == unknown.first()) {
                return m_unknownOption.arg(argument);
            }
        }
        return m_unknownOption.arg(unknown.first());
    }
    // QCommandLineParser takes whatever follows an option as its value, so only the last argument can lack one.
    if (!options.isEmpty() && !options.last().contains(QLatin1Char('='))) {
        const auto missing = m_missingValue.constFind(optionName(options.last()));
        if (missing != m_missingValue.cend()) {
            return missing->contains(QLatin1String("%1")) ? missing->arg(options.last()) : *missing;
        }
    }
    return m_parser.errorText();
}

bool SubcommandParser::isSet(const QString &name) const
{
    return m_parser.isSet(name);
}

QString SubcommandParser::value(const QString &name) const
{
    if (!m_parser.isSet(name)) {
        for (const Choice &choice : m_choices) {
            if (choice.name == name) {
                return choice.values.first();
            }
        }
    }
    return m_parser.value(name);
}

QStringList SubcommandParser::values(const QString &name) const
{
    return m_parser.values(name);
}

QStringList SubcommandParser::positionalArguments() const
{
    return m_parser.positionalArguments();
}

int SubcommandParser::usageError(const QString &message) const
{
    m_err << tr("sourcelight %1: %2").arg(m_command, message) << "\n\n" << m_usage;
    m_err.flush();
    return CommandLine::UsageError;
}

int SubcommandParser::failure(const QString &message) const
{
    m_err << tr("sourcelight %1: %2").arg(m_command, message) << '\n';
    m_err.flush();
    return CommandLine::Failure;
}

std::optional<QString> SubcommandParser::readUtf8Input(const QString &path) const
{
    QFile file;
    const bool fromStdin = path == QLatin1String("-");
    const QString displayName = fromStdin ? tr("standard input") : path;
    QString error;
    if (fromStdin) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            failure(tr("cannot read standard input: %1").arg(file.errorString()));
            return std::nullopt;
        }
    } else if (!DocumentReader::openRegularFile(path, file, &error)) {
        failure(tr("cannot open '%1': %2").arg(path, error));
        return std::nullopt;
    }
    // Standard input, a pipe or a file that grows has no size to check first: the limit holds while reading.
    const std::optional<QByteArray> bytes = DocumentReader::readLimited(file, DocumentReader::MaximumFileSize, &error);
    if (!bytes) {
        failure(QStringLiteral("%1: %2").arg(displayName, error));
        return std::nullopt;
    }
    if (bytes->contains('\0')) {
        failure(tr("%1 looks like a binary file, not UTF-8 text").arg(displayName));
        return std::nullopt;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(*bytes);
    if (decoder.hasError()) {
        failure(tr("%1 is not valid UTF-8 text").arg(displayName));
        return std::nullopt;
    }
    return text;
}

} // namespace Sourcelight
