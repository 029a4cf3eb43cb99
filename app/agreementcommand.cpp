#include "subcommands.h"

#include "agreement.h"
#include "commandline.h"
#include "projectcodings.h"
#include "projectstore.h"
#include "subcommandparser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace Sourcelight {

void AgreementCommand::declare(SubcommandParser &parser)
{
    parser.addOption({QStringLiteral("ratings")});
    parser.addOption({QStringLiteral("project")});
    parser.addOption({QStringLiteral("document")});
    parser.addChoice(QStringLiteral("format"), {QStringLiteral("text"), QStringLiteral("json")});
    parser.setNoPositionalArguments();
}

namespace {

/// Agreement over the reviewers' independent codings of a team project, field by field.
int projectAgreement(const SubcommandParser &parser, QTextStream &out)
{
    bool numeric = true;
    const Id documentId
        = parser.isSet(QStringLiteral("document")) ? parser.value(QStringLiteral("document")).toLongLong(&numeric) : 0;
    if (!numeric || (parser.isSet(QStringLiteral("document")) && documentId <= 0)) {
        return parser.usageError(AgreementCommand::tr("--document needs a document id, not '%1'")
                .arg(parser.value(QStringLiteral("document"))));
    }
    ProjectStore store;
    if (!store.open(parser.value(QStringLiteral("project")), ProjectStore::OpenMode::ReadOnly)) {
        return parser.failure(store.errorString());
    }
    const std::optional<QList<ProjectCodings::Field>> fields = ProjectCodings::read(store, documentId);
    if (!fields) {
        return parser.failure(store.errorString());
    }
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray reports;
        for (const ProjectCodings::Field &field : *fields) {
            QJsonObject report = AgreementReport::nominal(field.data).toJson();
            report.insert(QStringLiteral("field"), field.field);
            reports.append(report);
        }
        return CommandLine::printJson(out,
            QJsonObject {{QStringLiteral("project"), store.path()}, {QStringLiteral("document"), documentId},
                {QStringLiteral("fields"), reports}});
    }
    if (fields->isEmpty()) {
        return CommandLine::printText(out,
            AgreementCommand::tr("No reviewer of %1 has coded independently yet (see sourcelight team --mode).\n")
                .arg(store.path()));
    }
    QString text;
    for (const ProjectCodings::Field &field : *fields) {
        text += QStringLiteral("== %1 ==\n").arg(field.field) + AgreementReport::nominal(field.data).toText()
            + QLatin1Char('\n');
    }
    return CommandLine::printText(out, text);
}

} // namespace

int AgreementCommand::run(const SubcommandParser &parser, QTextStream &out, QTextStream & /*err*/)
{
    if (parser.isSet(QStringLiteral("ratings")) == parser.isSet(QStringLiteral("project"))) {
        return parser.usageError(tr("give either --ratings FILE.csv or --project P"));
    }
    if (parser.isSet(QStringLiteral("project"))) {
        return projectAgreement(parser, out);
    }
    if (parser.isSet(QStringLiteral("document"))) {
        return parser.usageError(tr("--document goes with --project"));
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
    return parser.value(QStringLiteral("format")) == QLatin1String("json")
        ? CommandLine::printJson(out, report.toJson())
        : CommandLine::printText(out, report.toText());
}

} // namespace Sourcelight
