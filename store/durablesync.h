#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace Sourcelight {

/// Makes a store's commits durable off the UI thread.
///
/// The window's connection commits with `synchronous = NORMAL` (ProjectStore::setSyncOnCommit(false)): a commit
/// is complete and atomic when it returns, and survives the application crashing, but it is only in the operating
/// system's cache until the write-ahead log reaches the disk. This object flushes the project's files (the log and
/// the file itself) to the disk on a worker: request() after a commit, and synced() says when everything committed
/// before that request is on disk. Requests that come while a flush runs are served by one more flush, so a burst
/// of edits costs one or two. A flush that fails reports failed() (and is logged); what it covered may be lost if
/// the computer stops before a later flush succeeds.
class DurableSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DurableSync)

public:
    /// Flushes the files to disk; returns an empty string on success, else why it failed (translated).
    using SyncFunction = std::function<QString(const QStringList &files)>;

    explicit DurableSync(QObject *parent = nullptr);
    /// Waits for a flush under way.
    ~DurableSync() override;

    /// The files to flush (the project file and its write-ahead log). A request for other files waits for the
    /// flush under way to end first.
    void setFiles(const QStringList &files);
    QStringList files() const;

    /// Replaces how files are flushed (fsync by default); tests make flushes fail or wait with it.
    void setSyncFunction(SyncFunction sync);

    /// Asks for everything committed so far to reach the disk; returns the request's number (rising from 1).
    /// synced(n) or failed(n, …) follows on this object's thread for a number n at least this one.
    quint64 request();
    /// The latest request made.
    quint64 lastRequested() const { return m_requested; }
    /// The latest request that was answered (synced or failed), and the latest that reached the disk.
    quint64 lastAnswered() const { return m_answered; }
    quint64 lastSynced() const { return m_synced; }
    /// True while a request has not been answered yet.
    bool isPending() const { return m_answered < m_requested; }

    /// Blocks until every request made so far is answered, delivering synced()/failed() before it returns.
    void waitForIdle();

    /// fsync() of each file that exists: what the default SyncFunction does (blocking).
    static QString syncFiles(const QStringList &files);

Q_SIGNALS:
    /// Every commit made before request() returned `request` is on disk.
    void synced(quint64 request);
    /// The flush that was to cover `request` (and the requests before it not yet synced) failed; message says why.
    void failed(quint64 request, const QString &message);

private:
    struct State;
    void runFlushes();
    void deliver(quint64 request, const QString &message);

    std::shared_ptr<State> m_state;
    QThreadPool m_worker;
    quint64 m_requested = 0;
    quint64 m_answered = 0;
    quint64 m_synced = 0;
};

} // namespace Sourcelight
