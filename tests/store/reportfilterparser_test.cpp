// The export filter language (`sourcelight export --filter …`) and the source lookup by id, name or alias.
#include "projectstore.h"
#include "reportfilterparser.h"
#include "sourcetable.h"
#include "storetest.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Sourcelight;

class ReportFilterParserTest : public QObject
{
    Q_OBJECT

private:
    StoreTest::FreshStore m_store;
    Id m_kirby = 0;
    Id m_reuters = 0;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_store.create());
        m_kirby = m_store->sources().findOrCreate(QStringLiteral("John Kirby"), SourceKind::Person).value_or(0);
        m_reuters = m_store->sources().findOrCreate(QStringLiteral("Reuters"), SourceKind::Outlet).value_or(0);
        QVERIFY(m_kirby > 0 && m_reuters > 0);
        QVERIFY(m_store->sources().addAlias(m_kirby, QStringLiteral("Адмирал Кирби")));
    }

    void cleanup() { m_store.reset(); }

    void filters_data()
    {
        QTest::addColumn<QStringList>("filters");
        QTest::addColumn<bool>("verified");
        QTest::addColumn<bool>("anonymous");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("type");
        QTest::addRow("none") << QStringList {} << false << false << QString() << QString();
        QTest::addRow("verified") << QStringList {QStringLiteral("verified")} << true << false << QString()
                                  << QString();
        QTest::addRow("anonymous, upper case")
            << QStringList {QStringLiteral(" ANONYMOUS ")} << false << true << QString() << QString();
        QTest::addRow("verdict") << QStringList {QStringLiteral("verdict=disputed")} << false << false
                                 << QStringLiteral("disputed") << QString();
        QTest::addRow("type") << QStringList {QStringLiteral("type=statistic")} << false << false << QString()
                              << QStringLiteral("statistic");
        QTest::addRow("claim-type, combined")
            << QStringList {QStringLiteral("claim-type = forecast"), QStringLiteral("verified")} << true << false
            << QString() << QStringLiteral("forecast");
    }

    void filters()
    {
        QFETCH(QStringList, filters);
        ReportFilterParser parser(*m_store);
        const std::optional<ClaimFilter> filter = parser.parse(filters);
        QVERIFY2(filter, qPrintable(parser.errorString()));
        QCOMPARE(parser.error(), ReportFilterParser::Error::None);
        QTEST(filter->onlyVerified, "verified");
        QTEST(filter->anonymous.value_or(false), "anonymous");
        QTEST(filter->verdict ? toString(*filter->verdict) : QString(), "verdict");
        QTEST(filter->type ? toString(*filter->type) : QString(), "type");
        QVERIFY(!filter->sourceId);
    }

    void source_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("expected"); // "kirby", "reuters"
        QTest::addRow("name") << QStringLiteral("source=John Kirby") << QStringLiteral("kirby");
        QTest::addRow("name, other case") << QStringLiteral("source=reuters") << QStringLiteral("reuters");
        QTest::addRow("alias, Cyrillic case folded")
            << QStringLiteral("source=адмирал кирби") << QStringLiteral("kirby");
        QTest::addRow("id") << QStringLiteral("source=%1") << QStringLiteral("reuters");
    }

    void source()
    {
        QFETCH(QString, filter);
        QFETCH(QString, expected);
        const Id want = expected == QLatin1String("kirby") ? m_kirby : m_reuters;
        if (filter.contains(QLatin1String("%1"))) {
            filter = filter.arg(want);
        }
        ReportFilterParser parser(*m_store);
        const std::optional<ClaimFilter> parsed = parser.parse({filter});
        QVERIFY2(parsed, qPrintable(parser.errorString()));
        QCOMPARE(parsed->sourceId.value_or(0), want);
        QCOMPARE(m_store->sources().lookup(filter.section(QLatin1Char('='), 1)).value_or(-1), want);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("message");
        const int unknownFilter = int(ReportFilterParser::Error::UnknownFilter);
        const int unknownSource = int(ReportFilterParser::Error::UnknownSource);
        QTest::addRow("unknown key") << QStringLiteral("colour=red") << unknownFilter
                                     << QStringLiteral("unknown filter 'colour=red'");
        QTest::addRow("verified with a value")
            << QStringLiteral("verified=yes") << unknownFilter << QStringLiteral("unknown filter 'verified=yes'");
        QTest::addRow("unknown verdict") << QStringLiteral("verdict=maybe") << unknownFilter
                                         << QStringLiteral("unknown filter 'verdict=maybe'");
        QTest::addRow("empty source") << QStringLiteral("source=") << unknownFilter
                                      << QStringLiteral("unknown filter 'source='");
        QTest::addRow("unknown source") << QStringLiteral("source=Bloomberg") << unknownSource
                                        << QStringLiteral("there is no source 'Bloomberg' in the project");
        QTest::addRow("unknown id") << QStringLiteral("source=999") << unknownSource
                                    << QStringLiteral("there is no source '999' in the project");
    }

    void errors()
    {
        QFETCH(QString, filter);
        ReportFilterParser parser(*m_store);
        QVERIFY(!parser.parse({QStringLiteral("verified"), filter}));
        QTEST(int(parser.error()), "error");
        QTEST(parser.errorString(), "message");
    }

    void lookupUnknown() { QCOMPARE(m_store->sources().lookup(QStringLiteral("Nobody")).value_or(-1), 0); }
};

QTEST_GUILESS_MAIN(ReportFilterParserTest)
#include "reportfilterparser_test.moc"
