#include "reportexporter.h"

#include "projectstore.h"
#include "reportbuilder.h"
#include "reportwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QPromise>
#include <QSaveFile>
#include <QtConcurrentRun>

#include <cstdio>

namespace Sourcelight {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("ReportExporter", text);
}

} // namespace

ReportExporter::ReportExporter(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QString>::progressValueChanged, this, &ReportExporter::progressChanged);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QFuture<QString> future = m_watcher.future();
        if (future.isCanceled() || future.resultCount() == 0) {
            Q_EMIT finished(false, translate("The export was cancelled."));
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
    m_watcher.setFuture(QtConcurrent::run([job, hook = m_stepHook](QPromise<QString> &promise) {
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

bool ReportExporter::run(const Job &job, const Progress &progress, QString *errorString)
{
    const auto fail = [errorString](const QString &message) {
        if (errorString) {
            *errorString = message;
        }
        return false;
    };
    ProjectStore store;
    if (!store.open(job.projectPath, ProjectStore::OpenMode::ReadOnly)) {
        return fail(store.errorString());
    }
    ReportBuilder builder(store);
    const std::optional<ReportData> data = builder.build(job.request, [&progress](qsizetype done, qsizetype total) {
        return !progress || progress(total > 0 ? int(50 * done / total) : 50);
    });
    if (!data) {
        return fail(builder.errorString());
    }
    const Progress writeProgress = [&progress](int percent) { return !progress || progress(50 + percent / 2); };

    if (job.outputPath == QLatin1String("-")) {
        if (!isTextReportFormat(job.format)) {
            return fail(translate("A %1 report cannot be written to standard output; give a file name.")
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
    QSaveFile file(job.outputPath);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(translate("Cannot write “%1”: %2").arg(job.outputPath, file.errorString()));
    }
    if (!write(job.format, *data, job.options, file, writeProgress, errorString)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        return fail(translate("Cannot write “%1”: %2").arg(job.outputPath, file.errorString()));
    }
    if (progress) {
        progress(100);
    }
    return true;
}

} // namespace Sourcelight
