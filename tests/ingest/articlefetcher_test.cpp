// ArticleFetcher against a real HTTP server on 127.0.0.1 (tests/httptestserver.h): what an analyst gets for a page,
// a redirect, a missing page, a page in a legacy charset, one too large, one that never comes, an address that is
// not http(s) — and that nothing the page refers to is requested.
#include "../httptestserver.h"
#include "articlefetcher.h"

#include <QElapsedTimer>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

using namespace Sourcelight;
using Sourcelight::Test::HttpResponse;
using Sourcelight::Test::HttpTestServer;

namespace {

const QByteArray Article = "<!doctype html><html lang=en><head><title>Port reopens after storm</title>"
                           "<meta property=\"og:site_name\" content=\"Harbour Times\">"
                           "<link rel=stylesheet href=\"/style.css\"><script src=\"/app.js\"></script></head>"
                           "<body><img src=\"/photo.jpg\"><iframe src=\"/frame.html\"></iframe>"
                           "<p>The port reopened on Tuesday, the harbour master said.</p></body></html>";

QByteArray koi8r(const QString &text)
{
    QStringEncoder encoder("koi8-r");
    return encoder.encode(text);
}

const QString Russian = QStringLiteral("Порт снова открыт, сообщил капитан порта.");

} // namespace

class ArticleFetcherTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(QStringDecoder("koi8-r").isValid()); }

    void fetchesThePageOnly()
    {
        HttpTestServer server;
        QVERIFY(server.isListening());
        server.route("/story", HttpResponse::page(Article));
        ArticleFetcher fetcher;
        const ArticleFetcher::Result result = fetcher.fetchNow(server.url(QStringLiteral("/story")));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(result.mimeType, QByteArray("text/html"));
        QCOMPARE(result.charset, QByteArray("utf-8"));
        QString error;
        const std::optional<ImportText> text = ArticleFetcher::toImportText(result, &error);
        QVERIFY2(text, qPrintable(error));
        QCOMPARE(text->text, QStringLiteral("The port reopened on Tuesday, the harbour master said."));
        QCOMPARE(text->metadata.title, QStringLiteral("Port reopens after storm"));
        QCOMPARE(text->metadata.outlet, QStringLiteral("Harbour Times"));
        QCOMPARE(text->metadata.url, server.url(QStringLiteral("/story")).toString());
        QTest::qWait(100); // anything requested after the page would show up here
        QCOMPARE(server.visited(), QList<QByteArray> {"/story"});
    }

    void followsRedirects()
    {
        HttpTestServer server;
        server.route("/old", HttpResponse::redirect("/moved"));
        server.route("/moved", HttpResponse::redirect(server.url(QStringLiteral("/story")).toEncoded(), 301));
        server.route("/story", HttpResponse::page(Article));
        ArticleFetcher fetcher;
        const ArticleFetcher::Result result = fetcher.fetchNow(server.url(QStringLiteral("/old")));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.finalUrl, server.url(QStringLiteral("/story")));
        QString error;
        const std::optional<ImportText> text = ArticleFetcher::toImportText(result, &error);
        QVERIFY(text);
        // The address asked for is the article's URL: asking again finds this version.
        QCOMPARE(text->metadata.url, server.url(QStringLiteral("/old")).toString());
        QCOMPARE(server.visited(), (QList<QByteArray> {"/old", "/moved", "/story"}));
    }

    void tooManyRedirects()
    {
        HttpTestServer server;
        for (int i = 0; i < 10; ++i) {
            server.route("/r" + QByteArray::number(i), HttpResponse::redirect("/r" + QByteArray::number(i + 1)));
        }
        ArticleFetcher fetcher;
        const ArticleFetcher::Result result = fetcher.fetchNow(server.url(QStringLiteral("/r0")));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("redirects too often")), qPrintable(result.error));
        // It stopped long before the end of the chain (a request may be retried on a closed connection, so the
        // count of requests is not exact).
        QVERIFY(!server.requests().contains("/r9"));
    }

    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("reason");
        QTest::addColumn<QString>("expected");
        QTest::newRow("404") << 404 << QByteArray("Not Found") << QStringLiteral("was not found (HTTP 404)");
        QTest::newRow("403") << 403 << QByteArray("Forbidden") << QStringLiteral("refused access");
        QTest::newRow("500") << 500 << QByteArray("Internal Server Error")
                             << QStringLiteral("(HTTP 500 Internal Server Error)");
    }

    void httpErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, reason);
        QFETCH(QString, expected);
        HttpTestServer server;
        server.route("/page", HttpResponse::error(status, reason));
        ArticleFetcher fetcher;
        const ArticleFetcher::Result result = fetcher.fetchNow(server.url(QStringLiteral("/page")));
        QVERIFY(!result.ok);
        QCOMPARE(result.httpStatus, status);
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
        QVERIFY(result.body.isEmpty()); // the error page is not taken for the article
    }

    void charsetFromHeaderBeatsThePage()
    {
        HttpTestServer server;
        // The page claims windows-1251, the header (which HTTP says wins) koi8-r; the bytes are koi8-r.
        const QByteArray body = "<html><head><meta charset=windows-1251><title>Port</title></head><body><p>"
            + koi8r(Russian) + "</p></body></html>";
        server.route("/ru", HttpResponse::page(body, "text/html; charset=KOI8-R"));
        ArticleFetcher fetcher;
        const ArticleFetcher::Result result = fetcher.fetchNow(server.url(QStringLiteral("/ru")));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.charset, QByteArray("koi8-r"));
        QString error;
        const std::optional<ImportText> text = ArticleFetcher::toImportText(result, &error);
        QVERIFY2(text, qPrintable(error));
        QCOMPARE(text->text, Russian);
        QCOMPARE(text->encoding, QStringLiteral("koi8-r"));
    }

    void charsetFromThePage()
    {
        HttpTestServer server;
        const QByteArray body = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">"
                                "<title>Port</title></head><body><p>"
            + koi8r(Russian) + "</p></body></html>";
        server.route("/ru", HttpResponse::page(body, "text/html"));
        ArticleFetcher fetcher;
        const ArticleFetcher::Result result = fetcher.fetchNow(server.url(QStringLiteral("/ru")));
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.charset.isEmpty());
        QString error;
        const std::optional<ImportText> text = ArticleFetcher::toImportText(result, &error);
        QVERIFY2(text, qPrintable(error));
        QCOMPARE(text->text, Russian);
    }

    void plainText()
    {
        HttpTestServer server;
        server.route("/note.txt",
            HttpResponse::page(
                "Storm warning lifted\n\nThe warning was lifted, forecasters said.\n", "text/plain; charset=utf-8"));
        ArticleFetcher fetcher;
        QString error;
        const std::optional<ImportText> text
            = ArticleFetcher::toImportText(fetcher.fetchNow(server.url(QStringLiteral("/note.txt"))), &error);
        QVERIFY2(text, qPrintable(error));
        QCOMPARE(text->metadata.title, QStringLiteral("Storm warning lifted"));
        QVERIFY(text->text.endsWith(QStringLiteral("forecasters said.")));
    }

    void notAnArticle()
    {
        HttpTestServer server;
        server.route("/photo.jpg", HttpResponse::page(QByteArray(4096, '\xff'), "image/jpeg"));
        ArticleFetcher fetcher;
        const ArticleFetcher::Result result = fetcher.fetchNow(server.url(QStringLiteral("/photo.jpg")));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("image/jpeg")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("only HTML and text")), qPrintable(result.error));
    }

    void sizeLimit_data()
    {
        QTest::addColumn<bool>("contentLength");
        QTest::newRow("announced") << true;
        QTest::newRow("streamed") << false; // no Content-Length: the limit must hold while it arrives
    }

    void sizeLimit()
    {
        QFETCH(bool, contentLength);
        HttpTestServer server;
        HttpResponse large = HttpResponse::page("<html><body><p>" + QByteArray(3 * 1024 * 1024, 'a') + "</p>");
        large.contentLength = contentLength;
        server.route("/large", large);
        server.route("/small", HttpResponse::page(Article));
        ArticleFetcher fetcher;
        fetcher.setMaximumSize(1024 * 1024);
        const ArticleFetcher::Result result = fetcher.fetchNow(server.url(QStringLiteral("/large")));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("larger than 1 MB")), qPrintable(result.error));
        QVERIFY(result.body.isEmpty());
        // Within the limit, the same fetcher goes on working.
        QVERIFY(fetcher.fetchNow(server.url(QStringLiteral("/small"))).ok);
    }

    void timeout()
    {
        HttpTestServer server;
        server.route("/slow", HttpResponse::silence());
        ArticleFetcher fetcher;
        fetcher.setTimeout(1);
        QElapsedTimer clock;
        clock.start();
        const ArticleFetcher::Result result = fetcher.fetchNow(server.url(QStringLiteral("/slow")));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("within 1 second")), qPrintable(result.error));
        QVERIFY(clock.elapsed() < 10000);
    }

    void cancel()
    {
        HttpTestServer server;
        server.route("/slow", HttpResponse::silence());
        ArticleFetcher fetcher;
        ArticleFetcher::Result got;
        connect(&fetcher, &ArticleFetcher::finished, this, [&got](const ArticleFetcher::Result &r) { got = r; });
        fetcher.fetch(server.url(QStringLiteral("/slow")));
        QTRY_COMPARE(server.requests().size(), 1);
        fetcher.cancel();
        QTRY_VERIFY(got.cancelled);
        QVERIFY(!got.ok);
        QVERIFY(!fetcher.isRunning());
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            port = closed.serverPort();
        }
        ArticleFetcher fetcher;
        const ArticleFetcher::Result result
            = fetcher.fetchNow(QUrl(QStringLiteral("http://127.0.0.1:%1/story").arg(port)));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("refused the connection")), qPrintable(result.error));
    }

    void refusedSchemes_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd");
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/article.txt");
        QTest::newRow("data") << QStringLiteral("data:text/html,<p>hi</p>");
    }

    void refusedSchemes()
    {
        QFETCH(QString, address);
        QString error;
        QVERIFY(!ArticleFetcher::parseAddress(address, &error));
        QVERIFY2(error.contains(QStringLiteral("http and https")) || error.contains(QStringLiteral("not a web")),
            qPrintable(error));
        // Given to the fetcher directly, it is refused too, without any request.
        ArticleFetcher fetcher;
        const ArticleFetcher::Result result = fetcher.fetchNow(QUrl(address));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("Only http and https")), qPrintable(result.error));
    }

    void parseAddress_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("url");
        QTest::newRow("https") << QStringLiteral("https://example.org/a?b=1")
                               << QStringLiteral("https://example.org/a?b=1");
        QTest::newRow("no scheme") << QStringLiteral("example.org/news/1")
                                   << QStringLiteral("https://example.org/news/1");
        QTest::newRow("fragment dropped")
            << QStringLiteral(" HTTP://example.org/a#top ") << QStringLiteral("http://example.org/a");
    }

    void parseAddress()
    {
        QFETCH(QString, typed);
        QFETCH(QString, url);
        QString error;
        const std::optional<QUrl> parsed = ArticleFetcher::parseAddress(typed, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->toString(), url);
    }

    void looksLikeAddress()
    {
        QVERIFY(ArticleFetcher::looksLikeAddress(QStringLiteral("https://example.org/a.json")));
        QVERIFY(ArticleFetcher::looksLikeAddress(QStringLiteral("ftp://x")));
        QVERIFY(!ArticleFetcher::looksLikeAddress(QStringLiteral("article.html")));
        QVERIFY(!ArticleFetcher::looksLikeAddress(QStringLiteral("/tmp/a://b.txt")));
    }

    void errorMessages_data()
    {
        // The sentences for failures a local server cannot easily produce (DNS, TLS): the mapping itself.
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected");
        QTest::newRow("dns") << int(QNetworkReply::HostNotFoundError) << 0
                             << QStringLiteral("The server “news.example” was not found");
        QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << 0
                             << QStringLiteral("No secure (TLS) connection could be made to “news.example”: "
                                               "certificate expired");
        QTest::newRow("insecure redirect") << int(QNetworkReply::InsecureRedirectError) << 0
                                           << QStringLiteral("from a secure (https) address to an insecure one");
        QTest::newRow("404 wins over the error code")
            << int(QNetworkReply::ContentNotFoundError) << 404
            << QStringLiteral("The page “https://news.example/story” was not found (HTTP 404).");
        QTest::newRow("other") << int(QNetworkReply::ProxyNotFoundError) << 0
                               << QStringLiteral("could not be fetched: certificate expired");
    }

    void errorMessages()
    {
        QFETCH(int, error);
        QFETCH(int, status);
        QFETCH(QString, expected);
        const QString message = ArticleFetcher::errorMessage(QNetworkReply::NetworkError(error), status, {},
            QUrl(QStringLiteral("https://news.example/story")), QStringLiteral("certificate expired"));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(ArticleFetcherTest)
#include "articlefetcher_test.moc"
