#include "subcommands.h"

#include "attributionevaluator.h"
#include "commandline.h"
#include "documentreader.h"
#include "goldcorpus.h"
#include "subcommandparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <optional>

namespace Sourcelight {

namespace {

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

void EvaluateCommand::declare(SubcommandParser &parser)
{
    parser.addRequiredOption(QStringLiteral("gold"));
    parser.addChoice(QStringLiteral("split"), {QStringLiteral("all"), QStringLiteral("dev"), QStringLiteral("test")});
    parser.addChoice(QStringLiteral("format"), {QStringLiteral("json"), QStringLiteral("text")});
    parser.setNoPositionalArguments();
}

int EvaluateCommand::run(const SubcommandParser &parser, QTextStream &out, QTextStream & /*err*/)
{
    const QString gold = parser.value(QStringLiteral("gold"));
    const QString split = parser.value(QStringLiteral("split"));
    const QString format = parser.value(QStringLiteral("format"));

    QList<GoldArticle> articles;
    QString error;
    const QStringList files = goldFiles(gold);
    if (files.isEmpty()) {
        error = tr("no *.jsonl file in '%1'").arg(gold);
    }
    if (!error.isEmpty() || !readGold(files, articles, &error)) {
        return parser.failure(error);
    }

    AttributionEvaluator evaluator;
    for (const GoldArticle &article : std::as_const(articles)) {
        if (split == QLatin1String("all") || article.split == split) {
            evaluator.add(article);
        }
    }
    if (format == QLatin1String("text")) {
        out << evaluator.toText();
    } else {
        out << QString::fromUtf8(evaluator.toJson());
    }
    out.flush();
    return CommandLine::Success;
}

} // namespace Sourcelight
