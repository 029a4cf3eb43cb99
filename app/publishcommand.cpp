#include "subcommands.h"

#include "commandline.h"
#include "projectrestorer.h"
#include "projectstore.h"
#include "reportbuilder.h"
#include "reportexporter.h"
#include "serveraddress.h"
#include "subcommandparser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

namespace Sourcelight {

void PublishCommand::declare(SubcommandParser &parser)
{
    parser.addRequiredOption(QStringLiteral("project"));
    parser.addRequiredOption(QStringLiteral("to"));
    parser.setNoPositionalArguments();
}

int PublishCommand::run(const SubcommandParser &parser, QTextStream &out, QTextStream & /*err*/)
{
    const QString project = parser.value(QStringLiteral("project"));
    const QString to = parser.value(QStringLiteral("to"));
    QString problem;
    if (!ServerAddress::parse(to, &problem)) {
        return parser.usageError(problem);
    }
    // The whole project as a complete JSON backup (every version of every document, history, reviewers), which the
    // restore then writes into the server's empty project in one transaction: the same path as export + import,
    // so what arrives is what a backup holds.
    QTemporaryDir folder;
    const QString backup = folder.filePath(QStringLiteral("publish.json"));
    {
        ProjectStore store;
        if (!folder.isValid() || !store.open(project, ProjectStore::OpenMode::ReadOnly)) {
            return parser.failure(folder.isValid() ? store.errorString() : folder.errorString());
        }
        ReportRequest request;
        request.scope.includeSuperseded = true;
        ReportBuilder builder(store);
        const std::optional<ReportData> data = builder.build(request);
        QString error;
        if (!data) {
            return parser.failure(builder.errorString());
        }
        if (!ReportExporter::writeFile(project, ReportFormat::Json, *data, {}, backup, {}, &error)) {
            return parser.failure(error);
        }
    }
    const RestoreResult result = ProjectRestorer::restore(to, backup);
    out << QJsonDocument(
        QJsonObject {
            {QStringLiteral("status"), result.ok ? QStringLiteral("published") : QStringLiteral("error")},
            {QStringLiteral("project"), project},
            {QStringLiteral("to"), ServerAddress::canonicalLocation(to)},
            {QStringLiteral("documents"), qint64(result.documents)},
            {QStringLiteral("sentences"), qint64(result.sentences)},
            {QStringLiteral("claims"), qint64(result.claims)},
            {QStringLiteral("message"), result.message},
        })
               .toJson(QJsonDocument::Compact)
        << '\n';
    out.flush();
    return result.ok ? CommandLine::Success : CommandLine::Failure;
}

} // namespace Sourcelight
