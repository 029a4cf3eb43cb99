#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Sourcelight {

class ArticleFetcher;
class ProjectImporter;
struct ImportResult;

/// `sourcelight import --project P.sourcelight FILE|URL…`: creates the project if needed, imports each file and prints
/// one JSON line per file ({"file", "document", "sentences", "status", "encoding", "message"}). Exit code 1 when
/// any file failed. An http(s) address is fetched (ArticleFetcher) and imported like a file. A single .json file is a
/// backup, restored whole ({"file", "status": "restored" or "error", "documents", "sentences", "claims", "message"}).
/// The work is done by models/ (ProjectImporter, ProjectRestorer); this only parses arguments and prints.
class ImportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    ImportCommand() = delete;

    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString usage();
    static QString summary();

private:
    /// Fetches the page and imports it; an Error result says why not.
    static ImportResult importAddress(ProjectImporter &importer, ArticleFetcher &fetcher, const QString &address);
    static int restore(const QString &projectPath, const QString &backup, QTextStream &out);
};

} // namespace Sourcelight
