// Golden files for every text format on the fixture project (tests/data/golden/report.*). After an intended
// change of output, regenerate them with SOURCELIGHT_UPDATE_GOLDEN=1 and review the diff.

#include "qdpxwriter.h"
#include "reportexporter.h"
#include "reportfixture.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Sourcelight;

class ReportGoldenTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void golden_data();
    void golden();

private:
    ReportFixture::TempProject m_fixture;
};

namespace {

ReportOptions goldenOptions()
{
    ReportOptions options;
    options.generatedAt = ReportFixture::FixedTime;
    options.organisation = QStringLiteral("Example Fact Check");
    options.organisationUrl = QStringLiteral("https://factcheck.example.org/reviews");
    options.baseIri = QStringLiteral("urn:sourcelight:fixture");
    options.annotationsPerPage = 3;
    options.indentJson = true; // readable golden files
    return options;
}

} // namespace

void ReportGoldenTest::initTestCase()
{
    QVERIFY(m_fixture.create(QStringLiteral("fixture.sourcelight")));
    QCOMPARE(m_fixture.data.documents.size(), 2);
    QCOMPARE(m_fixture.data.claimCount(), 5);
}

void ReportGoldenTest::golden_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("file");
    QTest::newRow("html") << int(ReportFormat::Html) << QStringLiteral("report.html");
    QTest::newRow("markdown") << int(ReportFormat::Markdown) << QStringLiteral("report.md");
    QTest::newRow("csv") << int(ReportFormat::Csv) << QStringLiteral("report.csv");
    QTest::newRow("json") << int(ReportFormat::Json) << QStringLiteral("report.json");
    QTest::newRow("w3c") << int(ReportFormat::WebAnnotation) << QStringLiteral("report.w3c.jsonld");
    QTest::newRow("claimreview") << int(ReportFormat::ClaimReview) << QStringLiteral("report.claimreview.jsonld");
    // The .qdpx zip itself is compared by its project.qde and text sources (the zip bytes depend on zlib).
    QTest::newRow("qdpx") << int(ReportFormat::Qdpx) << QStringLiteral("report.qde");
}

void ReportGoldenTest::golden()
{
    QFETCH(int, format);
    QFETCH(QString, file);
    const ReportOptions options = goldenOptions();
    QByteArray actual;
    if (ReportFormat(format) == ReportFormat::Qdpx) {
        QdpxWriter writer;
        actual = writer.projectXml(m_fixture.data, options);
    } else {
        QBuffer buffer(&actual);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY2(ReportExporter::write(ReportFormat(format), m_fixture.data, options, buffer, {}, &error),
            qPrintable(error));
    }
    QVERIFY(!actual.isEmpty());

    const QString path = QStringLiteral(SOURCELIGHT_TEST_DATA "/golden/") + file;
    if (qEnvironmentVariableIsSet("SOURCELIGHT_UPDATE_GOLDEN")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual);
        QSKIP("golden file written");
    }
    QFile in(path);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray expected = in.readAll();
    if (actual != expected) {
        const QString dump = QDir::temp().filePath(file + QStringLiteral(".actual"));
        QFile out(dump);
        if (out.open(QIODevice::WriteOnly)) {
            out.write(actual);
        }
        const QList<QByteArray> a = actual.split('\n');
        const QList<QByteArray> e = expected.split('\n');
        for (qsizetype i = 0; i < qMin(a.size(), e.size()); ++i) {
            if (a.at(i) != e.at(i)) {
                qWarning("first difference at line %lld (actual output in %s)", i + 1, qPrintable(dump));
                QCOMPARE(a.at(i), e.at(i));
            }
        }
        QCOMPARE(a.size(), e.size());
    }
}

QTEST_MAIN(ReportGoldenTest)
#include "reportgolden_test.moc"
