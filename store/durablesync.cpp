#include "durablesync.h"

#include "storelogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>

#include <cerrno>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Sourcelight {

struct DurableSync::State
{
    QMutex mutex;
    QStringList files;
    SyncFunction sync;
    quint64 requested = 0;
    bool running = false;
};

DurableSync::DurableSync(QObject *parent)
    : QObject(parent)
    , m_state(std::make_shared<State>())
{
    m_state->sync = &DurableSync::syncFiles;
    m_worker.setMaxThreadCount(1);
}

DurableSync::~DurableSync()
{
    m_worker.waitForDone();
}

void DurableSync::setFiles(const QStringList &files)
{
    const QMutexLocker lock(&m_state->mutex);
    m_state->files = files;
}

QStringList DurableSync::files() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->files;
}

void DurableSync::setSyncFunction(SyncFunction sync)
{
    const QMutexLocker lock(&m_state->mutex);
    m_state->sync = sync ? std::move(sync) : SyncFunction(&DurableSync::syncFiles);
}

quint64 DurableSync::request()
{
    const quint64 number = ++m_requested;
    {
        const QMutexLocker lock(&m_state->mutex);
        m_state->requested = number;
        if (m_state->running) {
            return number; // the flush under way runs once more for it
        }
        m_state->running = true;
    }
    // The destructor waits for the pool, so the worker may use this object.
    m_worker.start([this] { runFlushes(); });
    return number;
}

void DurableSync::runFlushes()
{
    for (;;) {
        quint64 target = 0;
        QStringList files;
        SyncFunction sync;
        {
            const QMutexLocker lock(&m_state->mutex);
            target = m_state->requested;
            files = m_state->files;
            sync = m_state->sync;
        }
        // Everything committed before request() returned `target` is in the files now: the flush covers it.
        const QString message = sync(files);
        QMetaObject::invokeMethod(this, [this, target, message] { deliver(target, message); }, Qt::QueuedConnection);
        const QMutexLocker lock(&m_state->mutex);
        if (m_state->requested == target) {
            m_state->running = false;
            return;
        }
    }
}

void DurableSync::deliver(quint64 request, const QString &message)
{
    if (request <= m_answered) {
        return; // answered already (waitForIdle() delivered it)
    }
    m_answered = request;
    if (message.isEmpty()) {
        m_synced = request;
        Q_EMIT synced(request);
    } else {
        qCWarning(lcStore).noquote() << "flushing" << files() << "to disk failed:" << message;
        Q_EMIT failed(request, message);
    }
}

void DurableSync::waitForIdle()
{
    m_worker.waitForDone();
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

QString DurableSync::syncFiles(const QStringList &files)
{
    for (const QString &file : files) {
#ifdef Q_OS_WIN
        QFile handle(file);
        if (!handle.exists()) {
            continue;
        }
        if (!handle.open(QIODevice::ReadWrite) || _commit(handle.handle()) != 0) {
            return tr("“%1” could not be written to the disk: %2")
                .arg(QDir::toNativeSeparators(file), handle.errorString());
        }
#else
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            if (errno == ENOENT) {
                continue; // the write-ahead log is gone when the last connection closed: nothing to flush
            }
            return tr("“%1” could not be written to the disk: %2")
                .arg(QDir::toNativeSeparators(file), qt_error_string(errno));
        }
        const int result = ::fsync(fd);
        const int error = errno;
        ::close(fd);
        if (result != 0) {
            return tr("“%1” could not be written to the disk: %2")
                .arg(QDir::toNativeSeparators(file), qt_error_string(error));
        }
#endif
    }
    return {};
}

} // namespace Sourcelight
