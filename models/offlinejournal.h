#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace Sourcelight {

/// The review edits of a team project that wait for its server (Project's offline queue), kept in a file on this
/// computer from the moment each is made: closing the window, the app quitting or crashing, or the computer going
/// down loses none of them. The next time the same login opens the same project, Project sends them and the file
/// goes.
///
/// One file per project and login, in the folder given (the user's data folder, "offline"): a JSON object
/// {"format": "sourcelight-offline-edits", "version": 1, "project": location, "reviewer": id, "reviewerSince":
/// when the reviewer's row was made, "edits": [...]}. "reviewerSince" tells the project from another one made at
/// the same address since (a database dropped and made again): such a file is not sent but set aside, as is one
/// that cannot be read, and the message says where it is.
///
/// One window at a time keeps a login's edits for a project: setProject() locks the file (QLockFile, beside it,
/// freed when the window closes or its process is gone). A second window of the same login on the same project
/// neither writes over the first one's file nor sends it; its own waiting edits live in that window only.
class OfflineJournal final
{
    Q_DECLARE_TR_FUNCTIONS(OfflineJournal)

public:
    /// "offline" in the user's data folder (LibraryPaths::dataFolder(): ~/.local/share/sourcelight on Linux).
    static QString defaultFolder();

    explicit OfflineJournal(QString folder = defaultFolder());
    ~OfflineJournal();
    Q_DISABLE_COPY_MOVE(OfflineJournal)

    /// The project (a server project's location, without its password) and the login's reviewer whose edits the
    /// journal keeps, its file locked for this window; an empty location: none (a file project has no offline
    /// queue), the lock freed.
    void setProject(const QString &location, qint64 reviewerId, const QString &reviewerSince);
    /// Whether another window (of this process or another) holds the file: kept() then has nothing to send, and
    /// keep() writes nothing.
    bool isHeldElsewhere() const { return m_heldElsewhere; }
    bool isSet() const { return !m_location.isEmpty(); }
    /// The file the edits are kept in (it exists only while some wait).
    QString fileName() const;

    /// Keeps these edits (in the order they are to be sent), replacing what the file held; none removes the file.
    /// false when the file cannot be written (errorString() says why): the edits then live in the window only. So
    /// too while a file kept() could not use is still in its place: it is never written over.
    bool keep(const QJsonArray &edits);
    /// The edits kept for the project, oldest first (none when there is no file). nullopt when the file is there
    /// but cannot be used (unreadable, damaged, another project's): it is renamed aside, kept for the analyst, and
    /// errorString() says why and where.
    std::optional<QJsonArray> kept();

    QString errorString() const { return m_errorString; }

private:
    /// Renames the file aside (".unsent-<time>.json") and says why in errorString().
    void setAside(const QString &why);

    QString m_folder;
    QString m_location;
    qint64 m_reviewerId = 0;
    QString m_reviewerSince;
    QString m_errorString;
    bool m_inTheWay = false; ///< kept() left an unusable file in place
    bool m_heldElsewhere = false;
    std::optional<QJsonArray> m_written; ///< what keep() last wrote to the file
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Sourcelight
