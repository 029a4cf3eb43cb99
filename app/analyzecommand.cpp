#include "analyzecommand.h"

#include "analysisjson.h"
#include "commandline.h"
#include "documentanalyzer.h"
#include "documentreader.h"
#include "language.h"
#include "subcommandparser.h"

#include <QFile>
#include <QStringDecoder>
#include <QTextStream>

#include <cstdio>
#include <optional>

namespace Sourcelight {

namespace {

struct Options
{
    Language language = Language::Unknown;
    bool tsv = false;
    QString file;
};

} // namespace

QString AnalyzeCommand::summary()
{
    return tr("print the sentences and suggested attributions of an article (JSON or TSV)");
}

QString AnalyzeCommand::usage()
{
    return tr("Usage: sourcelight analyze [--lang en|ru|uk|auto] [--format json|tsv] FILE|-\n\n"
              "Splits a UTF-8 article into sentences and suggests for each who its source is, through whom and on\n"
              "what evidence. '-' reads standard input. Offsets count Unicode code points.\n\n"
              "  --lang LANG      language of the article (default: auto, detected from the text)\n"
              "  --format FORMAT  json (default: one JSON object) or tsv (one line per sentence)\n"
              "  -h, --help       show this help\n");
}

int AnalyzeCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    SubcommandParser parser(QStringLiteral("analyze"), usage(), out, err);
    parser.addOption({QStringLiteral("lang")}, tr("--lang needs a value"));
    parser.addOption({QStringLiteral("format")}, tr("--format needs a value"));
    if (const std::optional<int> done = parser.parse(arguments)) {
        return *done;
    }
    Options options;
    if (parser.isSet(QStringLiteral("lang"))) {
        const QString value = parser.value(QStringLiteral("lang"));
        if (value == QLatin1String("auto")) {
            options.language = Language::Unknown;
        } else if (value == QLatin1String("en") || value == QLatin1String("ru") || value == QLatin1String("uk")) {
            options.language = languageFromCode(value);
        } else {
            return parser.usageError(tr("unknown language '%1' (use en, ru, uk or auto)").arg(value));
        }
    }
    if (parser.isSet(QStringLiteral("format"))) {
        const QString value = parser.value(QStringLiteral("format"));
        if (value != QLatin1String("json") && value != QLatin1String("tsv")) {
            return parser.usageError(tr("unknown format '%1' (use json or tsv)").arg(value));
        }
        options.tsv = value == QLatin1String("tsv");
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        return parser.usageError(tr("missing FILE (use '-' for standard input)"));
    }
    if (files.size() > 1) {
        return parser.usageError(tr("only one FILE may be given"));
    }
    options.file = files.first();

    QFile file;
    const bool fromStdin = options.file == QLatin1String("-");
    const QString displayName = fromStdin ? tr("standard input") : options.file;
    QString error;
    if (fromStdin) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            err << tr("sourcelight analyze: cannot read standard input: %1").arg(file.errorString()) << '\n';
            err.flush();
            return CommandLine::Failure;
        }
    } else if (!DocumentReader::openRegularFile(options.file, file, &error)) {
        err << tr("sourcelight analyze: cannot open '%1': %2").arg(options.file, error) << '\n';
        err.flush();
        return CommandLine::Failure;
    }
    // Standard input, a pipe or a file that grows has no size to check first: the limit holds while reading.
    const std::optional<QByteArray> read = DocumentReader::readLimited(file, DocumentReader::MaximumFileSize, &error);
    if (!read) {
        err << tr("sourcelight analyze: %1: %2").arg(displayName, error) << '\n';
        err.flush();
        return CommandLine::Failure;
    }
    const QByteArray &bytes = *read;
    if (bytes.contains('\0')) {
        err << tr("sourcelight analyze: %1 looks like a binary file, not UTF-8 text").arg(displayName) << '\n';
        err.flush();
        return CommandLine::Failure;
    }
    // Keep a byte order mark as U+FEFF so that code point offsets match the input as given.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        err << tr("sourcelight analyze: %1 is not valid UTF-8 text").arg(displayName) << '\n';
        err.flush();
        return CommandLine::Failure;
    }

    const DocumentAnalysis analysis = analyzeDocument(text, options.language);
    const QByteArray result = options.tsv ? AnalysisJson::toTsv(text, analysis) : AnalysisJson::toJson(text, analysis);
    out << QString::fromUtf8(result);
    out.flush();
    return CommandLine::Success;
}

} // namespace Sourcelight
