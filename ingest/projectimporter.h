#pragma once

#include "documentanalyzer.h"
#include "documentreader.h"
#include "storetypes.h"

#include <QCoreApplication>

namespace Sourcelight {

class ProjectStore;

/// What happened to one imported file.
enum class ImportStatus {
    Imported,  ///< a new document
    Duplicate, ///< the same text is already in the project (by content hash); nothing was added
    Updated,   ///< a new version of an article already in the project (same url, or title and outlet)
    Error,     ///< nothing was added; message says why
};

/// "imported", "duplicate", "updated", "error" (the CLI's JSON).
QString toString(ImportStatus status);

struct ImportResult
{
    QString file;
    ImportStatus status = ImportStatus::Error;
    Id documentId = 0;
    qsizetype sentenceCount = 0;
    QString encoding;
    QString message;        ///< translated; warnings for successful imports, the reason for errors
    Id previousVersion = 0; ///< for Updated: the version it replaces (kept, with what could not be placed)
    QStringList unplaced;   ///< for Updated: annotations that could not be re-anchored
};

/// A file read and analysed, ready to be written: what can be done without the project, on any thread (a folder
/// import prepares the next files while it writes the current one).
struct PreparedImport
{
    QString file;
    std::optional<ImportText> text; ///< empty when the file could not be read (error says why)
    QString error;
    DocumentAnalysis analysis;
    QString contentHash; ///< DocumentTable::contentHash() of the text
};

/// Imports articles into a project: reads the file (DocumentReader), recognises duplicates and new versions,
/// runs the analysis (sentences, suggested attributions) and stores everything in one transaction; a new version
/// gets the analyst's annotations re-anchored from the old one (DocumentReanchorer).
class ProjectImporter final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectImporter)
    Q_DISABLE_COPY_MOVE(ProjectImporter)

public:
    explicit ProjectImporter(ProjectStore &store);

    ImportResult importFile(const QString &path);
    /// Reads and analyses a file; thread-safe (touches no project).
    static PreparedImport prepareFile(const QString &path);
    /// importFile() for a file prepareFile() read.
    ImportResult importPrepared(const PreparedImport &prepared);
    ImportResult importText(const ImportText &text);
    ImportResult importPasted(const QString &text, const DocumentMetadata &metadata = {});

private:
    ImportResult fail(ImportResult result, const QString &message);
    /// analysis and contentHash, when given, were computed already (prepareFile()).
    ImportResult importAnalysed(
        const ImportText &text, const DocumentAnalysis *analysis, const QString &contentHash = {});
    /// Carries the analyst's work from the previous version over to documentId and marks the previous one
    /// superseded; says so in result and messages. False on a store error.
    bool supersede(Id previous, Id documentId, ImportResult &result, QStringList &messages);

    ProjectStore &m_store;
};

} // namespace Sourcelight
