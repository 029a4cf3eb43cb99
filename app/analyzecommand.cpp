#include "subcommands.h"

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

void AnalyzeCommand::declare(SubcommandParser &parser)
{
    parser.addChoice(QStringLiteral("lang"),
        {QStringLiteral("auto"), QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("uk")}, tr("language"));
    parser.addChoice(QStringLiteral("format"), {QStringLiteral("json"), QStringLiteral("tsv")});
}

int AnalyzeCommand::run(const SubcommandParser &parser, QTextStream &out, QTextStream & /*err*/)
{
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
