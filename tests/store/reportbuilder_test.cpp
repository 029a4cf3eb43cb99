// Which claims a report lists: the export filters (`sourcelight export --filter`, the export dialog) let through
// exactly the claims the Claims dock shows for the same filter, by the source the claim rests on (hop 0 of its
// sentence's effective attribution), its anonymity, verdict and type.
#include "../reports/reportfixture.h"
#include "projectqueries.h"
#include "reportfilterparser.h"

#include "../testprojects.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Sourcelight;

namespace {

// Claims of the fixture by their sentence's words, so a row names what it expects.
QString claimKey(const ReportDocument &document, const ClaimRecord &claim)
{
    return document.sentence(claim.sentenceId) ? document.claimText(claim).left(12) : QString();
}

} // namespace

class ReportBuilderTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ProjectStore m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(ReportFixture::create(m_store, TestProjects::newProject(m_dir, QStringLiteral("fixture.sourcelight"))));
    }

    void filtersListTheClaimsTheDockShows_data()
    {
        QTest::addColumn<QStringList>("filters");
        QTest::addColumn<QStringList>("claims");
        const QString kirby = QStringLiteral("The escorts ");
        const QString officials = QStringLiteral("at least 14 ");
        const QString insurers = QStringLiteral("Insurers rai");
        const QString fragile = QStringLiteral("The arrangem");
        const QString drones = QStringLiteral("За його дани");
        QTest::addRow("none") << QStringList {} << QStringList {kirby, officials, insurers, fragile, drones};
        QTest::addRow("verified") << QStringList {QStringLiteral("verified")}
                                  << QStringList {kirby, officials, insurers, drones};
        QTest::addRow("anonymous") << QStringList {QStringLiteral("anonymous")} << QStringList {officials};
        QTest::addRow("source") << QStringList {QStringLiteral("source=John Kirby")} << QStringList {kirby};
        QTest::addRow("carried source") << QStringList {QStringLiteral("source=Міністерство оборони України")}
                                        << QStringList {drones};
        QTest::addRow("a conduit is not the source")
            << QStringList {QStringLiteral("source=Reuters")} << QStringList {};
        QTest::addRow("verdict") << QStringList {QStringLiteral("verdict=false")} << QStringList {drones};
        QTest::addRow("type") << QStringList {QStringLiteral("type=statistic")}
                              << QStringList {officials, insurers, drones};
        QTest::addRow("type and verdict")
            << QStringList {QStringLiteral("type=statistic"), QStringLiteral("verdict=disputed")}
            << QStringList {officials};
    }

    void filtersListTheClaimsTheDockShows()
    {
        QFETCH(QStringList, filters);
        QFETCH(QStringList, claims);
        ReportFilterParser parser(m_store);
        const std::optional<ClaimFilter> filter = parser.parse(filters);
        QVERIFY2(filter, qPrintable(parser.errorString()));
        ReportRequest request;
        request.filter = *filter;
        const ReportData report = ReportFixture::report(m_store, request);
        QStringList listed;
        QList<Id> reportIds;
        for (const ReportDocument &document : report.documents) {
            for (const ReportClaim &claim : document.claims) {
                listed.append(claimKey(document, claim.record));
                reportIds.append(claim.record.id);
            }
        }
        listed.sort();
        claims.sort();
        QCOMPARE(listed, claims);
        // The Claims dock, given the same filter, lists the same claims.
        ClaimQuery query;
        query.filter = *filter;
        const std::optional<QList<ClaimRow>> rows = ProjectQueries::claimRows(m_store, query, 0, 100);
        QVERIFY(rows);
        QList<Id> dockIds;
        for (const ClaimRow &row : *rows) {
            dockIds.append(row.claimId);
        }
        std::sort(reportIds.begin(), reportIds.end());
        std::sort(dockIds.begin(), dockIds.end());
        QCOMPARE(reportIds, dockIds);
    }

    void filterOfTheDockNarrowsAReport()
    {
        // Members the export language does not spell (reviewer, text) filter a report as they filter the dock.
        ClaimFilter filter;
        filter.text = QStringLiteral("insurer");
        ReportRequest request;
        request.filter = filter;
        const ReportData byText = ReportFixture::report(m_store, request);
        QStringList listed;
        for (const ReportDocument &document : byText.documents) {
            for (const ReportClaim &claim : document.claims) {
                listed.append(claimKey(document, claim.record));
            }
        }
        QCOMPARE(listed, QStringList {QStringLiteral("Insurers rai")});
        request.filter = {};
        request.filter.reviewer = QStringLiteral("Nobody Here");
        const ReportData byReviewer = ReportFixture::report(m_store, request);
        for (const ReportDocument &document : byReviewer.documents) {
            QVERIFY(document.claims.isEmpty());
        }
        QVERIFY(!byReviewer.complete);
    }
};

QTEST_GUILESS_MAIN(ReportBuilderTest)
#include "reportbuilder_test.moc"
