#include "analyzecommand.h"

#include "analysisjson.h"
#include "commandline.h"
#include "documentanalyzer.h"
#include "language.h"
#include "subcommandparser.h"

#include <QTextStream>

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
    parser.addChoice(QStringLiteral("lang"),
        {QStringLiteral("auto"), QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("uk")}, tr("language"));
    parser.addChoice(QStringLiteral("format"), {QStringLiteral("json"), QStringLiteral("tsv")});
    if (const std::optional<int> done = parser.parse(arguments)) {
        return *done;
    }
    Options options;
    if (const QString language = parser.value(QStringLiteral("lang")); language != QLatin1String("auto")) {
        options.language = languageFromCode(language);
    }
    options.tsv = parser.value(QStringLiteral("format")) == QLatin1String("tsv");
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        return parser.usageError(tr("missing FILE (use '-' for standard input)"));
    }
    if (files.size() > 1) {
        return parser.usageError(tr("only one FILE may be given"));
    }
    options.file = files.first();

    const std::optional<QString> text = parser.readUtf8Input(options.file);
    if (!text) {
        return CommandLine::Failure;
    }

    const DocumentAnalysis analysis = analyzeDocument(*text, options.language);
    const QByteArray result
        = options.tsv ? AnalysisJson::toTsv(*text, analysis) : AnalysisJson::toJson(*text, analysis);
    out << QString::fromUtf8(result);
    out.flush();
    return CommandLine::Success;
}

} // namespace Sourcelight
