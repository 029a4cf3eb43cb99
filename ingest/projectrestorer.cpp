#include "projectrestorer.h"

#include "jsonprojectimporter.h"
#include "projectstore.h"

#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace Sourcelight {

bool ProjectRestorer::isBackup(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
}

RestoreResult ProjectRestorer::restore(const QString &projectPath, const QString &backupPath, const Progress &progress)
{
    RestoreResult result;
    const bool existed = QFileInfo::exists(projectPath);
    {
        ProjectStore store;
        if (!store.open(projectPath, ProjectStore::OpenMode::CreateIfMissing) || !store.ensureWritable()) {
            result.message = store.errorString();
        } else {
            JsonProjectImporter importer(store);
            importer.setProgress(progress);
            result.ok = importer.importFile(backupPath);
            result.cancelled = importer.wasCancelled();
            result.refusedNonEmpty = importer.refusedNonEmptyProject();
            result.message = result.ok ? importer.notice() : importer.errorString();
            if (result.ok) {
                result.documents = importer.importedDocuments();
                result.sentences = importer.importedSentences();
                result.claims = importer.importedClaims();
            }
        }
    }
    if (!result.ok && !existed) {
        // Created for this restore only: a failed one leaves no empty project behind (the store is closed).
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(projectPath + suffix);
        }
    }
    return result;
}

QFuture<RestoreResult> ProjectRestorer::start(
    const QString &projectPath, const QString &backupPath, const CancelFlag &cancel)
{
    return QtConcurrent::run([](QPromise<RestoreResult> &promise, const QString &project, const QString &backup,
                                 const CancelFlag &flag) { run(promise, project, backup, flag); },
        projectPath, backupPath, cancel);
}

void ProjectRestorer::run(
    QPromise<RestoreResult> &promise, const QString &projectPath, const QString &backupPath, const CancelFlag &cancel)
{
    promise.setProgressRange(0, 0); // busy until the file is read and the number of documents known
    promise.addResult(restore(projectPath, backupPath, [&promise, &cancel](qsizetype done, qsizetype total) {
        promise.setProgressRange(0, int(total));
        promise.setProgressValue(int(done));
        return !(cancel && cancel->load());
    }));
}

} // namespace Sourcelight
