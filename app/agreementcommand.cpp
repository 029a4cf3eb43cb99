#include "subcommands.h"

#include "agreement.h"
#include "commandline.h"
#include "subcommandparser.h"

#include <QTextStream>

namespace Sourcelight {

void AgreementCommand::declare(SubcommandParser &parser)
{
    parser.addRequiredOption(QStringLiteral("ratings"));
    parser.addChoice(QStringLiteral("format"), {QStringLiteral("text"), QStringLiteral("json")});
    parser.setNoPositionalArguments();
}

int AgreementCommand::run(const SubcommandParser &parser, QTextStream &out, QTextStream & /*err*/)
{
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
    return parser.value(QStringLiteral("format")) == QLatin1String("json")
        ? CommandLine::printJson(out, report.toJson())
        : CommandLine::printText(out, report.toText());
}

} // namespace Sourcelight
