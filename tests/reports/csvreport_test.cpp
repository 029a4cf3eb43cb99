// The CSV export parses back, with an independent RFC 4180 reader, into exactly the rows it was written from.

#include "csvreportwriter.h"
#include "reportexporter.h"
#include "reportfixture.h"

#include <QBuffer>
#include <QTemporaryDir>

using namespace Sourcelight;

namespace {

/// RFC 4180: records end with CRLF; a field is quoted when it starts with '"', and "" inside quotes is one '"'.
QList<QStringList> parseCsv(const QString &text, bool *ok)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted) {
                *ok = false; // a quote inside an unquoted field
            }
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n')) {
                *ok = false; // a bare CR outside quotes
            }
        } else if (c == QLatin1Char('\n')) {
            if (i == 0 || text.at(i - 1) != QLatin1Char('\r')) {
                *ok = false; // records end with CRLF
            }
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            wasQuoted = false;
        } else {
            if (wasQuoted) {
                *ok = false; // text after a closing quote
            }
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty()) {
        *ok = false; // the last record must end with CRLF too
    }
    return records;
}

} // namespace

class CsvReportTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parsesBack_data();
    void parsesBack();
    void parserRejectsBrokenQuoting();

private:
    QTemporaryDir m_dir;
    ProjectStore m_store;
    ReportData m_data;
};

void CsvReportTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("csv.sourcelight")), ProjectStore::OpenMode::CreateIfMissing));
    ReportFixture::populate(m_store);
    m_data = ReportFixture::report(m_store);
}

void CsvReportTest::parsesBack_data()
{
    QTest::addColumn<bool>("bom");
    QTest::newRow("plain") << false;
    QTest::newRow("bom") << true;
}

void CsvReportTest::parsesBack()
{
    QFETCH(bool, bom);
    ReportOptions options;
    options.csvByteOrderMark = bom;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(ReportExporter::write(ReportFormat::Csv, m_data, options, buffer));
    QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), bom);
    if (bom) {
        bytes.remove(0, 3);
    }
    const QString text = QString::fromUtf8(bytes);
    QCOMPARE(text.toUtf8(), bytes); // valid UTF-8
    bool ok = false;
    const QList<QStringList> records = parseCsv(text, &ok);
    QVERIFY(ok);
    QCOMPARE(records.size(), m_data.claimCount() + 1);
    QCOMPARE(records.first(), CsvReportWriter::columns());
    const QList<QStringList> rows = CsvReportWriter::rows(m_data);
    QCOMPARE(records.mid(1), rows);
    // The awkward fields really are in there: a line break, quotes, a comma, Cyrillic, an emoji.
    QString all;
    for (const QStringList &row : rows) {
        all += row.join(QLatin1Char('|'));
    }
    QVERIFY(all.contains(QStringLiteral("inspections.\nAsk")));
    QVERIFY(all.contains(QStringLiteral("\"about 10%\"")));
    QVERIFY(all.contains(QStringLiteral("Міністерство")));
    QVERIFY(all.contains(QStringLiteral("\U0001F6A2")));
    for (const QStringList &row : rows) {
        QCOMPARE(row.size(), CsvReportWriter::columns().size());
    }
}

void CsvReportTest::parserRejectsBrokenQuoting()
{
    bool ok = true;
    parseCsv(QStringLiteral("a,\"b\r\n"), &ok);
    QVERIFY(!ok);
    parseCsv(QStringLiteral("a,b\n"), &ok);
    QVERIFY(!ok);
    QCOMPARE(parseCsv(QStringLiteral("a,\"b,\"\"c\"\"\r\nd\"\r\n"), &ok),
        (QList<QStringList> {{QStringLiteral("a"), QStringLiteral("b,\"c\"\r\nd")}}));
    QVERIFY(ok);
}

QTEST_MAIN(CsvReportTest)
#include "csvreport_test.moc"
