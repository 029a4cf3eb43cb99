#include "subcommands.h"

#include "articlefetcher.h"
#include "commandline.h"
#include "projectimporter.h"
#include "projectrestorer.h"
#include "projectstore.h"
#include "reviewteam.h"
#include "subcommandparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace Sourcelight {

void ImportCommand::declare(SubcommandParser &parser)
{
    parser.addOption({QStringLiteral("project")}, tr("--project needs a file name"));
    parser.setRequired(QStringLiteral("project"));
    parser.addOption({QStringLiteral("timeout")}, tr("--timeout needs a number of seconds"));
}

int ImportCommand::run(const SubcommandParser &parser, QTextStream &out, QTextStream & /*err*/)
{
    int timeout = ArticleFetcher::DefaultTimeoutSeconds;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        timeout = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || timeout <= 0 || timeout > 3600) {
            return parser.usageError(tr("--timeout must be a number of seconds from 1 to 3600"));
        }
    }
    const QString projectPath = parser.value(QStringLiteral("project"));
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        return parser.usageError(tr("no files to import"));
    }
    // A backup replaces a project's whole content, so it is not mixed with articles (whose ids it would have to
    // share) nor with a second backup (the project is no longer empty after the first).
    const auto isBackup = [](const QString &file) {
        return !ArticleFetcher::looksLikeAddress(file) && ProjectRestorer::isBackup(file);
    };
    if (std::any_of(files.cbegin(), files.cend(), isBackup)) {
        if (files.size() != 1) {
            return parser.usageError(tr("a backup (.json) is restored on its own: give it as the only file"));
        }
        return restore(projectPath, files.first(), out);
    }

    ProjectStore store;
    if (!store.open(projectPath, ProjectStore::OpenMode::CreateIfMissing)) {
        return parser.failure(store.errorString());
    }
    if (store.isReadOnly()) {
        return parser.failure(store.readOnlyReason());
    }
    // On a team project only its admins add articles (the server refuses the others). Said before any file is read:
    // a file at a time, an article already there would answer "duplicate" and hide that no new one can come in.
    const std::optional<ReviewTeam::Session> me = ReviewTeam::session(store);
    if (!me) {
        return parser.failure(store.errorString());
    }
    if (me->role && *me->role != ReviewTeam::Role::Admin) {
        return parser.failure(tr("The server does not let you import into “%1”: only its admins may, and you are a "
                                 "%2 there.")
                .arg(store.path(), ReviewTeam::displayName(*me->role)));
    }
    ProjectImporter importer(store);
    ArticleFetcher fetcher;
    fetcher.setTimeout(timeout);
    bool anyFailed = false;
    for (const QString &file : std::as_const(files)) {
        const ImportResult result = ArticleFetcher::looksLikeAddress(file) ? importAddress(importer, fetcher, file)
                                                                           : importer.importFile(file);
        anyFailed = anyFailed || result.status == ImportStatus::Error;
        QJsonObject line {
            {QStringLiteral("file"), file},
            {QStringLiteral("document"), result.documentId != 0 ? QJsonValue(result.documentId) : QJsonValue()},
            {QStringLiteral("sentences"), qint64(result.sentenceCount)},
            {QStringLiteral("status"), toString(result.status)},
            {QStringLiteral("encoding"), result.encoding},
            {QStringLiteral("message"), result.message},
        };
        if (result.status == ImportStatus::Updated) {
            line.insert(QStringLiteral("previous"), result.previousVersion);
            line.insert(QStringLiteral("unplaced"), QJsonArray::fromStringList(result.unplaced));
        }
        out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n';
        out.flush(); // one line per file as it is done: a script can follow a long import
    }
    return anyFailed ? CommandLine::Failure : CommandLine::Success;
}

ImportResult ImportCommand::importAddress(ProjectImporter &importer, ArticleFetcher &fetcher, const QString &address)
{
    ImportResult failure;
    failure.file = address;
    QString error;
    std::optional<ImportText> text;
    if (const std::optional<QUrl> url = ArticleFetcher::parseAddress(address, &error)) {
        text = ArticleFetcher::toImportText(fetcher.fetchNow(*url), &error);
    }
    if (!text) {
        failure.message = error;
        return failure;
    }
    ImportResult result = importer.importText(*text);
    result.file = address;
    return result;
}

int ImportCommand::restore(const QString &projectPath, const QString &backup, QTextStream &out)
{
    const RestoreResult result = ProjectRestorer::restore(projectPath, backup);
    const QJsonObject line {
        {QStringLiteral("file"), backup},
        {QStringLiteral("status"), result.ok ? QStringLiteral("restored") : QStringLiteral("error")},
        {QStringLiteral("documents"), qint64(result.documents)},
        {QStringLiteral("sentences"), qint64(result.sentences)},
        {QStringLiteral("claims"), qint64(result.claims)},
        {QStringLiteral("message"), result.message},
    };
    out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n';
    out.flush();
    return result.ok ? CommandLine::Success : CommandLine::Failure;
}

} // namespace Sourcelight
