// Two windows (two Projects) on one project — a team project on a server, or one file opened twice: an edit made on a
// value the other window changed meanwhile is never written over it. A note, a verdict or an attribution refused so
// is offered back with both values (Project::editConflict), and the analyst's answer is carried out; an undo over
// such a change is refused with a message; an edit on what is stored goes through.
#include "claimtable.h"
#include "displaynames.h"
#include "documenttable.h"
#include "itemmodels_fixture.h"
#include "itemroles.h"
#include "sentencemodel.h"
#include "sourcetable.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace Sourcelight;

class EditConflictTest : public Fixture::ShownArticleTest
{
    Q_OBJECT

    std::unique_ptr<Project> m_other;

    QString storedNote(Id sentenceId) { return m_project->sentenceClaim(sentenceId)->note; }

private Q_SLOTS:
    void init()
    {
        QVERIFY(createProject());
        m_other = std::make_unique<Project>();
        QVERIFY2(m_other->open(m_path), qPrintable(m_other->errorString()));
        QVERIFY(m_other->openDocument(m_document));
    }

    void cleanup()
    {
        m_other.reset();
        m_project.reset();
    }

    void noteOnAChangedNoteIsOffered()
    {
        const Id sentence = m_sentences[1];
        m_project->setNote(sentence, QStringLiteral("first"));
        QSignalSpy conflicts(m_project.get(), &Project::editConflict);
        m_other->setNote(sentence, QStringLiteral("theirs"));
        const int steps = m_project->undoStack()->count();

        m_project->setNote(sentence, QStringLiteral("mine"), QStringLiteral("first")); // typed on "first"
        QCOMPARE(storedNote(sentence), QStringLiteral("theirs"));
        QCOMPARE(m_project->undoStack()->count(), steps); // nothing happened, nothing to undo
        QCOMPARE(conflicts.size(), 1);
        const auto conflict = conflicts.at(0).at(0).value<EditConflict>();
        QCOMPARE(conflict.sentenceId, sentence);
        QCOMPARE(conflict.edit, QStringLiteral("Edit note"));
        QCOMPARE(conflict.theirs, QStringLiteral("theirs"));
        QCOMPARE(conflict.mine, QStringLiteral("mine"));
        QCOMPARE(m_project->unresolvedConflicts(), 1);

        m_project->resolveConflict(conflict.id, true); // chosen over theirs
        QCOMPARE(storedNote(sentence), QStringLiteral("mine"));
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(m_project->unresolvedConflicts(), 0);
        m_project->undoStack()->undo();
        QCOMPARE(storedNote(sentence), QStringLiteral("theirs"));
        m_project->resolveConflict(conflict.id, true); // answered once: asked again, nothing happens
        QCOMPARE(storedNote(sentence), QStringLiteral("theirs"));
    }

    // A redo over a verdict someone else changed meanwhile (as an edit made offline and sent later is): refused,
    // both offered; keeping theirs writes nothing, saving mine writes it as an undo step of its own over theirs.
    void verdictRedoOverAChangeIsOffered_data() { Fixture::saveMineOrKeepTheirs(); }

    void verdictRedoOverAChangeIsOffered()
    {
        QFETCH(bool, saveMine);
        const Id sentence = m_sentences[2];
        QVERIFY(m_project->ensureSentenceClaim(sentence));
        m_project->setVerdict(sentence, Verdict::Supported);
        m_project->undoStack()->undo(); // unverified again
        const int steps = m_project->undoStack()->index();
        m_other->setVerdict(sentence, Verdict::False);
        QSignalSpy conflicts(m_project.get(), &Project::editConflict);
        QSignalSpy errors(m_project.get(), &Project::errorOccurred);
        m_project->undoStack()->redo(); // would put "supported" over the other's "false"
        QVERIFY(m_project->sentenceClaim(sentence)->verdict == Verdict::False);
        QVERIFY(errors.isEmpty());
        QCOMPARE(conflicts.size(), 1);
        const auto conflict = conflicts.at(0).at(0).value<EditConflict>();
        QCOMPARE(conflict.sentenceId, sentence);
        QCOMPARE(conflict.edit, QStringLiteral("Set verdict"));
        QCOMPARE(conflict.theirs, DisplayNames::verdict(Verdict::False));
        QCOMPARE(conflict.mine, DisplayNames::verdict(Verdict::Supported));
        QVERIFY(!m_project->undoStack()->canRedo()); // the refused step is gone

        m_project->resolveConflict(conflict.id, saveMine);
        QVERIFY(errors.isEmpty());
        QCOMPARE(conflicts.size(), 1);
        if (!saveMine) {
            QVERIFY(m_project->sentenceClaim(sentence)->verdict == Verdict::False);
            QCOMPARE(m_project->undoStack()->index(), steps);
            return;
        }
        QVERIFY(m_project->sentenceClaim(sentence)->verdict == Verdict::Supported);
        QCOMPARE(m_project->undoStack()->index(), steps + 1);
        m_project->undoStack()->undo(); // mine, undone, gives theirs back
        QVERIFY(m_project->sentenceClaim(sentence)->verdict == Verdict::False);
    }

