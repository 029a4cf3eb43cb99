// SourceModel: kind → source tree with counts; renames and merges reshape it.
#include "itemmodels_fixture.h"
#include "itemroles.h"
#include "sourcemodel.h"

#include <QUndoStack>

using namespace Sourcelight;

class SourceModelTest : public QObject
{
    Q_OBJECT

private:
    static QModelIndex groupOf(SourceModel *model, SourceKind kind)
    {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data(KindRole).toInt() == int(kind)) {
                return model->index(r, 0);
            }
        }
        return {};
    }

private Q_SLOTS:
    void treeByKindWithCounts()
    {
        Fixture::OpenProject p;
        QVERIFY(p.open(2));
        SourceModel *model = p.project.sources();
        Fixture::attachTester(model);
        QVERIFY(model->reload());
        const QModelIndex anonymous = groupOf(model, SourceKind::Anonymous);
        QVERIFY(anonymous.isValid());
        QCOMPARE(model->rowCount(anonymous), 2);
        QCOMPARE(
            model->index(0, SourceModel::NameColumn, anonymous).data().toString(), QStringLiteral("US official #1"));
        // The project's model counts on a worker: reload() returned without the counts (no number is shown rather
        // than a wrong one), which follow.
        QVERIFY(!model->index(0, SourceModel::CountColumn, anonymous).data().isValid());
        QVERIFY(!model->index(anonymous.row(), SourceModel::CountColumn).data().isValid());
        // Each anonymous official is the source of one sentence in each of the two articles.
        QTRY_COMPARE(model->index(0, SourceModel::CountColumn, anonymous).data().toLongLong(), qint64(2));
        QTRY_COMPARE(model->index(anonymous.row(), SourceModel::CountColumn).data().toLongLong(), qint64(4));
        // Reuters is only a conduit: it is listed, but no sentence rests on it.
        const QModelIndex outlets = groupOf(model, SourceKind::Outlet);
        QCOMPARE(model->index(0, SourceModel::CountColumn, outlets).data().toLongLong(), qint64(0));
        QVERIFY(model->index(0, 0, outlets).data(Qt::DecorationRole).value<QColor>().isValid());
        const Id kirby = model->index(0, 0, groupOf(model, SourceKind::Person)).data(IdRole).value<Id>();
        const QModelIndexList found = model->match(
            model->index(0, 0), IdRole, QVariant::fromValue(kirby), 1, Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(model->sourceId(found.value(0)), kirby);
    }

    void countsAtOnceWithoutTheProject()
    {
        Fixture::OpenProject p;
        QVERIFY(p.open(2));
        SourceModel model(p.project.store());
        Fixture::attachTester(&model);
        QVERIFY(model.reload());
        QCOMPARE(model.index(0, SourceModel::CountColumn, groupOf(&model, SourceKind::Anonymous)).data().toLongLong(),
            qint64(2));
    }

    void countsFollowASwitchOfProjectWhileCounting()
    {
        Fixture::OpenProject first;
        QVERIFY(first.open(2));
        const QString firstPath = first.project.path();
        Fixture::OpenProject second;
        QVERIFY(second.open(1));
        const QString secondPath = second.project.path();
        second.project.close();
        // One project object, two files: the second opens while the first one's count is still running.
        Project &project = first.project;
        SourceModel *model = project.sources();
        Fixture::attachTester(model);
        QVERIFY(project.open(firstPath, false));
        QVERIFY(project.open(secondPath, false));
        QVERIFY(!model->index(0, SourceModel::CountColumn, groupOf(model, SourceKind::Anonymous)).data().isValid());
        QTRY_COMPARE(
            model->index(0, SourceModel::CountColumn, groupOf(model, SourceKind::Anonymous)).data().toLongLong(),
            qint64(1));
        // Closed and opened again, the dock shows no numbers rather than zeros until the count is in.
        project.close();
        QVERIFY(project.open(secondPath, false));
        QVERIFY(!model->index(0, SourceModel::CountColumn, groupOf(model, SourceKind::Anonymous)).data().isValid());
        QTRY_COMPARE(
            model->index(0, SourceModel::CountColumn, groupOf(model, SourceKind::Anonymous)).data().toLongLong(),
            qint64(1));
    }

    void countsFollowEditsAndMergesReshape()
    {
        Fixture::OpenProject p;
        QVERIFY(p.open(1));
        SourceModel *model = p.project.sources();
        Fixture::attachTester(model);
        QVERIFY(model->reload());
        QVERIFY(p.project.openDocument(p.documents[0]));
        const QModelIndex persons = groupOf(model, SourceKind::Person);
        const Id kirby = model->index(0, 0, persons).data(IdRole).value<Id>();
        p.project.setSource(p.sentences[0][0], kirby);
        QTRY_COMPARE(model->index(0, SourceModel::CountColumn, groupOf(model, SourceKind::Person)).data().toLongLong(),
            qint64(2));

        const QModelIndex anonymous = groupOf(model, SourceKind::Anonymous);
        const Id first = model->index(0, 0, anonymous).data(IdRole).value<Id>();
        const Id second = model->index(1, 0, anonymous).data(IdRole).value<Id>();
        p.project.mergeSources(second, first);
        QCOMPARE(model->rowCount(groupOf(model, SourceKind::Anonymous)), 1);
        p.project.undoStack()->undo();
        QCOMPARE(model->rowCount(groupOf(model, SourceKind::Anonymous)), 2);
    }
};

QTEST_GUILESS_MAIN(SourceModelTest)
#include "sourcemodel_test.moc"
