// HTML to text for import: paragraphs kept, everything that is not article text dropped, nothing fetched.
#include "../testfiles.h"
#include "htmltextextractor.h"
#include "textdecoder.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Sourcelight;

namespace {

// Hand-written pages of real-world shapes, each beside the text a reader sees in a browser (page.html + page.txt).
const QString pageFolder = QStringLiteral(SOURCELIGHT_TEST_DATA "/html");

} // namespace

class HtmlTextExtractorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void article()
    {
        QFile file(QStringLiteral(SOURCELIGHT_TEST_DATA "/import/article.html"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const HtmlTextExtractor::Result result = HtmlTextExtractor::extract(QString::fromUtf8(file.readAll()));
        const QStringList paragraphs = result.text.split(QStringLiteral("\n\n"));
        QCOMPARE(paragraphs.value(0), QStringLiteral("Valdria reopens northern terminal"));
        QCOMPARE(paragraphs.value(1),
            QStringLiteral("Port authorities in Valdria reopened the northern terminal on Tuesday, officials said."));
        QCOMPARE(paragraphs.value(2),
            QStringLiteral("\u201CWe expect traffic to return to normal within a week,\u201D harbour master Ilse "
                           "Marten told reporters & photographers."));
        QCOMPARE(paragraphs.value(3),
            QStringLiteral("Two shipping agents said premiums rose by 12% \u2014 the highest since 2019.\n"
                           "Insurers declined to comment."));
        QCOMPARE(paragraphs.value(4), QStringLiteral("Harbour Wire \u00A9 2026"));
        QCOMPARE(paragraphs.size(), 5);
        for (const char *absent : {"Injected", "also not text", "Commented-out", "Home", "background", "tracker"}) {
            QVERIFY2(!result.text.contains(QLatin1String(absent)), absent);
        }
        QCOMPARE(result.metadata.title, QStringLiteral("Valdria reopens northern terminal"));
        QCOMPARE(result.metadata.outlet, QStringLiteral("Harbour Wire"));
        QCOMPARE(result.metadata.author, QStringLiteral("Nadia Brook"));
        QCOMPARE(result.metadata.published, QStringLiteral("2026-03-03T08:15:00Z"));
        QCOMPARE(result.metadata.url, QStringLiteral("https://example.invalid/harbour/valdria-terminal-html"));
        QCOMPARE(result.metadata.language, Language::English);
    }

    void fragments_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");

        QTest::newRow("title fallback") << "<title>Only &amp; title</title><p>Body</p>" << "Body";
        QTest::newRow("unclosed tags") << "<p>One<p>Two<div>Three" << "One\n\nTwo\n\nThree";
        QTest::newRow("whitespace collapses") << "<p>  a \n\t b  </p>" << "a b";
        QTest::newRow("inline tags join") << "<p>new<b>s</b> <i>wire</i></p>" << "news wire";
        QTest::newRow("numeric entities") << "<p>&#8220;x&#x201D; &#128512;</p>" << "\u201Cx\u201D \U0001F600";
        QTest::newRow("unknown entity kept") << "<p>&bogus; & more</p>" << "&bogus; & more";
        QTest::newRow("lone angle bracket") << "<p>3 < 4 and 5 > 2</p>" << "3 < 4 and 5 > 2";
        QTest::newRow("quoted > in attribute") << "<p title=\"a>b\">text</p>" << "text";
        QTest::newRow("unterminated comment") << "<p>kept</p><!-- never closed <p>gone</p>" << "kept";
        QTest::newRow("uppercase tags") << "<P>Up</P><SCRIPT>no()</SCRIPT><P>Down</P>" << "Up\n\nDown";
        QTest::newRow("pre keeps lines") << "<pre>line one\nline two</pre>" << "line one\nline two";
        QTest::newRow("truncated tag") << "<p>text</p><a href=\"x" << "text";
    }

    void fragments()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(HtmlTextExtractor::extract(html).text, text);
    }

    void pages_data()
    {
        QTest::addColumn<QString>("page");

        const QStringList pages = QDir(pageFolder).entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
        for (const QString &page : pages) {
            QTest::newRow(qPrintable(page)) << page;
        }
    }

    void pages()
    {
        QFETCH(QString, page);
        const QByteArray bytes = TestFiles::read(pageFolder + QLatin1Char('/') + page);
        QVERIFY(!bytes.isEmpty());
        // Decoded as the import does, so the pages that declare a legacy charset are read in it.
        const TextDecoder::Result decoded = TextDecoder::decode(bytes, HtmlTextExtractor::declaredCharset(bytes));
        QVERIFY2(decoded.ok, qPrintable(decoded.error));
        QString expected = QString::fromUtf8(
            TestFiles::read(pageFolder + QLatin1Char('/') + page.chopped(5) + QStringLiteral(".txt")));
        QVERIFY2(!expected.isEmpty(), "every page needs its expected text beside it");
        while (expected.endsWith(QLatin1Char('\n'))) {
            expected.chop(1); // the file's final newline is the editor's, not the page's
        }
        QCOMPARE(HtmlTextExtractor::extract(decoded.text).text, expected);
    }

    void pageFolderHoldsEnoughPairs()
    {
        const QDir folder(pageFolder);
        const QStringList pages = folder.entryList({QStringLiteral("*.html")}, QDir::Files);
        const QStringList texts = folder.entryList({QStringLiteral("*.txt")}, QDir::Files);
        QVERIFY2(pages.size() >= 20, qPrintable(QString::number(pages.size())));
        QCOMPARE(texts.size(), pages.size()); // no page without its text, no text without its page
    }

    void titleFromTitleElement()
    {
        const auto result = HtmlTextExtractor::extract(QStringLiteral("<head><title> A  B </title></head><p>x</p>"));
        QCOMPARE(result.metadata.title, QStringLiteral("A B"));
    }

    void declaredCharset()
    {
        QCOMPARE(HtmlTextExtractor::declaredCharset("<meta charset=\"Windows-1251\">"), QByteArray("windows-1251"));
        QCOMPARE(HtmlTextExtractor::declaredCharset(
                     "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">"),
            QByteArray("koi8-r"));
        QCOMPARE(HtmlTextExtractor::declaredCharset("<p>no charset</p>"), QByteArray());
    }
};

QTEST_GUILESS_MAIN(HtmlTextExtractorTest)
#include "htmltextextractor_test.moc"
