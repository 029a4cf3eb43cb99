// `sourcelight import --project P URL…`, run as a user runs it: the real binary, no display, against an HTTP server
// this test starts on 127.0.0.1. The page becomes a document with the address as its URL; the same address again,
// changed, is a new version with the analyst's work carried over; failures are JSON lines with a reason.
#include "../httptestserver.h"
#include "cliprocess.h"
#include "documenttable.h"
#include "portstory.h"
#include "projectstore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Sourcelight;
using Sourcelight::Cli::jsonLines;
using Sourcelight::Test::HttpResponse;
using Sourcelight::Test::HttpTestServer;

class ImportUrlCommandTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void importsThenUpdates()
    {
        HttpTestServer server;
        QVERIFY(server.isListening());
        server.route("/story", HttpResponse::page(Test::PortStory::first()));
        const QString project = m_dir.filePath(QStringLiteral("web.sourcelight"));
        const QString address = server.url(QStringLiteral("/story")).toString();

        const Cli::Result first = Cli::run({QStringLiteral("import"), QStringLiteral("--project"), project, address});
        QCOMPARE(first.exitCode, 0);
        const QList<QJsonObject> lines = jsonLines(first.out);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.at(0).value(QStringLiteral("file")).toString(), address);
        QCOMPARE(lines.at(0).value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
        QCOMPARE(lines.at(0).value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
        QCOMPARE(lines.at(0).value(QStringLiteral("sentences")).toInt(), 2);
        const Id firstId = lines.at(0).value(QStringLiteral("document")).toInteger();
        QCOMPARE(server.visited(), QList<QByteArray> {"/story"}); // not the stylesheet or the photo

        // The same page unchanged: a duplicate.
        const Cli::Result again = Cli::run({QStringLiteral("import"), QStringLiteral("--project"), project, address});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(jsonLines(again.out).value(0).value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));

        // The page changed since: a new version of the same article, found by its address.
        server.route("/story", HttpResponse::page(Test::PortStory::updated()));
        const Cli::Result updated = Cli::run({QStringLiteral("import"), QStringLiteral("--project"), project, address});
        QCOMPARE(updated.exitCode, 0);
        const QJsonObject line = jsonLines(updated.out).value(0);
        QCOMPARE(line.value(QStringLiteral("status")).toString(), QStringLiteral("updated"));
        QCOMPARE(line.value(QStringLiteral("previous")).toInteger(), firstId);
        QVERIFY(line.value(QStringLiteral("unplaced")).isArray());

        // Stored: the address is the article's URL, the page's details its metadata.
        ProjectStore store;
        QVERIFY(store.open(project));
        const std::optional<DocumentRecord> document
            = store.documents().document(line.value(QStringLiteral("document")).toInteger());
        QVERIFY(document);
        QCOMPARE(document->metadata.url, address);
        QCOMPARE(document->metadata.title, QStringLiteral("Port reopens after storm"));
        QCOMPARE(document->metadata.outlet, QStringLiteral("Harbour Times"));
        QVERIFY(document->body.endsWith(QStringLiteral("The first ferry left at noon.")));
        QCOMPARE(store.documents().count(false).value_or(-1), qint64(1));
    }

    void failuresAreReported()
    {
        HttpTestServer server;
        server.route(
            "/story", HttpResponse::page(Test::PortStory::page("<p>The port reopened, the harbour master said.</p>")));
        server.route("/slow", HttpResponse::silence());
        const QString project = m_dir.filePath(QStringLiteral("errors.sourcelight"));
        QElapsedTimer clock;
        clock.start();
        const Cli::Result result = Cli::run({QStringLiteral("import"), QStringLiteral("--project"), project,
            QStringLiteral("--timeout"), QStringLiteral("1"), server.url(QStringLiteral("/missing")).toString(),
            server.url(QStringLiteral("/slow")).toString(), QStringLiteral("ftp://127.0.0.1/a.txt"),
            server.url(QStringLiteral("/story")).toString()});
        QCOMPARE(result.exitCode, 1); // some failed
        QVERIFY(clock.elapsed() < 30000);
        const QList<QJsonObject> lines = jsonLines(result.out);
        QCOMPARE(lines.size(), 4);
        const auto expectError = [&lines](int i, const QString &expected) {
            const QJsonObject &line = lines.at(i);
            return line.value(QStringLiteral("status")).toString() == QLatin1String("error")
                && line.value(QStringLiteral("document")).isNull()
                && line.value(QStringLiteral("message")).toString().contains(expected);
        };
        const auto message = [&lines](int i) { return lines.at(i).value(QStringLiteral("message")).toString(); };
        QVERIFY2(expectError(0, QStringLiteral("was not found (HTTP 404)")), qPrintable(message(0)));
        QVERIFY2(expectError(1, QStringLiteral("within 1 second")), qPrintable(message(1)));
        QVERIFY2(expectError(2, QStringLiteral("http and https")), qPrintable(message(2)));
        // The others did not stop the last one.
        QCOMPARE(lines.at(3).value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
    }

    void badTimeoutIsAUsageError()
    {
        const Cli::Result result = Cli::run(
            {QStringLiteral("import"), QStringLiteral("--project"), m_dir.filePath(QStringLiteral("t.sourcelight")),
                QStringLiteral("--timeout"), QStringLiteral("soon"), QStringLiteral("https://example.org/")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("--timeout")), qPrintable(result.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("t.sourcelight"))));
    }

    void addressEndingInJsonIsNoBackup()
    {
        HttpTestServer server;
        server.route("/feed.json", HttpResponse::page("{\"items\": []}", "application/json"));
        const QString project = m_dir.filePath(QStringLiteral("json.sourcelight"));
        const Cli::Result result = Cli::run({QStringLiteral("import"), QStringLiteral("--project"), project,
            server.url(QStringLiteral("/feed.json")).toString()});
        QCOMPARE(result.exitCode, 1);
        const QJsonObject line = jsonLines(result.out).value(0);
        QCOMPARE(line.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QVERIFY2(line.value(QStringLiteral("message")).toString().contains(QStringLiteral("application/json")),
            qPrintable(line.value(QStringLiteral("message")).toString()));
    }
};

QTEST_GUILESS_MAIN(ImportUrlCommandTest)
#include "importurlcommand_test.moc"
