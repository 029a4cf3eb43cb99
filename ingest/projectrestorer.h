#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

template<typename T> class QPromise;

namespace Sourcelight {

/// What restoring a backup did (ProjectRestorer).
struct RestoreResult
{
    bool ok = false;
    bool cancelled = false;
    /// The project already held documents; nothing was changed.
    bool refusedNonEmpty = false;
    qsizetype documents = 0;
    qsizetype sentences = 0;
    qsizetype claims = 0;
    /// Why it failed (translated); on success, what of the backup the project could not hold (a team's codings in
    /// a file), else empty.
    QString message;
};

/// Restores a complete JSON export (a backup) into a project file: a new one, created for it, or an existing one
/// without documents (JsonProjectImporter says what that replaces). All of it is one transaction: a file that is
/// not a backup, a newer format, a damaged file or a cancel leaves the project as it was, and a project file
/// created for the restore is removed again.
///
/// The command line calls restore() directly; the window runs start() on a worker (its own connection) and watches
/// the future: progress counts documents written; setting the cancel flag stops and undoes the restore. (Not
/// QFuture::cancel(): a cancelled future drops its result, and the restore may have committed just before.)
class ProjectRestorer final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectRestorer)

public:
    ProjectRestorer() = delete;

    /// Whether a file named for import is a backup to restore rather than an article (by its .json suffix).
    static bool isBackup(const QString &path);

    using Progress = std::function<bool(qsizetype done, qsizetype total)>;
    static RestoreResult restore(const QString &projectPath, const QString &backupPath, const Progress &progress = {});

    /// Set from any thread to stop a restore between two documents.
    using CancelFlag = std::shared_ptr<std::atomic_bool>;

    static QFuture<RestoreResult> start(
        const QString &projectPath, const QString &backupPath, const CancelFlag &cancel = {});
    /// The worker body (what start() runs); usable directly with any QPromise.
    static void run(QPromise<RestoreResult> &promise, const QString &projectPath, const QString &backupPath,
        const CancelFlag &cancel);
};

} // namespace Sourcelight
