#include "reportexporter.h"

#include "atomicfile.h"
#include "projectstore.h"
#include "reportbuilder.h"
#include "reportwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrentRun>

#include <sys/stat.h>

#include <cstdio>

namespace Sourcelight {

ReportExporter::ReportExporter(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QString>::progressValueChanged, this, &ReportExporter::progressChanged);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QFuture<QString> future = m_watcher.future();
        // A cancel that came after the file was put in place cannot undo it: say what happened.
        if (m_written && m_written->load()) {
            Q_EMIT finished(true, QString());
            return;
        }
        if (future.isCanceled() || future.resultCount() == 0) {
            Q_EMIT finished(false, tr("The export was cancelled."));
            return;
        }
        const QString error = future.result();
        Q_EMIT finished(error.isEmpty(), error);
    });
}

ReportExporter::~ReportExporter()
{
    if (m_watcher.isRunning()) {
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }
}

bool ReportExporter::isRunning() const
{
    return m_watcher.isRunning();
}

void ReportExporter::cancel()
{
    m_watcher.cancel();
}

void ReportExporter::setStepHook(StepHook hook)
{
    m_stepHook = std::move(hook);
}

bool ReportExporter::start(const Job &job)
{
    if (m_watcher.isRunning()) {
        return false;
    }
    m_written = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(QtConcurrent::run([job, hook = m_stepHook, written = m_written](QPromise<QString> &promise) {
        promise.setProgressRange(0, 100);
        QString error;
        const bool ok = run(
            job,
            [&promise, &hook](int percent) {
                promise.setProgressValue(percent);
                if (hook) {
                    hook(percent);
                }
                return !promise.isCanceled();
            },
            &error);
        written->store(ok);
        if (!promise.isCanceled()) {
            promise.addResult(ok ? QString() : error);
        }
    }));
    return true;
}

bool ReportExporter::write(ReportFormat format, const ReportData &data, const ReportOptions &options, QIODevice &device,
    const Progress &progress, QString *errorString)
{
    const std::unique_ptr<ReportWriter> writer = ReportWriter::create(format);
    if (progress) {
        writer->setProgress([&progress](qsizetype done, qsizetype total) {
            return progress(total > 0 ? int(100 * done / total) : 100);
        });
    }
    if (!writer->write(data, options, device)) {
        if (errorString) {
            *errorString = writer->errorString();
        }
        return false;
    }
    return true;
}

QString ReportExporter::outputConflict(const QString &projectPath, const QString &outputPath)
{
    if (projectPath.isEmpty() || outputPath.isEmpty() || outputPath == QLatin1String("-")) {
        return {};
    }
    // The project under every name it may go by: as given, and with its folder's links resolved.
    const QFileInfo project(projectPath);
    QStringList projectNames {project.absoluteFilePath()};
    if (const QString canonical = project.canonicalFilePath(); !canonical.isEmpty()) {
        projectNames.append(canonical);
    }
    QStringList protectedPaths;
    for (const QString &name : std::as_const(projectNames)) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
            protectedPaths.append(name + QLatin1String(suffix));
        }
    }
    // Where the bytes would land: through symbolic links (dangling ones too) and linked folders.
    AtomicFile probe(outputPath);
    const QFileInfo target(probe.targetPath());
    const QString folder = QFileInfo(target.absolutePath()).canonicalFilePath();
    const QString landing
        = folder.isEmpty() ? target.absoluteFilePath() : folder + QLatin1Char('/') + target.fileName();
    bool same = protectedPaths.contains(target.absoluteFilePath()) || protectedPaths.contains(landing);
    // A hard link has a name of its own: compare the files themselves.
    struct stat out = {};
    if (!same && ::stat(QFile::encodeName(probe.targetPath()).constData(), &out) == 0) {
        for (const QString &path : std::as_const(protectedPaths)) {
            struct stat p = {};
            if (::stat(QFile::encodeName(path).constData(), &p) == 0 && p.st_dev == out.st_dev
                && p.st_ino == out.st_ino) {
                same = true;
                break;
            }
        }
    }
    if (!same) {
        return {};
    }
    return tr("“%1” is the project itself (or its journal, or a link to them): exporting there would destroy "
              "the project. Nothing was written; choose another file.")
        .arg(QDir::toNativeSeparators(outputPath));
}

bool ReportExporter::writeFile(const QString &projectPath, ReportFormat format, const ReportData &data,
    const ReportOptions &options, const QString &outputPath, const Progress &progress, QString *errorString)
{
    const auto fail = [errorString](const QString &message) {
        if (errorString) {
            *errorString = message;
        }
        return false;
    };
    if (const QString conflict = outputConflict(projectPath, outputPath); !conflict.isEmpty()) {
        return fail(conflict);
    }
    AtomicFile file(outputPath);
    const QString shown = QDir::toNativeSeparators(outputPath);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(tr("Cannot write “%1”: %2").arg(shown, file.errorString()));
    }
    bool cancelled = false;
    const Progress tracked = [&progress, &cancelled](int percent) {
        cancelled = progress && !progress(percent);
        return !cancelled;
    };
    QString writerError;
    if (!write(format, data, options, file, tracked, &writerError)) {
        // The file's own error names the cause (a full disk) better than the writer, which saw only a short write.
        const bool fileFailed = file.hasFailed();
        const QString cause = file.errorString();
        file.cancelWriting();
        return fail(cancelled || !fileFailed ? writerError : tr("Cannot write “%1”: %2").arg(shown, cause));
    }
    if (!file.commit()) {
        return fail(tr("Cannot write “%1”: %2").arg(shown, file.errorString()));
    }
    return true;
}

bool ReportExporter::run(const Job &job, const Progress &progress, QString *errorString)
{
    const auto fail = [errorString](const QString &message) {
        if (errorString) {
            *errorString = message;
        }
        return false;
    };
    if (const QString conflict = outputConflict(job.projectPath, job.outputPath); !conflict.isEmpty()) {
        return fail(conflict);
    }
    ProjectStore store;
    if (!store.open(job.projectPath, ProjectStore::OpenMode::ReadOnly)) {
        return fail(store.errorString());
    }
    ReportBuilder builder(store);
    ReportRequest request = job.request;
    request.agreement = showsAgreement(job.format);
    const std::optional<ReportData> data = builder.build(request, [&progress](qsizetype done, qsizetype total) {
        return !progress || progress(total > 0 ? int(50 * done / total) : 50);
    });
    if (!data) {
        return fail(builder.errorString());
    }
    const Progress writeProgress = [&progress](int percent) { return !progress || progress(50 + percent / 2); };

    if (job.outputPath == QLatin1String("-")) {
        if (!isTextReportFormat(job.format)) {
            return fail(tr("A %1 report cannot be written to standard output; give a file name.")
                    .arg(reportFormatName(job.format)));
        }
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            return fail(out.errorString());
        }
        const bool ok = write(job.format, *data, job.options, out, writeProgress, errorString);
        out.flush();
        return ok;
    }
    if (!writeFile(job.projectPath, job.format, *data, job.options, job.outputPath, writeProgress, errorString)) {
        return false;
    }
    if (progress) {
        progress(100);
    }
    return true;
}

} // namespace Sourcelight
