// The Library's undoable document edits (DocumentMetadataCommand): what the library, the claims list, the history
// and the reports show after each step, and after closing and reopening the project.
#include "../historyof.h"
#include "claimtablemodel.h"
#include "documentlistmodel.h"
#include "documenttable.h"
#include "itemmodels_fixture.h"
#include "itemroles.h"
#include "reportbuilder.h"
#include "sentencemodel.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUndoStack>

using namespace Sourcelight;

class DocumentCommandsTest : public QObject
{
    Q_OBJECT

private:
    static QString libraryTitle(Project &project, Id documentId)
    {
        DocumentListModel *model = project.documents();
        const int row = model->rowForDocument(documentId);
        return row < 0 ? QString() : model->index(row, DocumentListModel::TitleColumn).data().toString();
    }

    static QString reportTitle(ProjectStore &store, Id documentId)
    {
        ReportBuilder builder(store);
        const std::optional<ReportData> data = builder.build(ReportRequest {});
        if (!data) {
            return QStringLiteral("(no report: %1)").arg(builder.errorString());
        }
        for (const ReportDocument &d : data->documents) {
            if (d.record.id == documentId) {
                return d.record.metadata.title;
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void editMetadataUndoRedo()
    {
        Fixture::OpenProject p;
        QVERIFY(p.open(2));
        DocumentListModel *library = p.project.documents();
        Fixture::attachTester(library);
        Fixture::attachTester(p.project.claims());
        QVERIFY(library->reload());
        const Id doc = p.documents.at(0);
        // A claim on the article, so the Claims list shows its title.
        p.project.setVerdict(p.sentences.at(0).at(1), Verdict::Disputed);
        p.project.undoStack()->clear();
        QVERIFY(p.project.claims()->reload());
        QCOMPARE(p.project.claims()->index(0, ClaimTableModel::DocumentColumn).data().toString(),
            QStringLiteral("Article 1"));

        DocumentMetadata edited = *p.project.documentMetadata(doc);
        const DocumentMetadata original = edited;
        edited.title = QStringLiteral("Convoy talks stall over fuel");
        edited.author = QStringLiteral("Mara Quill");
        edited.url = QStringLiteral("https://example.org/convoy");
        edited.published = QStringLiteral("2026-03-15");
        edited.language = Language::Ukrainian;
        QSignalSpy changed(library, &QAbstractItemModel::dataChanged);
        p.project.setDocumentMetadata(doc, edited);
        QCOMPARE(p.project.undoStack()->count(), 1);
        QCOMPARE(changed.size(), 1); // the one row, not a reset
        QCOMPARE(libraryTitle(p.project, doc), edited.title);
        QCOMPARE(*p.project.documentMetadata(doc), edited);
        QCOMPARE(reportTitle(p.project.store(), doc), edited.title);
        QTRY_COMPARE(p.project.claims()->index(0, ClaimTableModel::DocumentColumn).data().toString(), edited.title);
        // The other article is untouched.
        QCOMPARE(libraryTitle(p.project, p.documents.at(1)), QStringLiteral("Article 2"));

        // One history line per changed field, by the reviewer, old → new.
        const QList<HistoryEntry> history = TestSupport::historyOf(p.project.store(), QStringLiteral("documents"), doc);
        QStringList fields;
        for (const HistoryEntry &h : history) {
            fields << h.field;
        }
        QCOMPARE(fields,
            (QStringList {QStringLiteral("imported"), QStringLiteral("title"), QStringLiteral("author"),
                QStringLiteral("url"), QStringLiteral("published"), QStringLiteral("language")}));
        QCOMPARE(history.at(1).oldValue.value_or(QString()), QStringLiteral("Article 1"));
        QCOMPARE(history.at(1).newValue.value_or(QString()), edited.title);
        QCOMPARE(history.at(1).reviewerName, p.project.store().reviewerName());
        QCOMPARE(history.at(5).newValue.value_or(QString()), QStringLiteral("uk"));

        // Nothing changed: no command, no history.
        p.project.setDocumentMetadata(doc, edited);
        QCOMPARE(p.project.undoStack()->count(), 1);

        p.project.undoStack()->undo();
        QCOMPARE(libraryTitle(p.project, doc), QStringLiteral("Article 1"));
        QCOMPARE(*p.project.documentMetadata(doc), original);
        QCOMPARE(reportTitle(p.project.store(), doc), QStringLiteral("Article 1"));
        QTRY_COMPARE(p.project.claims()->index(0, ClaimTableModel::DocumentColumn).data().toString(),
            QStringLiteral("Article 1"));
        // Undo is an edit too: it is in the history.
        QCOMPARE(TestSupport::historyOf(p.project.store(), QStringLiteral("documents"), doc).size(), 11);

        p.project.undoStack()->redo();
        QCOMPARE(libraryTitle(p.project, doc), edited.title);

        // Committed at once: another connection reads the new values.
        Project reopened;
        QVERIFY(reopened.open(p.project.path()));
        QCOMPARE(*reopened.documentMetadata(doc), edited);
        QCOMPARE(libraryTitle(reopened, doc), edited.title);
        // The text and its sentences stay as they were: a new language is stored, not re-analysed.
        QCOMPARE(reopened.store().documents().sentences(doc)->size(), Fixture::Lines.size());
    }

    void clearedFieldsAreEmpty()
    {
        Fixture::OpenProject p;
        QVERIFY(p.open(1));
        const Id doc = p.documents.at(0);
        DocumentMetadata edited = *p.project.documentMetadata(doc);
        edited.outlet.clear();
        edited.published.clear();
        edited.language = Language::Unknown;
        p.project.setDocumentMetadata(doc, edited);
        const DocumentMetadata stored = *p.project.documentMetadata(doc);
        QCOMPARE(stored.outlet, QString());
        QCOMPARE(stored.published, QString());
        QCOMPARE(stored.language, Language::Unknown);
        p.project.undoStack()->undo();
        QCOMPARE(p.project.documentMetadata(doc)->outlet, QStringLiteral("Wire Desk"));
        QCOMPARE(p.project.documentMetadata(doc)->published, QStringLiteral("2026-03-14"));
        QCOMPARE(p.project.documentMetadata(doc)->language, Language::English);
    }

    void removeAndPutBack()
    {
        Fixture::OpenProject p;
        QVERIFY(p.open(3));
        DocumentListModel *library = p.project.documents();
        Fixture::attachTester(library);
        Fixture::attachTester(p.project.claims());
        Fixture::attachTester(p.project.sentences());
        QVERIFY(library->reload());
        const Id doc = p.documents.at(1);
        const QList<Id> &sentences = p.sentences.at(1);
        QVERIFY(p.project.openDocument(doc));
        // Two edits before the removal: they must still undo after it is put back (same ids).
        p.project.setVerdict(sentences.at(2), Verdict::False);
        p.project.acceptSuggestion(sentences.at(1));
        QVERIFY(p.project.claims()->reload());
        QCOMPARE(p.project.claims()->rowCount(), 1);
        const std::optional<DocumentContents> contents = p.project.documentContents(doc);
        QVERIFY(contents);
        QCOMPARE(contents->sentences, qint64(Fixture::Lines.size()));
        QCOMPARE(contents->claims, 1);
        QCOMPARE(contents->attributions, 1);

        QSignalSpy rowsRemoved(library, &QAbstractItemModel::rowsRemoved);
        QSignalSpy removed(&p.project, &Project::documentRemoved);
        p.project.removeDocument(doc);
        QCOMPARE(p.project.undoStack()->count(), 3);
        QCOMPARE(rowsRemoved.size(), 1); // the one row, not a reset
        QCOMPARE(library->rowCount(), 2);
        QCOMPARE(library->rowForDocument(doc), -1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toBool(), true); // it was open: the sentence model is empty now
        QCOMPARE(p.project.currentDocument(), Id(0));
        QCOMPARE(p.project.sentences()->rowCount(), 0);
        QCOMPARE(p.project.claims()->rowCount(), 0);
        QList<HistoryEntry> history = TestSupport::historyOf(p.project.store(), QStringLiteral("documents"), doc);
        QCOMPARE(history.last().field, QStringLiteral("removed"));
        QCOMPARE(history.last().oldValue.value_or(QString()), QStringLiteral("“Article 2” (5 sentences, 1 claim)"));
        QCOMPARE(history.last().reviewerName, p.project.store().reviewerName());

        // Gone from the file too.
        {
            Project reopened;
            QVERIFY(reopened.open(p.project.path()));
            QCOMPARE(reopened.documents()->rowCount(), 2);
            QCOMPARE(reopened.documents()->rowForDocument(doc), -1);
        }

        QSignalSpy restored(&p.project, &Project::documentRestored);
        p.project.undoStack()->undo();
        QCOMPARE(restored.size(), 1);
        QCOMPARE(library->rowCount(), 3);
        QVERIFY(library->rowForDocument(doc) >= 0);
        QCOMPARE(p.project.claims()->rowCount(), 1);
        QVERIFY(p.project.openDocument(doc));
        QCOMPARE(p.project.sentences()->index(2).data(VerdictRole).toInt(), int(Verdict::False));
        QVERIFY(p.project.sentences()->index(1).data(HasHumanAttributionRole).toBool());
        history = TestSupport::historyOf(p.project.store(), QStringLiteral("documents"), doc);
        QCOMPARE(history.last().field, QStringLiteral("restored"));

        // The edits made before the removal undo as before: their rows kept their ids.
        p.project.undoStack()->undo();
        QVERIFY(!p.project.sentences()->index(1).data(HasHumanAttributionRole).toBool());
        p.project.undoStack()->undo();
        QVERIFY(!p.project.sentences()->index(2).data(HasClaimRole).toBool());
        QVERIFY(p.project.errorString().isEmpty());

        // Redo all three: the article goes again.
        p.project.undoStack()->redo();
        p.project.undoStack()->redo();
        p.project.undoStack()->redo();
        QCOMPARE(library->rowForDocument(doc), -1);
        QCOMPARE(p.project.currentDocument(), Id(0));
    }

    void removingAnotherDocumentKeepsTheOpenOne()
    {
        Fixture::OpenProject p;
        QVERIFY(p.open(2));
        Fixture::attachTester(p.project.documents());
        Fixture::attachTester(p.project.sentences());
        QVERIFY(p.project.documents()->reload());
        QVERIFY(p.project.openDocument(p.documents.at(0)));
        QSignalSpy removed(&p.project, &Project::documentRemoved);
        p.project.removeDocument(p.documents.at(1));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toBool(), false);
        QCOMPARE(p.project.currentDocument(), p.documents.at(0));
        QCOMPARE(p.project.sentences()->rowCount(), Fixture::Lines.size());
        QCOMPARE(p.project.documents()->rowCount(), 1);
    }

    // A write the database refuses changes nothing and leaves no step that undo or redo would replay.
    void refusedWritesLeaveNoUndoStep()
    {
        Fixture::OpenProject p;
        QVERIFY(p.open(1));
        const Id doc = p.documents.at(0);
        QVERIFY(p.project.documents()->reload());
        QVERIFY(p.project.openDocument(doc));
        {
            QSqlDatabase db = TestProjects::openBehindTheStore(p.project.path(), QStringLiteral("refuser"));
            QVERIFY(db.isOpen());
            QSqlQuery q(db);
            const QStringList sqlite {
                QStringLiteral("CREATE TRIGGER refuse_metadata BEFORE UPDATE OF title ON documents BEGIN "
                               "SELECT RAISE(ABORT, 'refused by the test'); END"),
                QStringLiteral("CREATE TRIGGER refuse_span BEFORE UPDATE OF span_start ON claims BEGIN "
                               "SELECT RAISE(ABORT, 'refused by the test'); END")};
            const QStringList postgresql {QStringLiteral("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                                                         "$$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$"),
                QStringLiteral("CREATE TRIGGER refuse_metadata BEFORE UPDATE OF title ON documents "
                               "FOR EACH ROW EXECUTE FUNCTION refuse()"),
                QStringLiteral("CREATE TRIGGER refuse_span BEFORE UPDATE OF span_start ON claims "
                               "FOR EACH ROW EXECUTE FUNCTION refuse()")};
            for (const QString &sql : TestProjects::onServer() ? postgresql : sqlite) {
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            }
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("refuser"));
        QSignalSpy errors(&p.project, &Project::errorOccurred);

        DocumentMetadata edited = *p.project.documentMetadata(doc);
        edited.title = QStringLiteral("Convoy talks stall over fuel");
        p.project.setDocumentMetadata(doc, edited);
        QCOMPARE(p.project.undoStack()->count(), 0);
        QCOMPARE(p.project.documentMetadata(doc)->title, QStringLiteral("Article 1"));
        QCOMPARE(libraryTitle(p.project, doc), QStringLiteral("Article 1"));
        QCOMPARE(errors.size(), 1);

        // Claiming some words of a sentence without a claim: the claim made for them goes again.
        const QModelIndex sentence = p.project.sentences()->index(1);
        const qsizetype start = sentence.data(SpanStartRole).toLongLong();
        const Project::EditOutcome outcome = p.project.claimWords(start, start + 4);
        QVERIFY(!outcome.done);
        QCOMPARE(p.project.undoStack()->count(), 0);
        QVERIFY(!p.project.sentenceClaim(p.sentences.at(0).at(1)));
        QVERIFY(!sentence.data(HasClaimRole).toBool());
        QCOMPARE(errors.size(), 2);
    }

    void removingANewerVersionListsTheOlderAgain()
    {
        Fixture::OpenProject p;
        QVERIFY(p.open(2));
        const Id older = p.documents.at(0);
        const Id newer = p.documents.at(1);
        QVERIFY(p.project.store().documents().setSupersededBy(older, newer));
        DocumentListModel *library = p.project.documents();
        Fixture::attachTester(library);
        QVERIFY(library->reload());
        QCOMPARE(library->rowCount(), 1);
        QCOMPARE(library->rowForDocument(older), -1);

        // The newer version goes: the older one is the article's current version again, listed at once.
        QSignalSpy inserted(library, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(library, &QAbstractItemModel::modelReset);
        p.project.removeDocument(newer);
        QCOMPARE(library->rowForDocument(newer), -1);
        QVERIFY(library->rowForDocument(older) >= 0);
        QCOMPARE(library->rowCount(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(reset.size(), 0);
        QVERIFY(p.project.errorString().isEmpty());

        // Undo: the newer version is back and replaces the older one in the list; redo lists the older again.
        p.project.undoStack()->undo();
        QVERIFY(library->rowForDocument(newer) >= 0);
        QCOMPARE(library->rowForDocument(older), -1);
        p.project.undoStack()->redo();
        QVERIFY(library->rowForDocument(older) >= 0);
        QCOMPARE(library->rowCount(), 1);

        // A search the older version does not match keeps it out of the list.
        p.project.undoStack()->undo();
        QVERIFY(library->setSearchText(QStringLiteral("Article 2")));
        p.project.undoStack()->redo();
        QCOMPARE(library->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(DocumentCommandsTest)
#include "documentcommands_test.moc"