    // The first edit of a sentence made its claim; undone, the claim went; the other window then made a claim of its
    // own there. Redone, this edit does not put a second claim on the sentence: it is offered against theirs, and
    // saving mine writes it on their claim.
    void redoOfAClaimMadeMeanwhileIsOffered()
    {
        const Id sentence = m_sentences[3];
        QVERIFY(!m_project->sentenceClaim(sentence));
        m_project->setVerdict(sentence, Verdict::Misleading);
        m_project->undoStack()->undo();
        QVERIFY(!m_project->sentenceClaim(sentence));
        m_other->setVerdict(sentence, Verdict::Supported);
        QSignalSpy conflicts(m_project.get(), &Project::editConflict);
        m_project->undoStack()->redo();
        QCOMPARE(m_project->store().claims().forSentence(sentence)->size(), 1);
        QVERIFY(m_project->sentenceClaim(sentence)->verdict == Verdict::Supported);
        QCOMPARE(conflicts.size(), 1);
        const auto conflict = conflicts.at(0).at(0).value<EditConflict>();
        QCOMPARE(conflict.theirs, DisplayNames::verdict(Verdict::Supported));
        QCOMPARE(conflict.mine, DisplayNames::verdict(Verdict::Misleading));
        m_project->resolveConflict(conflict.id, true);
        QCOMPARE(m_project->store().claims().forSentence(sentence)->size(), 1);
        QVERIFY(m_project->sentenceClaim(sentence)->verdict == Verdict::Misleading);
    }

    // The same for the source a sentence rests on: the analyst's confirmation of the suggestion, redone after the
    // other picked another source, is offered against theirs with both sources named.
    void attributionRedoOverAChangeIsOffered()
    {
        const Id sentence = m_sentences[2];
        SentenceModel *rows = m_project->sentences();
        const Id ministry = rows->index(rows->rowForSentence(m_sentences[4])).data(SourceIdRole).value<Id>();
        const std::optional<AttributionRecord> suggestion = m_project->suggestedAttribution(sentence);
        QVERIFY(suggestion && !suggestion->hops.isEmpty());
        const Id suggested = suggestion->hops.first().sourceId;
        QVERIFY(ministry != 0 && ministry != suggested);
        m_project->acceptSuggestion(sentence);
        m_project->undoStack()->undo();
        m_other->setSource(sentence, ministry);
        QSignalSpy conflicts(m_project.get(), &Project::editConflict);
        m_project->undoStack()->redo();
        QCOMPARE(m_project->humanAttribution(sentence)->hops.value(0).sourceId, ministry); // theirs stays
        QCOMPARE(conflicts.size(), 1);
        const auto conflict = conflicts.at(0).at(0).value<EditConflict>();
        const QString ministryName = m_project->store().sources().source(ministry)->name;
        const QString suggestedName = m_project->store().sources().source(suggested)->name;
        QVERIFY2(conflict.theirs.startsWith(ministryName), qPrintable(conflict.theirs));
        QVERIFY2(conflict.mine.startsWith(suggestedName), qPrintable(conflict.mine));

        m_project->resolveConflict(conflict.id, true);
        const std::optional<AttributionRecord> mine = m_project->humanAttribution(sentence);
        QVERIFY(mine);
        QVERIFY(mine->origin == AttributionOrigin::Confirmed);
        QCOMPARE(mine->hops.value(0).sourceId, suggested);
        m_project->undoStack()->undo(); // theirs back, not the suggestion
        QCOMPARE(m_project->humanAttribution(sentence)->hops.value(0).sourceId, ministry);
    }

