#include "storemaintenance.h"

#include "projectstore_p.h"
#include "storelogging.h"

#include <QMutex>
#include <QMutexLocker>
#include <QtConcurrentRun>

namespace Sourcelight {

struct StoreMaintenance::CheckpointState
{
    QMutex mutex;
    QString path;
    bool running = false;
    bool again = false;
};

bool StoreMaintenance::checkpoint(ProjectStore &store, CheckpointMode mode)
{
    if (store.onServer()) {
        return true; // the server checkpoints its own log
    }
    const QString sql = mode == CheckpointMode::Truncate ? QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")
                                                         : QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)");
    if (!StoreAccess::execDirect(store, sql)) {
        qCWarning(lcStore).noquote() << "checkpoint of" << store.path() << "failed:" << store.errorString();
        return false;
    }
    return true;
}

StoreMaintenance::IntegrityReport StoreMaintenance::checkIntegrity(const QString &path)
{
    ProjectStore check;
    if (check.open(path, ProjectStore::OpenMode::ReadOnly)) {
        return {};
    }
    switch (check.error()) {
    case ProjectStore::Error::Corrupt:
    case ProjectStore::Error::NotSqlite:
    case ProjectStore::Error::NotAProject:
        return {IntegrityReport::Result::Damaged, check.errorString()};
    default:
        return {IntegrityReport::Result::NotRun, check.errorString()};
    }
}

QFuture<StoreMaintenance::IntegrityReport> StoreMaintenance::checkIntegrityInBackground(const QString &path)
{
    return QtConcurrent::run([path] { return checkIntegrity(path); });
}

StoreMaintenance::StoreMaintenance(QObject *parent)
    : QObject(parent)
    , m_state(std::make_shared<CheckpointState>())
{
    m_checkpointer.setMaxThreadCount(1);
}

StoreMaintenance::~StoreMaintenance()
{
    waitForCheckpoints();
}

void StoreMaintenance::waitForCheckpoints()
{
    m_checkpointer.waitForDone();
}

void StoreMaintenance::checkpointInBackground(const QString &path)
{
    {
        const QMutexLocker lock(&m_state->mutex);
        m_state->path = path;
        if (m_state->running) {
            m_state->again = true;
            return;
        }
        m_state->running = true;
    }
    // The destructor waits for the pool, so the worker may use this object.
    m_checkpointer.start([this] { runCheckpoints(); });
}

void StoreMaintenance::runCheckpoints()
{
    QString path;
    {
        const QMutexLocker lock(&m_state->mutex);
        path = m_state->path;
    }
    for (;;) {
        {
            ProjectStore copier;
            copier.setDeferLargeFileCheck(0); // the window opened and checked it already
            QString failure;
            if (!copier.open(path, ProjectStore::OpenMode::OpenExisting)) {
                failure = copier.errorString();
                qCWarning(lcStore).noquote() << "checkpoint of" << path << "failed:" << failure;
            } else if (!checkpoint(copier)) { // passive: pages a reader still uses stay for the next time
                failure = copier.errorString();
            }
            if (!failure.isNull()) {
                QMetaObject::invokeMethod(
                    this, [this, path, failure] { Q_EMIT checkpointFailed(path, failure); }, Qt::QueuedConnection);
            }
        }
        const QMutexLocker lock(&m_state->mutex);
        if (!m_state->again) {
            m_state->running = false;
            return;
        }
        m_state->again = false;
        path = m_state->path;
    }
}

} // namespace Sourcelight
