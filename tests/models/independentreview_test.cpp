// Independent review through the window's own layer (Project and its models), as reviewers work in it: two reviewers
// and a curator, each a database login of their own, on one team project in independent mode. Each reviewer's
// accepted attribution, verdict, note, tag and undo stay in their own layer: the other reviewer's window and the
// curator's (the final decisions) never show them, also after the live update an edit announces. Marking the
// document done closes the reviewer's own decisions; agreement then reads both. A login with no part cannot open
// the project. On project files there is nothing to keep apart: independent mode is refused there.
#include "claimtable.h"
#include "claimtablemodel.h"
#include "codebook.h"
#include "itemmodels_fixture.h"
#include "itemroles.h"
#include "projectcodings.h"
#include "reviewteam.h"
#include "sentencemodel.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace Sourcelight;
using namespace Qt::StringLiterals;

namespace {

const QString Password = u"blind-coding"_s;

QVariant sentenceData(Project &project, Id sentenceId, int role)
{
    SentenceModel *model = project.sentences();
    return model->index(model->rowForSentence(sentenceId), 0).data(role);
}

} // namespace

class IndependentReviewTest : public Fixture::ShownArticleTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestProjects::onServer()) {
            return;
        }
        QVERIFY(!TestProjects::newServerProject(u"logins"_s).isEmpty()); // the server's admin connection
        QVERIFY(TestProjects::createLogins({u"ana"_s, u"ben"_s, u"cora"_s, u"stranger"_s}, Password));
    }

    void init()
    {
        QVERIFY(createProject());
        if (TestProjects::onServer()) {
            // The project's owner (the test server's superuser) sets up the team.
            ProjectStore &owner = m_project->store();
            QVERIFY(ReviewTeam::setMember(owner, u"ana"_s, u"Ana"_s, ReviewTeam::Role::Reviewer));
            QVERIFY(ReviewTeam::setMember(owner, u"ben"_s, u"Ben"_s, ReviewTeam::Role::Reviewer));
            QVERIFY(ReviewTeam::setMember(owner, u"cora"_s, u"Cora"_s, ReviewTeam::Role::Curator));
            QVERIFY(ReviewTeam::setMode(owner, ReviewTeam::Mode::Independent));
        }
    }

    void cleanup() { m_project.reset(); }

    void reviewersCodeApart()
    {
        if (!TestProjects::onServer()) {
            QSKIP("independent review needs a server");
        }
        auto ana = openAs(u"ana"_s, Password);
        auto ben = openAs(u"ben"_s, Password);
        auto cora = openAs(u"cora"_s, Password);
        QVERIFY(ana && ben && cora);
        QVERIFY(ana->codesAlone());
        QVERIFY(!cora->codesAlone());
        Fixture::attachTester(ana->sentences());
        Fixture::attachTester(ana->claims());
        QSignalSpy anaErrors(ana.get(), &Project::errorOccurred);
        QSignalSpy benErrors(ben.get(), &Project::errorOccurred);

        // Ana codes: an accepted suggestion, a verdict, a note, a tag; and undoes a quote type.
        const Id quoted = m_sentences[1];
        const Id claim = m_sentences[3];
        ana->acceptSuggestion(quoted);
        ana->setVerdict(claim, Verdict::Disputed);
        ana->setNote(claim, u"Timeline unclear"_s);
        const std::optional<QList<TagRecord>> tags = ana->store().codebook().tags();
        QVERIFY(tags && !tags->isEmpty());
        ana->setTag(claim, tags->first().id, true);
        ana->setQuoteType(m_sentences[4], QuoteType::Direct);
        ana->undoStack()->undo();
        QVERIFY2(anaErrors.isEmpty(), qPrintable(anaErrors.value(0).value(0).toString()));
        QCOMPARE(sentenceData(*ana, quoted, HasHumanAttributionRole).toBool(), true);
        QCOMPARE(sentenceData(*ana, claim, VerdictRole).toInt(), int(Verdict::Disputed));
        QCOMPARE(sentenceData(*ana, claim, NoteRole).toString(), u"Timeline unclear"_s);
        QVERIFY(ana->claims()->reload());
        QCOMPARE(ana->claims()->rowCount(), 1);

        // Ben codes the same sentence his way; neither sees the other's, nor does the curator, after the updates
        // their edits announced have arrived.
        ben->setVerdict(claim, Verdict::Supported);
        QVERIFY2(benErrors.isEmpty(), qPrintable(benErrors.value(0).value(0).toString()));
        QTest::qWait(400);
        QCOMPARE(sentenceData(*ben, claim, VerdictRole).toInt(), int(Verdict::Supported));
        QCOMPARE(sentenceData(*ben, claim, NoteRole).toString(), QString());
        QCOMPARE(sentenceData(*ben, quoted, HasHumanAttributionRole).toBool(), false);
        QCOMPARE(sentenceData(*ana, claim, VerdictRole).toInt(), int(Verdict::Disputed));
        QCOMPARE(sentenceData(*cora, claim, HasClaimRole).toBool(), false);
        QCOMPARE(sentenceData(*cora, quoted, HasHumanAttributionRole).toBool(), false);
        QVERIFY(cora->claims()->reload());
        QCOMPARE(cora->claims()->rowCount(), 0);

        // Done: Ana's decisions are closed (a change is refused by the server and undone in her window) …
        QVERIFY(ana->markDocumentDone());
        ana->setVerdict(claim, Verdict::False);
        QTRY_VERIFY(!anaErrors.isEmpty());
        QCOMPARE(sentenceData(*ana, claim, VerdictRole).toInt(), int(Verdict::Disputed));
        // … and the curator's agreement reads both codings of the sentence.
        const std::optional<QList<ProjectCodings::Field>> fields = ProjectCodings::read(cora->store(), m_document);
        QVERIFY(fields);
        const auto verdicts = std::find_if(
            fields->cbegin(), fields->cend(), [](const ProjectCodings::Field &f) { return f.field == u"verdict"_s; });
        QVERIFY(verdicts != fields->cend());
        QCOMPARE(verdicts->data.coders, (QStringList {u"Ana"_s, u"Ben"_s}));
        bool found = false;
        for (const QList<std::optional<QString>> &row : verdicts->data.values) {
            if (row.at(0) && row.at(1)) {
                QCOMPARE(row, (QList<std::optional<QString>> {u"disputed"_s, u"supported"_s}));
                found = true;
            }
        }
        QVERIFY(found);

        // The project's owner here is the server's superuser, whom row-level security does not bind: the window still
        // shows the shared (final) layer only, none of the codings, and a verdict set there is a final decision of
        // its own, beside the codings.
        QVERIFY(m_project->openDocument(m_document)); // read again, after the codings were made
        QCOMPARE(sentenceData(*m_project, claim, HasClaimRole).toBool(), false);
        QCOMPARE(sentenceData(*m_project, quoted, HasHumanAttributionRole).toBool(), false);
        QVERIFY(!m_project->sentenceClaim(claim));
        QVERIFY(!m_project->humanAttribution(quoted));
        QSignalSpy ownerErrors(m_project.get(), &Project::errorOccurred);
        m_project->setVerdict(claim, Verdict::Misleading);
        QVERIFY2(ownerErrors.isEmpty(), qPrintable(ownerErrors.value(0).value(0).toString()));
        QVERIFY(m_project->sentenceClaim(claim)->verdict == Verdict::Misleading);
        QVERIFY(ana->sentenceClaim(claim)->verdict == Verdict::Disputed);
        QVERIFY(ben->sentenceClaim(claim)->verdict == Verdict::Supported);
        QCOMPARE(m_project->store().claims().forSentence(claim)->size(), 3); // every layer, as the rules let it read
    }

    // Once a reviewer has coded a sentence on their own, its boundaries stay as coded: the curator's split or merge
    // of it is refused with a message, and the coding is still there; sentences nobody coded split as before. In
    // shared mode (the codings kept, hidden), a reviewer who may not read them cannot merge them away either: the
    // server refuses the delete the merge would cascade to them.
    void codedSentencesKeepTheirBoundaries()
    {
        if (!TestProjects::onServer()) {
            QSKIP("independent review needs a server");
        }
        auto ana = openAs(u"ana"_s, Password);
        auto cora = openAs(u"cora"_s, Password);
        QVERIFY(ana && cora);
        const Id coded = m_sentences[3];
        ana->setVerdict(coded, Verdict::Disputed);
        ana->acceptSuggestion(coded);
        const int rows = cora->sentences()->rowCount();

        const Project::EditOutcome merged = cora->mergeSentences(m_sentences[2]); // the coded one is the second
        QVERIFY(!merged.done);
        QVERIFY2(merged.message.contains(u"coded this sentence"_s), qPrintable(merged.message));
        const Project::EditOutcome mergedOn = cora->mergeSentences(coded); // the coded one is the first
        QVERIFY(!mergedOn.done);
        const qsizetype codedStart = Fixture::Lines.mid(0, 3).join(QLatin1Char('\n')).size() + 1;
        const Project::EditOutcome split
            = cora->splitSentence(coded, codedStart + Fixture::Lines[3].indexOf(QLatin1String("disputed")));
        QVERIFY(!split.done);
        QVERIFY2(split.message.contains(u"coded this sentence"_s), qPrintable(split.message));
        QCOMPARE(cora->sentences()->rowCount(), rows);
        QVERIFY(cora->splitSentence(m_sentences[0], Fixture::Lines[0].indexOf(QLatin1String("on Tuesday"))).done);

        // Back to shared mode: the codings are kept, hidden; Ben may shape the article now, but not drop them.
        QVERIFY(ReviewTeam::setMode(m_project->store(), ReviewTeam::Mode::Shared));
        auto ben = openAs(u"ben"_s, Password);
        QVERIFY(ben);
        const int benRows = ben->sentences()->rowCount();
        const int codedRow = ben->sentences()->rowForSentence(coded);
        const Project::EditOutcome dropped = ben->mergeSentences(ben->sentences()->sentenceId(codedRow - 1));
        QVERIFY(!dropped.done);
        QVERIFY2(dropped.message.contains(u"drop their codings"_s), qPrintable(dropped.message));
        QCOMPARE(ben->sentences()->rowCount(), benRows);
        // Nor split it: its codings would sit on part of the words they were made on. The server refuses (Ben cannot
        // read the codings, so his window cannot tell), the split is undone, and the message says why.
        const Project::EditOutcome splitByBen
            = ben->splitSentence(coded, codedStart + Fixture::Lines[3].indexOf(QLatin1String("disputed")));
        QVERIFY(!splitByBen.done);
        QVERIFY2(splitByBen.message.contains(u"move their codings"_s), qPrintable(splitByBen.message));
        QCOMPARE(ben->sentences()->rowCount(), benRows);
        // A sentence nobody coded he splits as before.
        QVERIFY(
            ben->splitSentence(m_sentences[4],
                   codedStart + Fixture::Lines[3].size() + 1 + Fixture::Lines[4].indexOf(QLatin1Char(' ')) + 1)
                .done);

        // Ana's coding is all there.
        QVERIFY(ReviewTeam::setMode(m_project->store(), ReviewTeam::Mode::Independent));
        auto anaAgain = openAs(u"ana"_s, Password);
        QVERIFY(anaAgain);
        QVERIFY(anaAgain->sentenceClaim(coded) && anaAgain->sentenceClaim(coded)->verdict == Verdict::Disputed);
        QVERIFY(anaAgain->humanAttribution(coded));
    }

    void aLoginWithoutAPartIsTurnedAway()
    {
        if (!TestProjects::onServer()) {
            QSKIP("logins are the server's");
        }
        Project stranger;
        QVERIFY(!stranger.open(TestProjects::asLogin(m_path, u"stranger"_s, Password)));
        QVERIFY2(stranger.errorString().contains(u"“stranger” has no part"_s), qPrintable(stranger.errorString()));
        QVERIFY(!stranger.isOpen());
    }

    void aFileIsShared()
    {
        if (TestProjects::onServer()) {
            QSKIP("the file case");
        }
        QVERIFY(!m_project->codesAlone());
        QVERIFY(!ReviewTeam::setMode(m_project->store(), ReviewTeam::Mode::Independent));
        QVERIFY(!m_project->markDocumentDone());
    }
};

QTEST_MAIN(IndependentReviewTest)
#include "independentreview_test.moc"