    // A conflict offered on a project that was closed since is not answered on the one open now.
    void conflictsDoNotOutliveTheProject()
    {
        const Id sentence = m_sentences[1];
        m_project->setNote(sentence, QStringLiteral("first"));
        m_other->setNote(sentence, QStringLiteral("theirs"));
        QSignalSpy conflicts(m_project.get(), &Project::editConflict);
        m_project->setNote(sentence, QStringLiteral("mine"), QStringLiteral("first"));
        QCOMPARE(conflicts.size(), 1);
        m_project->close();
        QVERIFY(m_project->open(m_path));
        QCOMPARE(m_project->unresolvedConflicts(), 0);
        m_project->resolveConflict(conflicts.at(0).at(0).value<EditConflict>().id, true);
        QCOMPARE(storedNote(sentence), QStringLiteral("theirs"));
    }

    void undoOverAChangeIsRefused()
    {
        const Id sentence = m_sentences[2];
        QVERIFY(m_project->ensureSentenceClaim(sentence));
        m_project->setVerdict(sentence, Verdict::Supported);
        m_other->setVerdict(sentence, Verdict::False);
        QSignalSpy errors(m_project.get(), &Project::errorOccurred);
        m_project->undoStack()->undo(); // would put "unverified" over the other's "false"
        QCOMPARE(int(m_project->sentenceClaim(sentence)->verdict), int(Verdict::False));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.at(0).at(0).toString().contains(QStringLiteral("someone else")),
            qPrintable(errors.at(0).at(0).toString()));
    }

    // The attribution (the source a sentence rests on): an undo that would take away a decision someone else made
    // meanwhile is refused, and theirs stays.
    void attributionUndoOverAChangeIsRefused()
    {
        const Id sentence = m_sentences[2];
        SentenceModel *rows = m_project->sentences();
        const Id ministry = rows->index(rows->rowForSentence(m_sentences[4])).data(SourceIdRole).value<Id>();
        QVERIFY(ministry != 0);
        m_project->acceptSuggestion(sentence);
        QVERIFY(m_project->humanAttribution(sentence));
        m_other->setSource(sentence, ministry);
        QSignalSpy errors(m_project.get(), &Project::errorOccurred);
        m_project->undoStack()->undo(); // would remove the analyst's decision, which is now the other's
        const std::optional<AttributionRecord> stored = m_project->humanAttribution(sentence);
        QVERIFY(stored);
        QCOMPARE(int(stored->origin), int(AttributionOrigin::Edited));
        QCOMPARE(stored->hops.value(0).sourceId, ministry);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.at(0).at(0).toString().contains(QStringLiteral("someone else")),
            qPrintable(errors.at(0).at(0).toString()));

        // The other undoes theirs: the analyst's confirmation is back, and redoing it (already so) is no conflict.
        m_other->undoStack()->undo();
        QCOMPARE(int(m_project->humanAttribution(sentence)->origin), int(AttributionOrigin::Confirmed));
        QVERIFY(m_project->undoStack()->canRedo());
        m_project->undoStack()->redo();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(int(m_project->humanAttribution(sentence)->origin), int(AttributionOrigin::Confirmed));
        m_project->undoStack()->undo(); // nobody else in between: goes through
        QCOMPARE(errors.size(), 1);
        QVERIFY(!m_project->humanAttribution(sentence));
    }

    // A document's details edited on what the dialog showed: a field someone else changed meanwhile refuses the
    // edit and theirs stays; a field only the analyst changed goes through, and its undo takes back that field only.
    void documentDetailsAreNotWrittenOver()
    {
        const std::optional<DocumentMetadata> seen = m_project->documentMetadata(m_document);
        QVERIFY(seen);
        DocumentMetadata theirs = *seen;
        theirs.title = QStringLiteral("Their title");
        m_other->setDocumentMetadata(m_document, theirs);
        QSignalSpy errors(m_project.get(), &Project::errorOccurred);
        const int steps = m_project->undoStack()->count();
        DocumentMetadata mine = *seen;
        mine.title = QStringLiteral("My title");
        mine.author = QStringLiteral("A. Writer");
        m_project->setDocumentMetadata(m_document, mine, *seen);
        QCOMPARE(m_project->documentMetadata(m_document)->title, QStringLiteral("Their title"));
        QCOMPARE(m_project->documentMetadata(m_document)->author, seen->author); // nothing of it written
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.at(0).at(0).toString().contains(QStringLiteral("someone else")),
            qPrintable(errors.at(0).at(0).toString()));
        QCOMPARE(m_project->undoStack()->count(), steps); // refused: no step to undo

        DocumentMetadata author = *seen; // their title untouched here
        author.author = QStringLiteral("A. Writer");
        m_project->setDocumentMetadata(m_document, author, *seen);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(m_project->documentMetadata(m_document)->title, QStringLiteral("Their title"));
        QCOMPARE(m_project->documentMetadata(m_document)->author, QStringLiteral("A. Writer"));
        m_project->undoStack()->undo();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(m_project->documentMetadata(m_document)->author, seen->author);
        QCOMPARE(m_project->documentMetadata(m_document)->title, QStringLiteral("Their title"));
    }

    // A claim made by the edit itself holds its own defaults (a direct quote starts as a quote): no conflict.
    void tagsAreSetNotFlipped()
    {
        // Proves a tag click says what the analyst wants (on or off) and does not flip what is stored: the other
        // window puts the tag on after this one showed the claim without it, and the analyst's click to put it on
        // leaves it on; the same for taking it off. With a flip each click undid the other reviewer's change.
        const QList<TagRecord> tags = m_project->tags(); // the codebook's starting tags
        QVERIFY(!tags.isEmpty());
        const std::optional<Id> tag = tags.constFirst().id;
        const Id sentence = m_sentences[1];
        const auto tagged = [this, sentence, tag] {
            const std::optional<ClaimRecord> claim = m_project->sentenceClaim(sentence);
            return claim && claim->tagIds.contains(*tag);
        };
        m_other->setTag(sentence, *tag, true);
        const int steps = m_project->undoStack()->count();
        m_project->setTag(sentence, *tag, true);
        QVERIFY(tagged());
        QCOMPARE(m_project->undoStack()->count(), steps); // already so: nothing to undo
        m_other->setTag(sentence, *tag, false);
        m_project->setTag(sentence, *tag, false);
        QVERIFY(!tagged());
        m_project->setTag(sentence, *tag, true); // and a change of this window's own goes through
        QVERIFY(tagged());
        m_other->setTag(sentence, *tag, false); // and theirs
        QVERIFY(!tagged());
    }

    void boundaryEditsOnChangedSentencesAreRefused()
    {
        // Proves a split or a merge is made on the sentences as this window shows them: the other window split the
        // sentence first, and this window's split of it (the old boundaries still on screen) is refused with a
        // message instead of cutting the other's first part once more; the same for a merge. Without the check the
        // second split went through and made three parts of the sentence.
        const Id sentence = m_sentences[1];
        const SentenceModel *shown = m_project->sentences();
        const QModelIndex index = shown->index(shown->rowForSentence(sentence));
        const qsizetype start = index.data(SpanStartRole).toLongLong();
        const QString text = shown->text().mid(start, index.data(SpanEndRole).toLongLong() - start);
        const qsizetype early = start + text.indexOf(u' ');
        const qsizetype late = start + text.lastIndexOf(u' ');
        QVERIFY(early > start && late > early);
        const auto count = [this] {
            return m_project->store().documents().sentences(m_document).value_or(QList<SentenceRecord> {}).size();
        };
        const qsizetype before = count();
        QVERIFY(m_other->splitSentence(sentence, late).done);
        QSignalSpy errors(m_project.get(), &Project::errorOccurred);

        QVERIFY(!m_project->splitSentence(sentence, early).done);
        QCOMPARE(count(), before + 1);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("meanwhile")));
        // The window shows the other's split now; a split made on that goes through.
        QCOMPARE(shown->rowCount(), int(before + 1));
        QVERIFY(m_project->splitSentence(sentence, early).done);
        QCOMPARE(count(), before + 2);

        // The other, shown the three parts, merges the first two again; this window still shows three and is
        // refused.
        QVERIFY(m_other->openDocument(m_document));
        QVERIFY(m_other->mergeSentences(sentence).done);
        QVERIFY(!m_project->mergeSentences(sentence).done);
        QCOMPARE(count(), before + 1);
        QCOMPARE(errors.size(), 2);
        QVERIFY(m_project->mergeSentences(sentence).done); // on what it shows now
        QCOMPARE(count(), before);
    }

    void firstEditOfAQuoteMakesItsClaim()
    {
        const Id quote = m_sentences[2]; // “We expect a deal…,” Kirby said: a direct quotation
        QVERIFY(!m_project->sentenceClaim(quote));
        QSignalSpy errors(m_project.get(), &Project::errorOccurred);
        m_project->setClaimType(quote, ClaimType::Forecast);
        QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.at(0).at(0).toString()));
        QCOMPARE(int(m_project->sentenceClaim(quote)->type), int(ClaimType::Forecast));
    }

    // Undoing the edit that made a claim takes the claim away only when nobody put more on it meanwhile.
    void undoKeepsWhatOthersPutOnTheClaim()
    {
        const Id sentence = m_sentences[4];
        QVERIFY(!m_project->sentenceClaim(sentence));
        m_project->setVerdict(sentence, Verdict::Disputed); // makes the claim
        m_other->setNote(sentence, QStringLiteral("their note"));
        m_project->undoStack()->undo();
        const std::optional<ClaimRecord> claim = m_project->sentenceClaim(sentence);
        QVERIFY(claim);
        QCOMPARE(claim->note, QStringLiteral("their note"));
        QCOMPARE(int(claim->verdict), int(Verdict::Unverified));
        m_project->undoStack()->redo();
        QCOMPARE(int(m_project->sentenceClaim(sentence)->verdict), int(Verdict::Disputed));
    }

    void editOnTheStoredValueGoesThrough()
    {
        const Id sentence = m_sentences[3];
        m_other->setNote(sentence, QStringLiteral("theirs"));
        m_other->setClaimType(sentence, ClaimType::Forecast);
        QSignalSpy conflicts(m_project.get(), &Project::editConflict);
        QSignalSpy errors(m_project.get(), &Project::errorOccurred);
        m_project->setNote(sentence, QStringLiteral("theirs, and mine"), QStringLiteral("theirs"));
        m_project->setVerdict(sentence, Verdict::Misleading); // read from the store: made on what is there
        QCOMPARE(storedNote(sentence), QStringLiteral("theirs, and mine"));
        QCOMPARE(int(m_project->sentenceClaim(sentence)->verdict), int(Verdict::Misleading));
        QCOMPARE(int(m_project->sentenceClaim(sentence)->type), int(ClaimType::Forecast));
        QVERIFY(conflicts.isEmpty());
        QVERIFY(errors.isEmpty());
    }

    // The store itself: a write that names the value it was made on is refused when the row holds another.
    void storeRefusesAStaleWrite()
    {
        const std::optional<Id> claim = m_project->ensureSentenceClaim(m_sentences[4]);
        QVERIFY(claim);
        ClaimTable &claims = m_project->store().claims();
        QVERIFY(claims.setNote(*claim, QStringLiteral("a"), QString()));
        QVERIFY(!claims.setNote(*claim, QStringLiteral("b"), QStringLiteral("stale")));
        QCOMPARE(m_project->store().error(), ProjectStore::Error::Conflict);
        QCOMPARE(claims.claim(*claim)->note, QStringLiteral("a"));
        QVERIFY(claims.setNote(*claim, QStringLiteral("a"), QStringLiteral("stale"))); // already so: nothing to refuse
        QVERIFY(claims.setVerdict(*claim, Verdict::Disputed, Verdict::Unverified));
        QVERIFY(!claims.setVerdict(*claim, Verdict::False, Verdict::Unverified));
        QVERIFY(!claims.setConfidence(*claim, 0.5, std::optional<double>(0.9)));
        QVERIFY(claims.setConfidence(*claim, 0.5, std::optional<double>()));
        QCOMPARE(claims.claim(*claim)->confidence.value_or(-1), 0.5);
    }
};

QTEST_GUILESS_MAIN(EditConflictTest)
#include "editconflict_test.moc"
