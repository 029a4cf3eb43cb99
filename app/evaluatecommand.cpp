#include "evaluatecommand.h"

#include "attributionevaluator.h"
#include "commandline.h"
#include "documentreader.h"
#include "goldcorpus.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <optional>

namespace Sourcelight {

namespace {

struct Options
{
    QString gold;
    QString split = QStringLiteral("all");
    bool text = false;
};

/// The value of "--name value" or "--name=value"; advances index past it. nullopt when the value is missing.
std::optional<QString> optionValue(const QStringList &arguments, qsizetype &index, const QString &name)
{
    const QString &argument = arguments[index];
    if (argument.startsWith(name + QLatin1Char('='))) {
        return argument.mid(name.size() + 1);
    }
    if (index + 1 >= arguments.size()) {
        return std::nullopt;
    }
    return arguments[++index];
}

/// The gold files named by --gold: the file itself, or every *.jsonl in a directory (not recursively).
QStringList goldFiles(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir()) {
        return {path};
    }
    QStringList files;
    const QDir dir(path);
    const QStringList names = dir.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        files.append(dir.filePath(name));
    }
    return files;
}

/// Reads and parses every gold file; false with a message when one cannot be read or parsed.
bool readGold(const QStringList &files, QList<GoldArticle> &articles, QString *error)
{
    for (const QString &path : files) {
        QFile file;
        QString why;
        if (!DocumentReader::openRegularFile(path, file, &why)) {
            *error = EvaluateCommand::tr("cannot open '%1': %2").arg(path, why);
            return false;
        }
        const std::optional<QByteArray> bytes
            = DocumentReader::readLimited(file, DocumentReader::MaximumFileSize, &why);
        if (!bytes) {
            *error = EvaluateCommand::tr("%1: %2").arg(path, why);
            return false;
        }
        if (!GoldCorpus::parse(*bytes, path, articles, error)) {
            return false;
        }
    }
    return true;
}

} // namespace

QString EvaluateCommand::summary()
{
    return tr("score the suggested attributions against labelled articles (JSON or text)");
}

QString EvaluateCommand::usage()
{
    return tr("Usage: sourcelight evaluate --gold FILE|DIR [--split all|dev|test] [--format json|text]\n\n"
              "Runs the attribution suggester on every labelled article of a gold file (JSONL, see\n"
              "docs/gold-format.md) and prints source precision, recall and F1 by split, cue class and source\n"
              "kind, with the missed sources. A directory means every *.jsonl file in it.\n\n"
              "  --gold PATH      gold JSONL file, or a directory of them (required)\n"
              "  --split SPLIT    only the articles of this split: all (default), dev or test\n"
              "  --format FORMAT  json (default: one JSON object) or text (a summary for people)\n"
              "  -h, --help       show this help\n");
}

int EvaluateCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Options options;
    const auto usageError = [&err](const QString &message) {
        err << tr("sourcelight evaluate: %1").arg(message) << "\n\n" << usage();
        err.flush();
        return int(CommandLine::UsageError);
    };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            out << usage();
            out.flush();
            return CommandLine::Success;
        }
        QString name;
        for (const char *option : {"--gold", "--split", "--format"}) {
            const QString candidate = QString::fromLatin1(option);
            if (argument == candidate || argument.startsWith(candidate + QLatin1Char('='))) {
                name = candidate;
            }
        }
        if (name.isEmpty()) {
            return usageError(tr("unknown argument '%1'").arg(argument));
        }
        const std::optional<QString> value = optionValue(arguments, i, name);
        if (!value || value->isEmpty()) {
            return usageError(tr("%1 needs a value").arg(name));
        }
        if (name == QLatin1String("--gold")) {
            options.gold = *value;
        } else if (name == QLatin1String("--split")) {
            if (*value != QLatin1String("all") && *value != QLatin1String("dev") && *value != QLatin1String("test")) {
                return usageError(tr("unknown split '%1' (use all, dev or test)").arg(*value));
            }
            options.split = *value;
        } else {
            if (*value != QLatin1String("json") && *value != QLatin1String("text")) {
                return usageError(tr("unknown format '%1' (use json or text)").arg(*value));
            }
            options.text = *value == QLatin1String("text");
        }
    }
    if (options.gold.isEmpty()) {
        return usageError(tr("missing --gold FILE|DIR"));
    }

    QList<GoldArticle> articles;
    QString error;
    const QStringList files = goldFiles(options.gold);
    if (files.isEmpty()) {
        error = tr("no *.jsonl file in '%1'").arg(options.gold);
    }
    if (!error.isEmpty() || !readGold(files, articles, &error)) {
        err << tr("sourcelight evaluate: %1").arg(error) << '\n';
        err.flush();
        return CommandLine::Failure;
    }

    AttributionEvaluator evaluator;
    for (const GoldArticle &article : std::as_const(articles)) {
        if (options.split == QLatin1String("all") || article.split == options.split) {
            evaluator.add(article);
        }
    }
    if (options.text) {
        out << evaluator.toText();
    } else {
        out << QString::fromUtf8(evaluator.toJson());
    }
    out.flush();
    return CommandLine::Success;
}

} // namespace Sourcelight
