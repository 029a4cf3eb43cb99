#pragma once

#include "reportdata.h"
#include "reportformat.h"
#include "reportoptions.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QIODevice;

namespace Sourcelight {

/// Runs an export: opens its own read-only ProjectStore on the project file (one connection per thread), builds
/// the report and writes it with the format's writer into an AtomicFile, so a failed or cancelled export leaves any
/// earlier file untouched. It never writes over the project itself. start() does it on a QtConcurrent worker with
/// progress and cancel; run() does it in the calling thread (the command line).
class ReportExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportExporter)

public:
    struct Job
    {
        QString projectPath;
        ReportRequest request;
        ReportFormat format = ReportFormat::Html;
        ReportOptions options;
        QString outputPath; ///< "-" writes text formats to standard output
    };

    /// Percent done (0–100); returning false cancels.
    using Progress = std::function<bool(int percent)>;
    /// Called on the worker at every progress step, just before it looks whether it was cancelled.
    using StepHook = std::function<void(int percent)>;

    explicit ReportExporter(QObject *parent = nullptr);
    /// Cancels a running export and waits for its worker.
    ~ReportExporter() override;

    /// Starts job on a worker thread; false when an export is already running.
    bool start(const Job &job);
    void cancel();
    bool isRunning() const;
    /// For tests: a hook that holds the worker at a progress step makes sure a cancel() arrives while the export
    /// runs, which a fast export otherwise leaves to chance. Applies to exports started afterwards.
    void setStepHook(StepHook hook);

    /// The whole export in the calling thread. False with *errorString set on failure or cancellation.
    static bool run(const Job &job, const Progress &progress = {}, QString *errorString = nullptr);
    /// Why an export must not be written to outputPath: it is the project file, its write-ahead log, shared memory
    /// or journal, or a symbolic or hard link to one of them. Empty (translated otherwise) when it may be written.
    static QString outputConflict(const QString &projectPath, const QString &outputPath);
    /// Writes already built data into the file at outputPath, whole or not at all (AtomicFile); refuses a path
    /// outputConflict() names for projectPath. False with *errorString set on failure or cancellation.
    static bool writeFile(const QString &projectPath, ReportFormat format, const ReportData &data,
        const ReportOptions &options, const QString &outputPath, const Progress &progress = {},
        QString *errorString = nullptr);
    /// Writes already built data (the preview, tests); progress as for run().
    static bool write(ReportFormat format, const ReportData &data, const ReportOptions &options, QIODevice &device,
        const Progress &progress = {}, QString *errorString = nullptr);

Q_SIGNALS:
    void progressChanged(int percent);
    /// ok false: message says why (failure or cancellation, translated).
    void finished(bool ok, const QString &message);

private:
    QFutureWatcher<QString> m_watcher;
    StepHook m_stepHook;
    /// Set by the worker once the export's file is written: finished() then reports success even when a cancel
    /// arrived too late to stop it.
    std::shared_ptr<std::atomic_bool> m_written;
};

} // namespace Sourcelight
