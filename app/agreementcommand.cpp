#include "agreementcommand.h"

#include "agreement.h"
#include "commandline.h"
#include "subcommandparser.h"

#include <QJsonDocument>
#include <QTextStream>

namespace Sourcelight {

QString AgreementCommand::summary()
{
    return tr("measure how far coders agree: Krippendorff's alpha, Cohen's kappa, percent agreement");
}

QString AgreementCommand::usage()
{
    return tr("Usage: sourcelight agreement --ratings FILE.csv [--format text|json]\n\n"
              "Measures how far coders agree on nominal codes (a verdict, a source, a tag): Krippendorff's alpha\n"
              "over all coders, missing values allowed, and for every pair of coders the percent agreement and\n"
              "Cohen's kappa on the units both coded. The ratings table has a row per unit: the unit's name, then\n"
              "one value per coder. Its first row names the coders (after a heading for the unit column); an empty\n"
              "cell is a missing value. Comma- or tab-separated, UTF-8; '-' reads standard input.\n\n"
              "  --ratings FILE   the ratings table (required)\n"
              "  --format FORMAT  text (default: a summary for people) or json (one JSON object)\n"
              "  -h, --help       show this help\n");
}

int AgreementCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    SubcommandParser parser(QStringLiteral("agreement"), usage(), out, err);
    parser.addOption({QStringLiteral("ratings")}, tr("%1 needs a value").arg(QStringLiteral("--ratings")));
    parser.addChoice(QStringLiteral("format"), {QStringLiteral("text"), QStringLiteral("json")});
    parser.setRequired(QStringLiteral("ratings"));
    parser.setNoPositionalArguments();
    parser.setUnknownOptionMessage(tr("unknown argument '%1'"));
    if (const std::optional<int> done = parser.parse(arguments)) {
        return *done;
    }
    const QString ratingsPath = parser.value(QStringLiteral("ratings"));
    const std::optional<QString> text = parser.readUtf8Input(ratingsPath);
    if (!text) {
        return CommandLine::Failure;
    }
    QString error;
    const std::optional<ReliabilityData> data = ReliabilityData::fromCsv(*text, &error);
    if (!data) {
        return parser.failure(QStringLiteral("%1: %2").arg(ratingsPath, error));
    }
    const AgreementReport report = AgreementReport::nominal(*data);
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact)) << '\n';
    } else {
        out << report.toText();
    }
    out.flush();
    return CommandLine::Success;
}

} // namespace Sourcelight
