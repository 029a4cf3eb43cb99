// DocumentListModel: the library, its search and reviewed shares.
#include "documentlistmodel.h"
#include "itemmodels_fixture.h"
#include "itemroles.h"

#include <QLocale>

using namespace Sourcelight;

class DocumentListModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsDocuments()
    {
        Fixture::OpenProject p;
        QVERIFY(p.open(0));
        DocumentListModel *model = p.project.documents();
        Fixture::attachTester(model);
        QCOMPARE(model->rowCount(), 0);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(Fixture::addArticle(p.project.store(), QStringLiteral("Story %1").arg(i)) != 0);
        }
        QVERIFY(model->reload());
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->columnCount(), int(DocumentListModel::ColumnCount));
        // The rows are there at once; their counts read every sentence and follow from a worker (a large project
        // opens without waiting for them). Until then the count columns are empty, not 0.
        const QModelIndex first = model->index(0, DocumentListModel::SentencesColumn);
        QVERIFY(!first.data().isValid());
        QVERIFY(!first.data(SentenceCountRole).isValid());
        QTRY_COMPARE(first.data(SentenceCountRole).toLongLong(), qint64(Fixture::Lines.size()));
        QCOMPARE(first.data().toLongLong(), qint64(Fixture::Lines.size()));
        QCOMPARE(model->index(0, DocumentListModel::ReviewedColumn).data().toString(), QLocale().toString(0) + u'%');
        QCOMPARE(model->index(0, DocumentListModel::OutletColumn).data().toString(), QStringLiteral("Wire Desk"));
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rows");
        QTest::newRow("everything") << QString() << 2;
        QTest::newRow("title") << QStringLiteral("Beta") << 1;
        QTest::newRow("sentence text") << QStringLiteral("fuel prices") << 2;
        QTest::newRow("nothing") << QStringLiteral("submarine") << 0;
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(int, rows);
        Fixture::OpenProject p;
        QVERIFY(p.open(0));
        QVERIFY(Fixture::addArticle(p.project.store(), QStringLiteral("Alpha")));
        QVERIFY(Fixture::addArticle(p.project.store(), QStringLiteral("Beta")));
        DocumentListModel *model = p.project.documents();
        Fixture::attachTester(model);
        QVERIFY(model->reload());
        QVERIFY(model->setSearchText(text));
        QCOMPARE(model->rowCount(), rows);
    }

    void reviewedShareFollowsEdits()
    {
        Fixture::OpenProject p;
        QVERIFY(p.open(1));
        DocumentListModel *model = p.project.documents();
        Fixture::attachTester(model);
        QVERIFY(model->reload());
        QVERIFY(p.project.openDocument(p.documents[0]));
        QCOMPARE(model->rowCount(), 1);
        QTRY_VERIFY(model->index(0, 0).data(ReviewedShareRole).isValid());
        QCOMPARE(model->index(0, 0).data(ReviewedShareRole).toDouble(), 0.0);
        p.project.acceptSuggestion(p.sentences[0][1]);
        QTRY_COMPARE(model->index(0, 0).data(ReviewedShareRole).toDouble(), 1.0 / double(Fixture::Lines.size()));
    }
};

QTEST_GUILESS_MAIN(DocumentListModelTest)
#include "documentlistmodel_test.moc"
