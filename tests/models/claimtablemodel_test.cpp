// ClaimTableModel: every claim, filtered and sorted in SQL, fetched a page at a time.
#include "claimtablemodel.h"
#include "itemmodels_fixture.h"
#include "itemroles.h"
#include "sourcetable.h"

using namespace Sourcelight;

class ClaimTableModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesThroughManyClaims()
    {
        Fixture::OpenProject p;
        const int articles = 70; // 350 claims: more than one page
        QVERIFY(p.open(articles));
        for (const QList<Id> &sentences : std::as_const(p.sentences)) {
            for (const Id s : sentences) {
                QVERIFY(p.project.ensureSentenceClaim(s));
            }
        }
        ClaimTableModel *model = p.project.claims();
        Fixture::attachTester(model);
        QVERIFY(model->reload());
        QCOMPARE(model->totalCount(), qint64(articles * Fixture::Lines.size()));
        QCOMPARE(model->rowCount(), ClaimTableModel::PageSize);
        QVERIFY(model->canFetchMore({}));
        model->fetchMore({});
        QCOMPARE(model->rowCount(), int(model->totalCount()));
        QVERIFY(!model->canFetchMore({}));
    }

    void filters_data()
    {
        QTest::addColumn<int>("filter");
        QTest::addColumn<int>("rows");
        QTest::newRow("none") << 0 << 5;
        QTest::newRow("anonymous") << 1 << 2;
        QTest::newRow("not anonymous") << 2 << 2; // Kirby and the ministry; the author's sentence has no source
        QTest::newRow("verdict") << 3 << 1;
        QTest::newRow("kind person") << 4 << 1;
        QTest::newRow("text") << 5 << 1;
        QTest::newRow("anonymous and text") << 6 << 1;
        QTest::newRow("reviewer") << 7 << 5;
        QTest::newRow("source") << 8 << 1;
    }

    void filters()
    {
        QFETCH(int, filter);
        QFETCH(int, rows);
        Fixture::OpenProject p;
        QVERIFY(p.open(1));
        QVERIFY(p.project.store().setReviewer(QStringLiteral("Test Analyst")));
        for (const Id s : std::as_const(p.sentences[0])) {
            QVERIFY(p.project.ensureSentenceClaim(s));
        }
        QVERIFY(p.project.openDocument(p.documents[0]));
        p.project.setVerdict(p.sentences[0][3], Verdict::Disputed);
        ClaimTableModel *model = p.project.claims();
        Fixture::attachTester(model);
        ClaimQuery q;
        switch (filter) {
        case 1:
            q.anonymous = true;
            break;
        case 2:
            q.anonymous = false;
            break;
        case 3:
            q.verdict = Verdict::Disputed;
            break;
        case 4:
            q.sourceKind = SourceKind::Person;
            break;
        case 5:
            q.text = QStringLiteral("fuel prices");
            break;
        case 6:
            q.anonymous = true;
            q.text = QStringLiteral("timeline");
            break;
        case 7:
            q.reviewer = QStringLiteral("Test Analyst");
            break;
        case 8:
            q.sourceId = p.project.store().sources().find(QStringLiteral("John Kirby"), SourceKind::Person).value_or(0);
            break;
        }
        QVERIFY(model->setQuery(q));
        QCOMPARE(model->rowCount(), rows);
        QCOMPARE(model->totalCount(), qint64(rows));
    }

    void sortKeepsRowsAndEditsRefreshRow()
    {
        Fixture::OpenProject p;
        QVERIFY(p.open(1));
        for (const Id s : std::as_const(p.sentences[0])) {
            QVERIFY(p.project.ensureSentenceClaim(s));
        }
        QVERIFY(p.project.openDocument(p.documents[0]));
        ClaimTableModel *model = p.project.claims();
        Fixture::attachTester(model);
        QVERIFY(model->reload());
        model->sort(ClaimTableModel::SourceColumn, Qt::AscendingOrder);
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(model->index(0, ClaimTableModel::SourceColumn).data().toString(), tr("(author)"));
        model->sort(ClaimTableModel::SourceColumn, Qt::DescendingOrder);
        QCOMPARE(model->index(0, ClaimTableModel::SourceColumn).data().toString(), QStringLiteral("US official #2"));

        p.project.setVerdict(p.sentences[0][2], Verdict::Misleading);
        bool found = false;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data(SentenceIdRole).value<Id>() == p.sentences[0][2]) {
                QCOMPARE(model->index(r, 0).data(VerdictRole).toInt(), int(Verdict::Misleading));
                found = true;
            }
        }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(ClaimTableModelTest)
#include "claimtablemodel_test.moc"
