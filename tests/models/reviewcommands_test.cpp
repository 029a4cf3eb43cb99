// Every undo command: do, undo, redo, and the state after closing and reopening the project.
#include "../historyof.h"
#include "claimtable.h"
#include "itemmodels_fixture.h"
#include "itemroles.h"
#include "project.h"
#include "sentencemodel.h"
#include "sourcetable.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>

using namespace Sourcelight;

class ReviewCommandsTest : public Fixture::ShownArticleTest
{
    Q_OBJECT

private:
    QVariant role(int row, int role) const { return m_project->sentences()->index(row).data(role); }

    // Closes and reopens the project on the same file, showing the same document.
    void reopen()
    {
        m_project = std::make_unique<Project>();
        QVERIFY2(m_project->open(m_path), qPrintable(m_project->errorString()));
        QVERIFY(m_project->openDocument(m_document));
    }

    Id sourceNamed(const QString &name)
    {
        const auto all = m_project->store().sources().sources();
        for (const SourceRecord &s : all.value_or(QList<SourceRecord> {})) {
            if (s.name == name) {
                return s.id;
            }
        }
        return 0;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(createProject());
        new QAbstractItemModelTester(
            m_project->sentences(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_project.get());
    }

    void cleanup() { m_project.reset(); }

    void acceptSuggestion()
    {
        QCOMPARE(role(1, HasHumanAttributionRole).toBool(), false);
        m_project->acceptSuggestion(m_sentences[1]);
        QCOMPARE(role(1, HasHumanAttributionRole).toBool(), true);
        QCOMPARE(role(1, OriginRole).toInt(), int(AttributionOrigin::Confirmed));
        QCOMPARE(role(1, SourceNameRole).toString(), QStringLiteral("US official #1"));
        m_project->undoStack()->undo();
        QCOMPARE(role(1, HasHumanAttributionRole).toBool(), false);
        QCOMPARE(role(1, OriginRole).toInt(), int(AttributionOrigin::Suggested));
        m_project->undoStack()->redo();
        QCOMPARE(role(1, HasHumanAttributionRole).toBool(), true);
        reopen();
        QCOMPARE(role(1, OriginRole).toInt(), int(AttributionOrigin::Confirmed));
    }

    void rejectSuggestion()
    {
        m_project->rejectSuggestion(m_sentences[2]);
        QCOMPARE(role(2, SourceNameRole).toString(), QString());
        QCOMPARE(role(2, ScopeRole).toInt(), int(AttributionScope::Author));
        QCOMPARE(role(2, SuggestionSourceNameRole).toString(), QStringLiteral("John Kirby")); // kept, not deleted
        m_project->undoStack()->undo();
        QCOMPARE(role(2, SourceNameRole).toString(), QStringLiteral("John Kirby"));
        m_project->undoStack()->redo();
        reopen();
        QCOMPARE(role(2, SourceNameRole).toString(), QString());
    }

    void setSourceAndVia()
    {
        const Id reuters = sourceNamed(QStringLiteral("Reuters"));
        const Id ministry = sourceNamed(QStringLiteral("the Ministry"));
        QVERIFY(reuters && ministry);
        m_project->setSource(m_sentences[0], ministry);
        QCOMPARE(role(0, SourceNameRole).toString(), QStringLiteral("the Ministry"));
        QCOMPARE(role(0, OriginRole).toInt(), int(AttributionOrigin::Edited));
        m_project->setVia(m_sentences[0], {reuters});
        QCOMPARE(role(0, ViaRole).toStringList(), QStringList {QStringLiteral("Reuters")});
        m_project->undoStack()->undo();
        QCOMPARE(role(0, ViaRole).toStringList(), QStringList());
        m_project->undoStack()->undo();
        QCOMPARE(role(0, SourceNameRole).toString(), QString());
        m_project->undoStack()->redo();
        m_project->undoStack()->redo();
        reopen();
        QCOMPARE(role(0, SourceNameRole).toString(), QStringLiteral("the Ministry"));
        QCOMPARE(role(0, ViaRole).toStringList(), QStringList {QStringLiteral("Reuters")});
    }

    void profileAndQuoteType()
    {
        m_project->setProfile(m_sentences[2], false, SourceCount::One, QStringLiteral("NSC spokesman"), true);
        m_project->setQuoteType(m_sentences[2], QuoteType::Mixed);
        QCOMPARE(role(2, QuoteTypeRole).toInt(), int(QuoteType::Mixed));
        m_project->undoStack()->undo();
        QCOMPARE(role(2, QuoteTypeRole).toInt(), int(QuoteType::Direct));
        reopen();
        const auto human = m_project->humanAttribution(m_sentences[2]);
        QVERIFY(human);
        QCOMPARE(human->hops.first().title, QStringLiteral("NSC spokesman"));
    }

    void verdictCreatesClaimAndUndoRemovesIt()
    {
        QCOMPARE(role(3, HasClaimRole).toBool(), false);
        m_project->setVerdict(m_sentences[3], Verdict::Disputed);
        QCOMPARE(role(3, HasClaimRole).toBool(), true);
        QCOMPARE(role(3, VerdictRole).toInt(), int(Verdict::Disputed));
        const Id claimId = role(3, ClaimIdRole).value<Id>();
        m_project->undoStack()->undo();
        QCOMPARE(role(3, HasClaimRole).toBool(), false);
        m_project->undoStack()->redo();
        QCOMPARE(role(3, ClaimIdRole).value<Id>(), claimId); // the same claim, not a new one
        QCOMPARE(role(3, VerdictRole).toInt(), int(Verdict::Disputed));
        reopen();
        QCOMPARE(role(3, VerdictRole).toInt(), int(Verdict::Disputed));
    }

    void claimTypeAndConfidence()
    {
        m_project->setClaimType(m_sentences[4], ClaimType::Statistic);
        m_project->setClaimConfidence(m_sentences[4], 0.4);
        QCOMPARE(role(4, ClaimTypeRole).toInt(), int(ClaimType::Statistic));
        QCOMPARE(m_project->sentenceClaim(m_sentences[4])->confidence, std::optional<double>(0.4));
        m_project->undoStack()->undo();
        QCOMPARE(m_project->sentenceClaim(m_sentences[4])->confidence, std::optional<double>());
        reopen();
        QCOMPARE(role(4, ClaimTypeRole).toInt(), int(ClaimType::Statistic));
    }

    void continuousNoteTypingMerges()
    {
        m_project->setVerdict(m_sentences[1], Verdict::Supported);
        const int before = m_project->undoStack()->count();
        for (const QString &typed : {QStringLiteral("C"), QStringLiteral("Ch"), QStringLiteral("Checked")}) {
            m_project->setNote(m_sentences[1], typed);
        }
        QCOMPARE(m_project->undoStack()->count(), before + 1);
        QCOMPARE(role(1, NoteRole).toString(), QStringLiteral("Checked"));
        m_project->undoStack()->undo();
        QCOMPARE(role(1, NoteRole).toString(), QString());
        QCOMPARE(role(1, VerdictRole).toInt(), int(Verdict::Supported));
        m_project->undoStack()->redo();
        reopen();
        QCOMPARE(role(1, NoteRole).toString(), QStringLiteral("Checked"));
    }

    void tags()
    {
        TagRecord tag;
        tag.name = QStringLiteral("needs-source");
        const std::optional<Id> tagId = m_project->store().codebook().addTag(tag);
        QVERIFY(tagId);
        m_project->setTag(m_sentences[1], *tagId, true);
        QVERIFY(role(1, TagIdsRole).toList().contains(*tagId));
        m_project->undoStack()->undo();
        QVERIFY(!role(1, TagIdsRole).toList().contains(*tagId));
        m_project->undoStack()->redo();
        m_project->setTag(m_sentences[1], *tagId, false); // off again
        QVERIFY(!role(1, TagIdsRole).toList().contains(*tagId));
        m_project->undoStack()->undo();
        reopen();
        QVERIFY(role(1, TagIdsRole).toList().contains(*tagId));
    }

    void evidence()
    {
        m_project->addEvidence(m_sentences[4], QStringLiteral("https://example.org/stats"), QStringLiteral("table 3"));
        const auto claim = m_project->sentenceClaim(m_sentences[4]);
        QVERIFY(claim);
        QCOMPARE(m_project->store().claims().evidence(claim->id)->size(), 1);
        const Id evidenceId = m_project->store().claims().evidence(claim->id)->first().id;
        m_project->removeEvidence(m_sentences[4], evidenceId);
        QCOMPARE(m_project->store().claims().evidence(claim->id)->size(), 0);
        m_project->undoStack()->undo();
        QCOMPARE(m_project->store().claims().evidence(claim->id)->size(), 1);
        reopen();
        const auto again = m_project->sentenceClaim(m_sentences[4]);
        QCOMPARE(
            m_project->store().claims().evidence(again->id)->first().url, QStringLiteral("https://example.org/stats"));
    }

    void createAndRenameSource()
    {
        const std::optional<Id> id = m_project->createSource(QStringLiteral("Jane Doe"), SourceKind::Person);
        QVERIFY(id);
        m_project->renameSource(*id, QStringLiteral("Jane A. Doe"));
        QCOMPARE(m_project->store().sources().source(*id)->name, QStringLiteral("Jane A. Doe"));
        m_project->undoStack()->undo();
        QCOMPARE(m_project->store().sources().source(*id)->name, QStringLiteral("Jane Doe"));
        m_project->undoStack()->undo();
        QCOMPARE(sourceNamed(QStringLiteral("Jane Doe")), Id(0));
        m_project->undoStack()->redo();
        m_project->undoStack()->redo();
        reopen();
        QVERIFY(sourceNamed(QStringLiteral("Jane A. Doe")) != 0);
    }

    void mergeSources()
    {
        const Id first = sourceNamed(QStringLiteral("US official #1"));
        const Id second = sourceNamed(QStringLiteral("US official #2"));
        QVERIFY(first && second);
        m_project->mergeSources(second, first);
        QCOMPARE(role(3, SourceNameRole).toString(), QStringLiteral("US official #1"));
        QCOMPARE(sourceNamed(QStringLiteral("US official #2")), Id(0));
        m_project->undoStack()->undo();
        QCOMPARE(role(3, SourceNameRole).toString(), QStringLiteral("US official #2"));
        QCOMPARE(role(1, SourceNameRole).toString(), QStringLiteral("US official #1"));
        QVERIFY(!m_project->store().sources().source(first)->aliases.contains(QStringLiteral("US official #2")));
        m_project->undoStack()->redo();
        QCOMPARE(role(3, SourceNameRole).toString(), QStringLiteral("US official #1"));
        reopen();
        QCOMPARE(role(3, SourceNameRole).toString(), QStringLiteral("US official #1"));
    }

    void undoAndRedoGoIntoHistory()
    {
        m_project->setVerdict(m_sentences[1], Verdict::False);
        const qsizetype afterEdit = TestSupport::history(m_project->store()).size();
        m_project->undoStack()->undo();
        const qsizetype afterUndo = TestSupport::history(m_project->store()).size();
        QVERIFY(afterUndo > afterEdit);
        m_project->undoStack()->redo();
        QVERIFY(TestSupport::history(m_project->store()).size() > afterUndo);
    }
};

QTEST_GUILESS_MAIN(ReviewCommandsTest)
#include "reviewcommands_test.moc"
