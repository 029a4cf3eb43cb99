// ClaimTableModel: every claim, filtered and sorted in SQL, fetched a page at a time.
#include "claimtablemodel.h"
#include "itemmodels_fixture.h"
#include "itemroles.h"
#include "sourcetable.h"

#include <QUndoStack>

using namespace Sourcelight;

class ClaimTableModelTest : public QObject
{
    Q_OBJECT

    // One document whose every sentence has a claim, open in the project.
    static bool openWithClaims(Fixture::OpenProject &p)
    {
        if (!p.open(1)) {
            return false;
        }
        for (const Id s : std::as_const(p.sentences[0])) {
            if (!p.project.ensureSentenceClaim(s)) {
                return false;
            }
        }
        return p.project.openDocument(p.documents[0]);
    }

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
        QCOMPARE(model->countMatches().value_or(-1), qint64(articles * Fixture::Lines.size()));
        QCOMPARE(model->rowCount(), ClaimTableModel::PageSize);
        QVERIFY(model->canFetchMore({}));
        model->fetchMore({});
        QCOMPARE(model->rowCount(), int(model->countMatches().value_or(-1)));
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
            q.filter.anonymous = true;
            break;
        case 2:
            q.filter.anonymous = false;
            break;
        case 3:
            q.filter.verdict = Verdict::Disputed;
            break;
        case 4:
            q.filter.sourceKind = SourceKind::Person;
            break;
        case 5:
            q.filter.text = QStringLiteral("fuel prices");
            break;
        case 6:
            q.filter.anonymous = true;
            q.filter.text = QStringLiteral("timeline");
            break;
        case 7:
            q.filter.reviewer = QStringLiteral("Test Analyst");
            break;
        case 8:
            q.filter.sourceId
                = p.project.store().sources().find(QStringLiteral("John Kirby"), SourceKind::Person).value_or(0);
            break;
        }
        QVERIFY(model->setQuery(q));
        QCOMPARE(model->rowCount(), rows);
        QCOMPARE(model->countMatches().value_or(-1), qint64(rows));
    }

    // The filter reads the source copied onto each claim (schema version 4); every kind of attribution edit, its
    // undo, a merge of sources and a rejection must move the claim between the filter's results.
    void sourceFilterFollowsAttributionEdits()
    {
        Fixture::OpenProject p;
        QVERIFY(openWithClaims(p));
        ClaimTableModel *model = p.project.claims();
        Fixture::attachTester(model);
        SourceTable &sources = p.project.store().sources();
        const Id kirby = sources.find(QStringLiteral("John Kirby"), SourceKind::Person).value_or(0);
        const Id ministry = sources.find(QStringLiteral("the Ministry"), SourceKind::OfficialBody).value_or(0);
        QVERIFY(kirby && ministry);
        auto matches = [&](const ClaimQuery &q) {
            if (!model->setQuery(q)) {
                return QList<Id> {Id(-1)};
            }
            QList<Id> sentences;
            for (int r = 0; r < model->rowCount(); ++r) {
                sentences.append(model->index(r, 0).data(SentenceIdRole).value<Id>());
            }
            return sentences;
        };
        ClaimQuery byKirby;
        byKirby.filter.sourceId = kirby;
        ClaimQuery anonymous;
        anonymous.filter.anonymous = true;
        const QList<Id> &s = p.sentences[0];
        QCOMPARE(matches(byKirby), QList<Id> {s[2]});

        // The analyst's source replaces the suggestion's; undo brings the suggestion back.
        p.project.setSource(s[0], kirby);
        QCOMPARE(matches(byKirby), (QList<Id> {s[0], s[2]}));
        p.project.undoStack()->undo();
        QCOMPARE(matches(byKirby), QList<Id> {s[2]});
        p.project.undoStack()->redo();
        QCOMPARE(matches(byKirby), (QList<Id> {s[0], s[2]}));

        // Marking the mention anonymous moves it into the anonymous filter.
        QCOMPARE(matches(anonymous), (QList<Id> {s[1], s[3]}));
        p.project.setProfile(s[0], true, SourceCount::One, QString(), false);
        QCOMPARE(matches(anonymous), (QList<Id> {s[0], s[1], s[3]}));

        // Rejecting the Kirby suggestion leaves that sentence without a source.
        p.project.rejectSuggestion(s[2]);
        QCOMPARE(matches(byKirby), QList<Id> {s[0]});

        // Merging Kirby into the ministry re-points every claim that rested on him.
        p.project.mergeSources(kirby, ministry);
        ClaimQuery byMinistry;
        byMinistry.filter.sourceId = ministry;
        QCOMPARE(matches(byMinistry), (QList<Id> {s[0], s[4]}));
        QCOMPARE(matches(byKirby), QList<Id> {});
    }

    void sortKeepsRowsAndEditsRefreshRow()
    {
        Fixture::OpenProject p;
        QVERIFY(openWithClaims(p));
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
