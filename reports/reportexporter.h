#pragma once

#include "reportdata.h"
#include "reportformat.h"
#include "reportoptions.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>

class QIODevice;

namespace Sourcelight {

/// Runs an export: opens its own read-only ProjectStore on the project file (one connection per thread), builds
/// the report and writes it with the format's writer into a QSaveFile, so a failed or cancelled export leaves any
/// earlier file untouched. start() does it on a QtConcurrent worker with progress and cancel; run() does it in
/// the calling thread (the command line).
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
};

} // namespace Sourcelight
