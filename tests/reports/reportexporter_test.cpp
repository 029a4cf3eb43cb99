// ReportExporter: an export on a worker thread with its own store connection reports progress and finishes with
// the file written; a cancelled or failed export leaves an earlier file as it was.

#include "reportexporter.h"
#include "reportfixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
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
    void failureIsReported();

private:
    QTemporaryDir m_dir;
    QString m_project;
};

void ReportExporterTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("exporter.sourcelight"));
    ProjectStore store;
    QVERIFY(store.open(m_project, ProjectStore::OpenMode::CreateIfMissing));
    ReportFixture::populate(store);
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
    ReportExporter::Job job;
    job.projectPath = m_project;
    job.format = ReportFormat(format);
    job.outputPath = m_dir.filePath(QStringLiteral("out.") + reportFormatSuffix(job.format));
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
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("earlier export");
    }
    ReportExporter::Job job;
    job.projectPath = m_project;
    job.format = ReportFormat::Json;
    job.outputPath = path;
    QString error;
    int calls = 0;
    QVERIFY(!ReportExporter::run(job, [&calls](int percent) { return ++calls < 5 && percent < 100; }, &error));
    QVERIFY(!error.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("earlier export"));

    // Cancelled from the UI side while the worker runs: the old file stays too.
    ReportExporter exporter;
    QSignalSpy finished(&exporter, &ReportExporter::finished);
    connect(&exporter, &ReportExporter::progressChanged, &exporter, [&exporter] { exporter.cancel(); });
    QVERIFY(exporter.start(job));
    QVERIFY(finished.wait(60000));
    if (!finished.first().at(0).toBool()) {
        QVERIFY(!finished.first().at(1).toString().isEmpty());
        QVERIFY(file.seek(0));
        QCOMPARE(file.readAll(), QByteArray("earlier export"));
    } // else the worker had finished before the first progress signal arrived: nothing to cancel
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
