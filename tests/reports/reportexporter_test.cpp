// ReportExporter: an export on a worker thread with its own store connection reports progress and finishes with
// the file written; a cancelled or failed export leaves an earlier file as it was. The cancel from the UI is
// made certain to arrive mid-export by holding the worker at a progress step until cancel() was called.

#include "../testfiles.h"
#include "reportexporter.h"
#include "reportfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

using namespace Sourcelight;

class ReportExporterTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportsOnAWorker_data();
    void exportsOnAWorker();
    void cancelKeepsTheOldFile();
    void cancelFromTheUi_data();
    void cancelFromTheUi();
    void failureIsReported();

private:
    /// A job exporting the fixture project as format to output.
    ReportExporter::Job job(ReportFormat format, const QString &output) const;
    /// Writes "earlier export" at path: what a failed or cancelled export must leave as it was.
    static bool writeEarlierExport(const QString &path);

    QTemporaryDir m_dir;
    QString m_project;
};

ReportExporter::Job ReportExporterTest::job(ReportFormat format, const QString &output) const
{
    ReportExporter::Job job;
    job.projectPath = m_project;
    job.format = format;
    job.outputPath = output;
    return job;
}

bool ReportExporterTest::writeEarlierExport(const QString &path)
{
    QFile old(path);
    return old.open(QIODevice::WriteOnly) && old.write("earlier export") == 14 && old.flush();
}

void ReportExporterTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("exporter.sourcelight"));
    ProjectStore store;
    QVERIFY(ReportFixture::create(store, m_project));
    // Enough documents that the export takes several progress steps.
    for (int i = 0; i < 40; ++i) {
        DocumentMetadata m;
        m.title = QStringLiteral("Filler %1").arg(i);
        ReportFixture::addArticle(store, m,
            {QStringLiteral("Officials said the talks would resume on day %1.").arg(i),
                QStringLiteral("Nothing else was announced.")});
    }
}

void ReportExporterTest::exportsOnAWorker_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("json") << int(ReportFormat::Json) << QByteArray("{");
    QTest::newRow("html") << int(ReportFormat::Html) << QByteArray("<!DOCTYPE html>");
    QTest::newRow("pdf") << int(ReportFormat::Pdf) << QByteArray("%PDF-");
    QTest::newRow("qdpx") << int(ReportFormat::Qdpx) << QByteArray("PK\x03\x04");
}

void ReportExporterTest::exportsOnAWorker()
{
    QFETCH(int, format);
    QFETCH(QByteArray, magic);
    ReportExporter exporter;
    QSignalSpy progress(&exporter, &ReportExporter::progressChanged);
    QSignalSpy finished(&exporter, &ReportExporter::finished);
    const ReportExporter::Job job = this->job(
        ReportFormat(format), m_dir.filePath(QStringLiteral("out.") + reportFormatSuffix(ReportFormat(format))));
    QVERIFY(exporter.start(job));
    QVERIFY(exporter.isRunning());
    QVERIFY(!exporter.start(job)); // one at a time
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(finished.first().at(1).toString().isEmpty());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 100);
    QFile file(job.outputPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(magic.size()) == magic);
}

void ReportExporterTest::cancelKeepsTheOldFile()
{
    const QString path = m_dir.filePath(QStringLiteral("kept.json"));
    QVERIFY(writeEarlierExport(path));
    const ReportExporter::Job job = this->job(ReportFormat::Json, path);
    QString error;
    int calls = 0;
    QVERIFY(!ReportExporter::run(job, [&calls](int percent) { return ++calls < 5 && percent < 100; }, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(TestFiles::read(path), QByteArray("earlier export"));
}

void ReportExporterTest::cancelFromTheUi_data()
{
    // The worker is held at its first progress step in the given range, so cancel() always lands while it runs:
    // while the report is built (nothing opened for writing yet) or while it is written (the output file open).
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::newRow("building") << 0 << 49;
    QTest::newRow("writing") << 51 << 99;
}

void ReportExporterTest::cancelFromTheUi()
{
    QFETCH(int, from);
    QFETCH(int, to);
    const QString path = m_dir.filePath(QStringLiteral("cancelled-%1.json").arg(from));
    QVERIFY(writeEarlierExport(path));
    const ReportExporter::Job job = this->job(ReportFormat::Json, path);

    QSemaphore held;
    QSemaphore resume;
    bool holding = true; // only touched on the worker
    ReportExporter exporter;
    exporter.setStepHook([&](int percent) {
        if (holding && percent >= from && percent <= to) {
            holding = false;
            held.release();
            resume.acquire();
        }
    });
    QSignalSpy finished(&exporter, &ReportExporter::finished);
    QSignalSpy progress(&exporter, &ReportExporter::progressChanged);
    QVERIFY(exporter.start(job));
    QVERIFY2(held.tryAcquire(1, 60000), "the export never reached a progress step in the range");
    exporter.cancel();
    resume.release();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("The export was cancelled."));
    QVERIFY(!exporter.isRunning());
    for (const QList<QVariant> &step : std::as_const(progress)) {
        QVERIFY(step.at(0).toInt() <= to); // it stopped where it was held
    }
    QCOMPARE(TestFiles::read(path), QByteArray("earlier export"));
    // Nothing half-written is left next to it either.
    const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("cancelled-%1.json*").arg(from)});
    QCOMPARE(left, QStringList {QFileInfo(path).fileName()});
}

void ReportExporterTest::failureIsReported()
{
    ReportExporter exporter;
    QSignalSpy finished(&exporter, &ReportExporter::finished);
    ReportExporter::Job job;
    job.projectPath = m_dir.filePath(QStringLiteral("missing.sourcelight"));
    job.format = ReportFormat::Csv;
    job.outputPath = m_dir.filePath(QStringLiteral("never.csv"));
    QVERIFY(exporter.start(job));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("missing.sourcelight")));
    QVERIFY(!QFile::exists(job.outputPath));

    // An unknown document id is an error, not an empty report.
    job.projectPath = m_project;
    job.request.scope.documentIds = {9999};
    QString error;
    QVERIFY(!ReportExporter::run(job, {}, &error));
    QVERIFY(error.contains(QStringLiteral("9999")));
}

QTEST_MAIN(ReportExporterTest)
#include "reportexporter_test.moc"
