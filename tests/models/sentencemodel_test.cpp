// SentenceModel: one row per sentence of the open document; edits change exactly their row.
#include "itemmodels_fixture.h"
#include "itemroles.h"
#include "sentencemodel.h"

#include <QSignalSpy>

using namespace Sourcelight;

class SentenceModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsDocumentAndResets()
    {
        Fixture::OpenProject p;
        QVERIFY(p.open(2));
        SentenceModel *model = p.project.sentences();
        Fixture::attachTester(model);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(p.project.openDocument(p.documents[0]));
        QCOMPARE(model->rowCount(), int(Fixture::Lines.size()));
        QCOMPARE(model->index(1).data().toString(), Fixture::Lines[1]);
        QCOMPARE(model->index(2).data(SourceNameRole).toString(), QStringLiteral("John Kirby"));
        QCOMPARE(model->index(2).data(ViaRole).toStringList(), QStringList {QStringLiteral("Reuters")});
        QCOMPARE(model->index(1).data(AnonymousRole).toBool(), true);
        QCOMPARE(model->index(2).data(AnonymousRole).toBool(), false);
        QCOMPARE(model->index(0).data(ScopeRole).toInt(), int(AttributionScope::Author));
        QVERIFY(model->index(1).data(SourceColourRole).value<QColor>().isValid());
        QVERIFY(model->index(2).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Reuters")));
        QVERIFY(p.project.openDocument(p.documents[1]));
        QCOMPARE(model->rowCount(), int(Fixture::Lines.size()));
        QVERIFY(p.project.openDocument(0));
        QCOMPARE(model->rowCount(), 0);
    }

    void editChangesOnlyItsRow()
    {
        Fixture::OpenProject p;
        QVERIFY(p.open(1));
        QVERIFY(p.project.openDocument(p.documents[0]));
        SentenceModel *model = p.project.sentences();
        Fixture::attachTester(model);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        p.project.acceptSuggestion(p.sentences[0][3]);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 3);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 3);
    }

    // The cue is the stored span, in sentence offsets, even when the cue word occurs earlier in the sentence.
    void cueSpanIsTheStoredOne()
    {
        Fixture::OpenProject p;
        QVERIFY(p.open(0));
        const QString first = QStringLiteral("Talks resumed.");
        const QString second = QStringLiteral("He said what she said, Smith said.");
        DocumentRecord doc;
        doc.metadata.title = QStringLiteral("Cues");
        doc.body = first + QLatin1Char('\n') + second;
        const qsizetype secondStart = first.size() + 1;
        QList<Id> ids;
        const std::optional<Id> docId = p.project.store().documents().addDocument(
            doc, {{0, first.size()}, {secondStart, secondStart + second.size()}}, &ids);
        QVERIFY(docId);
        QList<AttributionSuggestion> suggestions(2);
        suggestions[0].scope = AttributionScope::Author;
        suggestions[1].source = Fixture::mention(QStringLiteral("Smith"), SourceKind::Person);
        suggestions[1].cueText = QStringLiteral("said");
        const qsizetype cueAt = second.lastIndexOf(QStringLiteral("said"));
        suggestions[1].cue = {secondStart + cueAt, secondStart + cueAt + 4};
        suggestions[1].scope = AttributionScope::Explicit;
        QVERIFY(p.project.store().attributions().storeSuggestions(ids, suggestions));
        SentenceModel *model = p.project.sentences();
        Fixture::attachTester(model);
        QVERIFY(p.project.openDocument(*docId));
        QCOMPARE(model->index(1).data(CueStartRole).toLongLong(), qint64(cueAt));
        QCOMPARE(model->index(1).data(CueEndRole).toLongLong(), qint64(cueAt + 4));
        QCOMPARE(model->index(0).data(CueStartRole).toLongLong(), qint64(-1)); // no cue stored
        QCOMPARE(model->index(0).data(CueEndRole).toLongLong(), qint64(-1));
    }

    void reviewProgress()
    {
        Fixture::OpenProject p;
        QVERIFY(p.open(1));
        QVERIFY(p.project.openDocument(p.documents[0]));
        SentenceModel *model = p.project.sentences();
        QCOMPARE(model->reviewedCount(), 0);
        QCOMPARE(model->attributedCount(), 4);
        QCOMPARE(model->nextUnreviewed(-1), 0);
        p.project.acceptSuggestion(p.sentences[0][0]);
        p.project.acceptSuggestion(p.sentences[0][1]);
        QCOMPARE(model->reviewedCount(), 2);
        QCOMPARE(model->nextUnreviewed(0), 2);
        QCOMPARE(model->nextUnreviewed(4), 2); // wraps around
        QCOMPARE(model->rowForSentence(p.sentences[0][4]), 4);
        QCOMPARE(model->sentenceId(4), p.sentences[0][4]);
    }
};

QTEST_GUILESS_MAIN(SentenceModelTest)
#include "sentencemodel_test.moc"
