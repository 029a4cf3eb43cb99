#include "batchimporter.h"

#include "projectstore.h"
#include "sqltransaction.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPromise>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentRun>
#include <QThreadPool>

namespace Sourcelight {

namespace {

// Files are committed in groups: one fsync per group instead of per file keeps 1,000 imports within seconds,
// while a group stays short enough (time- and count-bounded) not to hold the write lock against the UI's edits.
constexpr int GroupFiles = 64;
constexpr qint64 GroupMilliseconds = 250;

} // namespace

QStringList BatchImporter::collectFiles(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (DocumentReader::isSupported(file)) {
                    files.append(file);
                }
            }
        } else {
            files.append(path); // named explicitly: import it, or report why not
        }
    }
    files.sort();
    files.removeDuplicates();
    return files;
}

QFuture<ImportResult> BatchImporter::start(const QString &projectPath, const QStringList &files)
{
    return QtConcurrent::run(
        [](QPromise<ImportResult> &promise, const QString &path, const QStringList &list) { run(promise, path, list); },
        projectPath, files);
}

namespace {

/// One text into the project through a connection of this thread's own.
ImportResult importOne(const QString &projectPath, const QString &label, const ImportText &text)
{
    ImportResult result;
    ProjectStore store;
    if (!store.open(projectPath, ProjectStore::OpenMode::CreateIfMissing) || !store.ensureWritable()) {
        result.message = store.errorString();
    } else {
        result = ProjectImporter(store).importText(text);
    }
    result.file = label;
    return result;
}

} // namespace

QFuture<ImportResult> BatchImporter::startText(const QString &projectPath, const QString &label, const ImportText &text)
{
    return QtConcurrent::run(&importOne, projectPath, label, text);
}

QFuture<ImportResult> BatchImporter::startFetched(const QString &projectPath, const ArticleFetcher::Result &page)
{
    return QtConcurrent::run([projectPath, page] {
        const QString label = page.url.toDisplayString();
        QString error;
        const std::optional<ImportText> text = ArticleFetcher::toImportText(page, &error);
        if (!text) {
            ImportResult failure;
            failure.file = label;
            failure.message = error;
            return failure;
        }
        return importOne(projectPath, label, *text);
    });
}

void BatchImporter::run(QPromise<ImportResult> &promise, const QString &projectPath, const QStringList &files)
{
    promise.setProgressRange(0, int(files.size()));
    promise.setProgressValue(0);
    ProjectStore store;
    if (!store.open(projectPath, ProjectStore::OpenMode::CreateIfMissing) || !store.ensureWritable()) {
        ImportResult failure;
        failure.file = projectPath;
        failure.message = store.errorString();
        promise.addResult(failure);
        return;
    }
    ProjectImporter importer(store);
    // SQLite copies the write-ahead log into the project file whenever the log passes 1,000 pages (4 MB): after
    // nearly every group, rewriting pages that the next group changes again. An import lets it grow to 256 MB and
    // leaves the copy to whoever comes after: with a window open on the project, its worker after the import
    // (Project::importFinished(); the window's own connection never checkpoints), so the import reports back without
    // it — the groups are durable at their commits; without a window, SQLite makes the copy when this connection,
    // the last one, closes at the end of this function.
    store.setAutoCheckpoint(65536);
    // Files are read and analysed a few ahead, on a thread of their own, while this one writes: the two halves of
    // an import take about the same time. (A pool of our own: this already runs on one of the global pool's.)
    QThreadPool readers;
    readers.setMaxThreadCount(1);
    constexpr int ReadAhead = 4;
    QList<QFuture<PreparedImport>> ahead;
    qsizetype queued = 0;
    // Leaving early (cancel, a failed commit, a full disk): what was queued is dropped, not read for nothing.
    const auto dropQueued = qScopeGuard([&readers, &ahead] {
        readers.clear();
        for (QFuture<PreparedImport> &future : ahead) {
            future.cancel();
        }
    });
    const auto nextPrepared = [&]() {
        while (ahead.size() < ReadAhead && queued < files.size()) {
            ahead.append(QtConcurrent::run(&readers, &ProjectImporter::prepareFile, files.at(queued++)));
        }
        return ahead.takeFirst().result();
    };
    qsizetype next = 0;
    while (next < files.size() && !promise.isCanceled()) {
        QList<ImportResult> pending;
        QElapsedTimer group;
        group.start();
        SqlTransaction transaction(store);
        if (!transaction.isActive()) {
            ImportResult failure;
            failure.file = files.at(next);
            failure.message = store.errorString();
            promise.addResult(failure);
            return;
        }
        while (next < files.size() && pending.size() < GroupFiles && group.elapsed() < GroupMilliseconds
            && !promise.isCanceled()) {
            // Each file is a savepoint inside the group: a failing file undoes only itself.
            pending.append(importer.importPrepared(nextPrepared()));
            ++next;
        }
        const bool committed = transaction.commit();
        for (ImportResult &result : pending) {
            if (!committed && result.status != ImportStatus::Error) {
                result.status = ImportStatus::Error;
                result.documentId = 0;
                result.sentenceCount = 0;
                result.message = store.errorString();
            }
            promise.addResult(result);
        }
        promise.setProgressValue(int(next));
        if (!committed && (store.error() == ProjectStore::Error::DiskFull || !store.isOpen())) {
            return; // nothing more can be written; what was committed before stays
        }
    }
}

} // namespace Sourcelight
