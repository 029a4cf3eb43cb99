// The one rule for web addresses (reports link them, the store keeps them as evidence, an article's address is one).
#include "webaddress.h"

#include <QTest>
#include <QUrl>

using namespace Sourcelight;

class WebAddressTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void texts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("web");

        QTest::newRow("https") << QStringLiteral("https://example.org/story?id=7#top") << true;
        QTest::newRow("http") << QStringLiteral("http://example.org") << true;
        QTest::newRow("scheme in capitals") << QStringLiteral("HTTPS://example.org/") << true;
        QTest::newRow("white space around") << QStringLiteral("  https://example.org/a \n") << true;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("data") << QStringLiteral("data:text/html,<script>alert(1)</script>") << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("mailto") << QStringLiteral("mailto:desk@example.org") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://example.org/a.txt") << false;
        QTest::newRow("no host") << QStringLiteral("https:///path") << false;
        QTest::newRow("no scheme") << QStringLiteral("example.org/story") << false;
        QTest::newRow("space inside") << QStringLiteral("https://exa mple.org/") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void texts()
    {
        QFETCH(QString, text);
        QFETCH(bool, web);
        QCOMPARE(WebAddress::isWebUrl(text), web);
    }

    void schemes()
    {
        QVERIFY(WebAddress::isWebScheme(QStringLiteral("http")));
        QVERIFY(WebAddress::isWebScheme(QStringLiteral("HTTPS")));
        QVERIFY(!WebAddress::isWebScheme(QStringLiteral("ftp")));
        QVERIFY(!WebAddress::isWebScheme(QStringLiteral("httpx")));
        QVERIFY(!WebAddress::isWebScheme(QString()));
    }

    void parsedUrls()
    {
        QVERIFY(WebAddress::isWebUrl(QUrl(QStringLiteral("https://example.org/"))));
        QVERIFY(!WebAddress::isWebUrl(QUrl(QStringLiteral("https:relative"))));
        QVERIFY(!WebAddress::isWebUrl(QUrl()));
    }
};

QTEST_GUILESS_MAIN(WebAddressTest)
#include "webaddress_test.moc"
