#pragma once

#include "projectstore.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QThreadPool>

#include <functional>
#include <optional>

namespace Sourcelight {

/// A read of the open project made on a worker, with a connection of its own opened read-only on the same project:
/// what counts over every sentence or attribution (the Sources dock's counts, the library's sentence counts) so that
/// neither opening a project nor an edit waits for it. One read runs at a time; what is requested while it runs is
/// served by one more read when it ends, of the project requested last.
template<typename Result> class BackgroundRead final
{
    Q_DISABLE_COPY_MOVE(BackgroundRead)

public:
    /// Reads from the worker's own store; nullopt on a database error.
    using Read = std::function<std::optional<Result>(ProjectStore &)>;
    /// On the owner's thread: what the read of path gave (nullopt: the worker could not open or read it).
    using Done = std::function<void(const std::optional<Result> &result, const QString &path)>;

    BackgroundRead(QObject *context, Read read, Done done)
        : m_read(std::move(read))
        , m_done(std::move(done))
    {
        m_pool.setMaxThreadCount(1);
        QObject::connect(&m_watcher, &QFutureWatcherBase::finished, context, [this] { finished(); });
    }

    ~BackgroundRead() { m_watcher.waitForFinished(); }

    /// Reads the project at path (ProjectStore::path() of the open one) on the worker.
    void request(const QString &path)
    {
        m_nextPath = path;
        if (m_watcher.isRunning()) {
            m_again = true; // what changed since that read started is in the next one
            return;
        }
        start();
    }

    bool isRunning() const { return m_watcher.isRunning(); }

private:
    void start()
    {
        m_again = false;
        m_path = m_nextPath;
        m_watcher.setFuture(QtConcurrent::run(&m_pool, [path = m_path, read = m_read]() -> std::optional<Result> {
            ProjectStore store;
            store.setDeferLargeFileCheck(0); // the project is open already; its full read is not repeated here
            if (!store.open(path, ProjectStore::OpenMode::ReadOnly)) {
                return std::nullopt;
            }
            return read(store);
        }));
    }

    void finished()
    {
        m_done(m_watcher.result(), m_path);
        if (m_again) {
            start();
        }
    }

    Read m_read;
    Done m_done;
    QString m_path;
    QString m_nextPath;
    bool m_again = false;
    QThreadPool m_pool;
    QFutureWatcher<std::optional<Result>> m_watcher;
};

} // namespace Sourcelight
