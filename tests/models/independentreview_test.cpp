// Independent review through the window's own layer (Project and its models), as reviewers work in it: two reviewers
// and a curator, each a database login of their own, on one team project in independent mode. Each reviewer's
// accepted attribution, verdict, note, tag and undo stay in their own layer: the other reviewer's window and the
// curator's (the final decisions) never show them, also after the live update an edit announces. Marking the
// document done closes the reviewer's own decisions; agreement then reads both. A login with no part cannot open
// the project. On project files there is nothing to keep apart: independent mode is refused there.
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
