// UTF-16 ↔ code point offsets: the one conversion between the app's offsets and the outside world's.
#include "codepointmap.h"

#include <QTest>

using namespace Sourcelight;

class CodePointMapTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("codePoints");

        QTest::newRow("ascii") << QStringLiteral("Kirby said.") << qsizetype(11);
        QTest::newRow("cyrillic") << QStringLiteral("Песков заявил.") << qsizetype(14);
        QTest::newRow("combining marks") << QStringLiteral("Cafe\u0301 owner said") << qsizetype(16);
        QTest::newRow("emoji") << QStringLiteral("Fire \U0001F525 here \U0001F680!") << qsizetype(14);
        QTest::newRow("flag pair") << QStringLiteral("\U0001F1FA\U0001F1E6 Україна") << qsizetype(10);
        QTest::newRow("empty") << QString() << qsizetype(0);
    }

    void roundTrip()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, codePoints);

        const CodePointMap map(text);
        QCOMPARE(map.codePointLength(), codePoints);
        QCOMPARE(map.codePointLength(), text.toUcs4().size());
        // Every code point boundary maps to the UTF-16 boundary that precedes that code point, and back.
        const QList<uint> ucs4 = text.toUcs4();
        qsizetype utf16 = 0;
        for (qsizetype cp = 0; cp <= ucs4.size(); ++cp) {
            QCOMPARE(map.toUtf16(cp), utf16);
            QCOMPARE(map.toCodePoint(utf16), cp);
            if (cp < ucs4.size()) {
                utf16 += QChar::requiresSurrogates(ucs4.at(cp)) ? 2 : 1;
            }
        }
    }

    void insidePairMapsToItsCodePoint()
    {
        const QString text = QStringLiteral("a\U0001F600b");
        const CodePointMap map(text);
        QCOMPARE(map.toCodePoint(2), qsizetype(1));
        QCOMPARE(map.toCodePoint(3), qsizetype(2));
    }

    void outOfRangeClamps()
    {
        const QString text = QStringLiteral("x\U0001F600");
        const CodePointMap map(text);
        QCOMPARE(map.toUtf16(99), text.size());
        QCOMPARE(map.toCodePoint(99), qsizetype(2));
        QCOMPARE(map.toCodePoint(-4), qsizetype(0));
    }
};

QTEST_GUILESS_MAIN(CodePointMapTest)
#include "codepointmap_test.moc"
