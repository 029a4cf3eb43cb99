// Markdown to text for import: front matter becomes metadata, paragraphs stay, markup goes.
#include "markdowntextextractor.h"

#include <QTest>

using namespace Sourcelight;

class MarkdownTextExtractorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blocks_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("text");

        QTest::newRow("paragraph lines join") << "one\ntwo\n\nthree" << "one two\n\nthree";
        QTest::newRow("heading") << "# Title #\ntext" << "Title\n\ntext";
        QTest::newRow("setext heading") << "Title\n=====\ntext" << "Title\n\ntext";
        QTest::newRow("list items") << "- one\n- two\n1. three" << "one\n\ntwo\n\nthree";
        QTest::newRow("quote") << "> quoted\n> more" << "quoted more";
        QTest::newRow("emphasis") << "**bold** and *it* and _u_ and `code`" << "bold and it and u and code";
        QTest::newRow("snake_case kept") << "a file_name_here" << "a file_name_here";
        QTest::newRow("link and image") << "see [the report](http://x.invalid) ![alt text](i.png)"
                                        << "see the report alt text";
        QTest::newRow("html dropped") << "a <span class=\"x\">b</span>" << "a b";
        QTest::newRow("rule") << "a\n\n---\n\nb" << "a\n\nb";
        QTest::newRow("fence keeps lines") << "```\nx = 1\ny = 2\n```" << "x = 1\ny = 2";
        QTest::newRow("escapes") << "\\*not emphasis\\*" << "*not emphasis*";
        QTest::newRow("crlf") << "one\r\ntwo\r\n\r\nthree" << "one two\n\nthree";
        QTest::newRow("reference definition") << "text [ref][1]\n\n[1]: http://x.invalid" << "text ref";
    }

    void blocks()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, text);
        QCOMPARE(MarkdownTextExtractor::extract(markdown).text, text);
    }

    void frontMatter()
    {
        const auto result = MarkdownTextExtractor::extract(
            QStringLiteral("---\ntitle: \"Quoted: with colon\"\noutlet: Wire\nlanguage: ru\nunknown: x\n---\nBody"));
        QCOMPARE(result.metadata.title, QStringLiteral("Quoted: with colon"));
        QCOMPARE(result.metadata.outlet, QStringLiteral("Wire"));
        QCOMPARE(result.metadata.language, Language::Russian);
        QCOMPARE(result.text, QStringLiteral("Body"));
    }

    void noFrontMatterWithRuleLater()
    {
        const auto result = MarkdownTextExtractor::extract(QStringLiteral("Intro\n\n---\n\nMore"));
        QCOMPARE(result.metadata.title, QString());
        QCOMPARE(result.text, QStringLiteral("Intro\n\nMore"));
    }
};

QTEST_GUILESS_MAIN(MarkdownTextExtractorTest)
#include "markdowntextextractor_test.moc"
