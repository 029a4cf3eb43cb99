// The CSV export parses back, with an independent RFC 4180 reader, into exactly the rows the fixture holds (typed
// out in the test).

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
    ReportFixture::TempProject m_fixture;
};

void CsvReportTest::initTestCase()
{
    QVERIFY(m_fixture.create(QStringLiteral("csv.sourcelight")));
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
    QVERIFY(ReportExporter::write(ReportFormat::Csv, m_fixture.data, options, buffer));
    QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), bom);
    if (bom) {
        bytes.remove(0, 3);
    }
    const QString text = QString::fromUtf8(bytes);
    QCOMPARE(text.toUtf8(), bytes); // valid UTF-8
    bool ok = false;
    const QList<QStringList> records = parseCsv(text, &ok);
    QVERIFY(ok);
    // What the fixture holds, typed out here rather than taken from the writer, so a wrong field, a shifted column
    // or a lost row in the writer shows up as a difference.
    const QStringList header {QStringLiteral("claim_id"), QStringLiteral("document_id"),
        QStringLiteral("document_title"), QStringLiteral("outlet"), QStringLiteral("url"), QStringLiteral("published"),
        QStringLiteral("sentence"), QStringLiteral("claim"), QStringLiteral("source"), QStringLiteral("source_kind"),
        QStringLiteral("anonymous"), QStringLiteral("via"), QStringLiteral("cue"), QStringLiteral("quote"),
        QStringLiteral("attribution_origin"), QStringLiteral("verdict"), QStringLiteral("claim_type"),
        QStringLiteral("confidence"), QStringLiteral("note"), QStringLiteral("tags"), QStringLiteral("reviewer"),
        QStringLiteral("evidence"), QStringLiteral("created_at"), QStringLiteral("updated_at")};
    const QString title = QStringLiteral("Escorts for grain ships to continue, officials say");
    const QString outlet = QStringLiteral("Example Wire");
    const QString url = QStringLiteral("https://news.example.org/world/grain-escorts?id=7&lang=en");
    const QString published = QStringLiteral("2026-03-04T08:15:00Z");
    const QString reviewer = QStringLiteral("Dana Analyst");
    const QList<QStringList> expected {
        // A chain confirmed by the analyst: Kirby rests it, Reuters carries it.
        {QStringLiteral("1"), QStringLiteral("1"), title, outlet, url, published, QStringLiteral("2"),
            QStringLiteral("The escorts will continue \u201cas long as they are needed,\u201d John Kirby, the White "
                           "House National Security Council spokesman, said, as quoted by Reuters."),
            QStringLiteral("John Kirby"), QStringLiteral("person"), QStringLiteral("no"), QStringLiteral("Reuters"),
            QStringLiteral("said, as quoted by"), QStringLiteral("mixed"), QStringLiteral("confirmed"),
            QStringLiteral("supported"), QStringLiteral("quote"), QStringLiteral("0.9"),
            QStringLiteral("Matches the NSC briefing transcript; see <evidence> & notes."), QStringLiteral("follow-up"),
            reviewer, QStringLiteral("https://www.example.gov/briefing-room/2026/03/04"),
            QStringLiteral("2026-03-05T09:30:01.000Z"), QStringLiteral("2026-03-05T09:31:41.000Z")},
        // A claim on part of a sentence (with an emoji outside the BMP), anonymous officials, a note with a line break.
        {QStringLiteral("2"), QStringLiteral("1"), title, outlet, url, published, QStringLiteral("3"),
            QStringLiteral("at least 14 vessels had been inspected \U0001F6A2"), QStringLiteral("US officials"),
            QStringLiteral("anonymous"), QStringLiteral("yes"), QString(), QStringLiteral("said"),
            QStringLiteral("indirect"), QStringLiteral("edited"), QStringLiteral("disputed"),
            QStringLiteral("statistic"), QString(),
            QStringLiteral("Port authority lists 11 inspections.\nAsk for the log."),
            QStringLiteral("follow-up; numbers"), reviewer, QString(), QStringLiteral("2026-03-05T09:30:02.000Z"),
            QStringLiteral("2026-03-05T09:31:42.000Z")},
        // A suggestion nobody decided on yet; a note with quotes and a comma.
        {QStringLiteral("3"), QStringLiteral("1"), title, outlet, url, published, QStringLiteral("4"),
            QStringLiteral("Insurers raised premiums for the route by 30% last month, Bloomberg reported, citing "
                           "people familiar with the matter."),
            QStringLiteral("Bloomberg"), QStringLiteral("outlet"), QStringLiteral("no"), QString(),
            QStringLiteral("reported, citing"), QStringLiteral("indirect"), QStringLiteral("suggested"),
            QStringLiteral("misleading"), QStringLiteral("statistic"), QString(),
            QStringLiteral("The rise was 30% for one insurer, \"about 10%\" on average."), QString(), reviewer,
            QString(), QStringLiteral("2026-03-05T09:30:03.000Z"), QStringLiteral("2026-03-05T09:31:43.000Z")},
        // A sentence without any attribution: the article's own voice.
        {QStringLiteral("4"), QStringLiteral("1"), title, outlet, url, published, QStringLiteral("5"),
            QStringLiteral("The arrangement remains fragile."), QString(), QStringLiteral("author"),
            QStringLiteral("no"), QString(), QString(), QString(), QString(), QStringLiteral("unverified"),
            QStringLiteral("opinion"), QString(), QString(), QString(), reviewer, QString(),
            QStringLiteral("2026-03-05T09:30:04.000Z"), QStringLiteral("2026-03-05T09:31:44.000Z")},
        // The Ukrainian article: a carried attribution, a URL that is not a web address (kept as text).
        {QStringLiteral("5"), QStringLiteral("2"), QStringLiteral("Удари тривали всю ніч"), QStringLiteral("Приклад"),
            QStringLiteral("javascript:alert(1)"), QStringLiteral("2026-03-02"), QStringLiteral("2"),
            QStringLiteral("За його даними, збито 12 дронів."), QStringLiteral("Міністерство оборони України"),
            QStringLiteral("official_body"), QStringLiteral("no"), QString(), QStringLiteral("За його даними"),
            QStringLiteral("indirect"), QStringLiteral("suggested"), QStringLiteral("false"),
            QStringLiteral("statistic"), QString(), QString(), QString(), reviewer, QString(),
            QStringLiteral("2026-03-05T09:30:05.000Z"), QStringLiteral("2026-03-05T09:31:45.000Z")},
    };
    QCOMPARE(records.size(), expected.size() + 1);
    QCOMPARE(records.first(), header);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(records.at(i + 1).size(), header.size());
        for (qsizetype column = 0; column < header.size(); ++column) {
            QVERIFY2(records.at(i + 1).at(column) == expected.at(i).at(column),
                qPrintable(QStringLiteral("row %1, %2: \"%3\", expected \"%4\"")
                        .arg(i + 1)
                        .arg(header.at(column), records.at(i + 1).at(column), expected.at(i).at(column))));
        }
    }
    // The quoting itself, as a spreadsheet reads it: quotes doubled inside a quoted field, a line break kept inside.
    QVERIFY(text.contains(QStringLiteral(",\"The rise was 30% for one insurer, \"\"about 10%\"\" on average.\",")));
    QVERIFY(text.contains(QStringLiteral(",\"Port authority lists 11 inspections.\nAsk for the log.\",")));
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
