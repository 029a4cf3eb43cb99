// Finding annotated passages again in an edited article.
#include "textquoteanchor.h"

#include <QTest>

using namespace Sourcelight;

class TextQuoteAnchorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void locate_data()
    {
        QTest::addColumn<QString>("oldText");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("newText");
        QTest::addColumn<QString>("expected"); // the text found, empty when it must not be found

        const QString base = QStringLiteral("Officials met on Monday. The minister said talks would resume. "
                                            "Critics disagreed.");
        QTest::newRow("unchanged") << base << 25 << 62 << base << "The minister said talks would resume.";
        QTest::newRow("text inserted before")
            << base << 25 << 62 << QStringLiteral("Breaking. ") + base << "The minister said talks would resume.";
        QTest::newRow("small edit inside")
            << base << 25 << 62
            << QStringLiteral("Officials met on Monday. The minister said the talks would resume. Critics disagreed.")
            << "The minister said the talks would resume.";
        QTest::newRow("typo fixed") << QStringLiteral("A. The ministre said talks would resume. B.") << 3 << 40
                                    << QStringLiteral("A. The minister said talks would resume. B.")
                                    << "The minister said talks would resume.";
        QTest::newRow("words inserted inside a short quote")
            << QStringLiteral("Insurers had raised premiums by 12%. Shares fell.") << 13 << 35
            << QStringLiteral("Insurers had raised premiums by about 12%. Shares fell.")
            << "raised premiums by about 12%";
        QTest::newRow("removed") << base << 25 << 62 << QStringLiteral("Officials met on Monday. Critics disagreed.")
                                 << QString();
        QTest::newRow("rewritten entirely")
            << base << 25 << 62 << QStringLiteral("Officials met on Monday. Nobody commented. Critics disagreed.")
            << QString();
    }

    void locate()
    {
        QFETCH(QString, oldText);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QString, newText);
        QFETCH(QString, expected);
        const TextQuoteSelector selector = TextQuoteAnchor::describe(oldText, {start, end});
        const std::optional<TextSpan> found = TextQuoteAnchor::locate(newText, selector, start);
        if (expected.isEmpty()) {
            QVERIFY2(!found, qPrintable(found ? newText.mid(found->start, found->length()) : QString()));
            return;
        }
        QVERIFY(found);
        QCOMPARE(newText.mid(found->start, found->length()), expected);
    }

    void repeatedQuoteUsesContext()
    {
        // The same words twice: the occurrence whose neighbours match is the one.
        const QString oldText = QStringLiteral("Monday: No comment. Tuesday: No comment. Wednesday: quiet.");
        const TextQuoteSelector selector = TextQuoteAnchor::describe(oldText, {29, 40}); // Tuesday's
        QCOMPARE(selector.exact, QStringLiteral("No comment."));
        const QString newText = QStringLiteral("Sunday: rain. Monday: No comment. Tuesday: No comment. Wednesday.");
        const std::optional<TextSpan> found = TextQuoteAnchor::locate(newText, selector, 0);
        QVERIFY(found);
        QCOMPARE(found->start, newText.indexOf(QStringLiteral("Tuesday: ")) + 9);
    }

    void selectorContext()
    {
        const QString text = QStringLiteral("0123456789abcdefghij");
        const TextQuoteSelector selector = TextQuoteAnchor::describe(text, {10, 12}, 4);
        QCOMPARE(selector.exact, QStringLiteral("ab"));
        QCOMPARE(selector.prefix, QStringLiteral("6789"));
        QCOMPARE(selector.suffix, QStringLiteral("cdef"));
    }
};

QTEST_GUILESS_MAIN(TextQuoteAnchorTest)
#include "textquoteanchor_test.moc"
