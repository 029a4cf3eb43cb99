#pragma once

#include <QFuture>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <memory>

namespace Sourcelight {

class ProjectStore;

/// Upkeep of a project file that runs off the UI thread, each time on a connection of its own: copying the
/// write-ahead log into the file (a checkpoint) and reading a large file through for damage after it opened.
///
/// The window's own connection never checkpoints (see ProjectStore::setAutoCheckpoint()): after a folder import a
/// checkpoint can copy hundreds of megabytes. A checkpoint that fails is logged (sourcelight.store) and reported by
/// checkpointFailed(); what it did not copy stays in the log, safe, for the next one.
class StoreMaintenance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreMaintenance)

public:
    enum class CheckpointMode {
        Passive,  ///< copies what no reader still uses; waits for nobody
        Truncate, ///< copies everything and empties the log, waiting for readers and writers
    };

    /// The outcome of reading a project through (checkIntegrity()).
    struct IntegrityReport
    {
        enum class Result {
            Sound,   ///< read through, no damage
            Damaged, ///< damage found; message says what
            NotRun,  ///< the file could not be read through; message says why
        };
        Result result = Result::Sound;
        QString message;
    };

    /// Copies the store's write-ahead log into its file on the store's own connection. On failure: false, logged,
    /// with the reason in store.errorString().
    static bool checkpoint(ProjectStore &store, CheckpointMode mode = CheckpointMode::Passive);

    /// Reads the project at path through, opening a store of its own (its open() reads the whole file). Blocks: run
    /// it on a worker (checkIntegrityInBackground()).
    static IntegrityReport checkIntegrity(const QString &path);
    static QFuture<IntegrityReport> checkIntegrityInBackground(const QString &path);

    explicit StoreMaintenance(QObject *parent = nullptr);
    /// Waits for a checkpoint under way.
    ~StoreMaintenance() override;

    /// Checkpoints (passive) the project at path on a worker with a connection of its own. One at a time: a request
    /// while one runs makes it run once more when done (the log may have grown after its pass began), for the path
    /// asked last.
    void checkpointInBackground(const QString &path);
    /// Blocks until no background checkpoint runs.
    void waitForCheckpoints();

Q_SIGNALS:
    /// A background checkpoint of path failed (it was logged too); message says why.
    void checkpointFailed(const QString &path, const QString &message);

private:
    struct CheckpointState;
    void runCheckpoints();

    std::shared_ptr<CheckpointState> m_state;
    QThreadPool m_checkpointer;
};

} // namespace Sourcelight
