// ServerAddress: what a team project's address means, and that its password is never shown.

#include "serveraddress.h"

#include <QTest>

using namespace Sourcelight;
using namespace Qt::StringLiterals;

class ServerAddressTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("shown");
        QTest::newRow("full") << u"postgresql://ana@db.example.org:5433/newsroom?sslmode=require"_s
                              << u"db.example.org"_s << 5433 << u"newsroom"_s << u"ana"_s << u"sslmode=require"_s
                              << u"postgresql://ana@db.example.org:5433/newsroom?sslmode=require"_s;
        QTest::newRow("environment decides the rest") << u"postgresql:///newsroom"_s << QString() << -1 << u"newsroom"_s
                                                      << QString() << QString() << u"postgresql:///newsroom"_s;
        QTest::newRow("postgres scheme, socket folder")
            << u"postgres:///team?host=/run/postgresql&user=bo"_s << u"/run/postgresql"_s << -1 << u"team"_s << u"bo"_s
            << QString() << u"postgresql://bo@/team?host=%2Frun%2Fpostgresql"_s;
        QTest::newRow("password is never shown")
            << u"postgresql://ana:s3cret@host/db?connect_timeout=5"_s << u"host"_s << -1 << u"db"_s << u"ana"_s
            << u"connect_timeout=5"_s << u"postgresql://ana@host/db?connect_timeout=5"_s;
        QTest::newRow("encoded name") << u"postgresql://host/fact%20check"_s << u"host"_s << -1 << u"fact check"_s
                                      << QString() << QString() << u"postgresql://host/fact%20check"_s;
    }

    void parses()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(ServerAddress::isServerAddress(text));
        const std::optional<ServerAddress> address = ServerAddress::parse(text, &error);
        QVERIFY2(address, qPrintable(error));
        QTEST(address->host(), "host");
        QTEST(address->port(), "port");
        QTEST(address->database(), "database");
        QTEST(address->user(), "user");
        QTEST(address->connectOptions(), "options");
        QTEST(address->shown(), "shown");
        QVERIFY(!address->shown().contains(u"s3cret"_s));
        // What is shown opens the same project (the password then comes from the environment or ~/.pgpass).
        const std::optional<ServerAddress> again = ServerAddress::parse(address->shown());
        QVERIFY(again);
        QCOMPARE(again->shown(), address->shown());
        QCOMPARE(again->host(), address->host());
    }

    void passwordIsKeptForTheConnection()
    {
        const std::optional<ServerAddress> address = ServerAddress::parse(u"postgresql://ana:s3cret@host/db"_s);
        QVERIFY(address);
        QCOMPARE(address->password(), u"s3cret"_s);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("a file") << u"/home/ana/p.sourcelight"_s << u"not a PostgreSQL address"_s;
        QTest::newRow("no database") << u"postgresql://host"_s << u"names no database"_s;
        QTest::newRow("no database, slash") << u"postgresql://host/"_s << u"names no database"_s;
        QTest::newRow("unknown option") << u"postgresql://host/db?sslmod=require"_s << u"“sslmod”"_s;
        QTest::newRow("option breaking the connection string")
            << u"postgresql://host/db?application_name=a%20b"_s << u"cannot pass on"_s;
        QTest::newRow("port not a number") << u"postgresql:///db?port=five"_s << u"not a number"_s;
    }

    void refuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!ServerAddress::parse(text, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(ServerAddressTest)
#include "serveraddress_test.moc"
