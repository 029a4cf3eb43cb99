// The curator's adjudication of an independent review, driven by keys and clicks: two reviewers code the fixture
// article apart (Ana and Ben, database logins of their own), and the curator's dialog lists the sentences they
// disagree on with both decisions side by side; "1" makes Ana's the final decision, a click on "Use Ben's" Ben's,
// and the window's undo takes an adoption back. Needs a server: on project files there is no independent review.
#include "../models/itemmodels_fixture.h"
#include "adjudicationdialog.h"
#include "adjudicationmodel.h"
#include "itemroles.h"
#include "reviewteam.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QUndoStack>

using namespace Sourcelight;
using namespace Qt::StringLiterals;

namespace {
const QString Password = u"adjudicate"_s;
}

class AdjudicationDialogTest : public Fixture::ShownArticleTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestProjects::onServer()) {
            QSKIP("independent review needs a server");
        }
        QVERIFY(createProject());
        QVERIFY(TestProjects::createLogins({u"ana"_s, u"ben"_s, u"cora"_s}, Password));
        ProjectStore &owner = m_project->store();
        QVERIFY(ReviewTeam::setMember(owner, u"ana"_s, u"Ana"_s, ReviewTeam::Role::Reviewer));
        QVERIFY(ReviewTeam::setMember(owner, u"ben"_s, u"Ben"_s, ReviewTeam::Role::Reviewer));
        QVERIFY(ReviewTeam::setMember(owner, u"cora"_s, u"Cora"_s, ReviewTeam::Role::Curator));
        QVERIFY(ReviewTeam::setMode(owner, ReviewTeam::Mode::Independent));
    }

    void curatorPicksTheFinalDecision()
    {
        auto ana = openAs(u"ana"_s, Password);
        auto ben = openAs(u"ben"_s, Password);
        auto cora = openAs(u"cora"_s, Password);
        QVERIFY(ana && ben && cora);
        QVERIFY(cora->mayAdjudicate());
        QVERIFY(!ana->mayAdjudicate());
        // They disagree on the verdict of sentence 3 and on whether sentence 1 rests on its suggested source; they
        // agree on sentence 4.
        ana->setVerdict(m_sentences[3], Verdict::Disputed);
        ben->setVerdict(m_sentences[3], Verdict::Supported);
        ana->acceptSuggestion(m_sentences[1]);
        ben->rejectSuggestion(m_sentences[1]);
        ana->setVerdict(m_sentences[4], Verdict::False);
        ben->setVerdict(m_sentences[4], Verdict::False);
        ana->setTag(m_sentences[4], ana->tags().constFirst().id, true); // the same verdict; a tag only Ana gave

        AdjudicationDialog dialog(cora.get());
        new QAbstractItemModelTester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &dialog);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *table = dialog.findChild<QTableView *>(u"adjudicationTable"_s);
        QVERIFY(table);
        AdjudicationModel *model = dialog.model();
        QCOMPARE(model->reviewers(), (QStringList {u"Ana"_s, u"Ben"_s}));
        QCOMPARE(model->rowCount(), 3); // sentences 1, 3 and 4 (a tag), in document order
        QCOMPARE(model->sentenceAt(0), m_sentences[1]);
        QCOMPARE(model->sentenceAt(1), m_sentences[3]);
        QCOMPARE(model->sentenceAt(2), m_sentences[4]);
        QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), u"Ana"_s);
        QVERIFY(model->index(1, 1).data().toString().contains(u"Disputed"_s));
        QVERIFY(model->index(1, 2).data().toString().contains(u"Supported"_s));
        QVERIFY(model->index(0, 2).data().toString().contains(u"own voice"_s)); // Ben rejected the suggestion
        QVERIFY(dialog.findChild<QLabel *>(u"adjudicationSummary"_s)->text().startsWith(u"3 sentence"_s));

        // Row 2 (sentence 3), key 1: Ana's verdict becomes the final one.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), 1);
        QSignalSpy errors(cora.get(), &Project::errorOccurred);
        QTest::keyClick(table, Qt::Key_1);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(0).toString()));
        QVERIFY(cora->sentenceClaim(m_sentences[3]).has_value());
        QVERIFY(cora->sentenceClaim(m_sentences[3])->verdict == Verdict::Disputed);
        QVERIFY(model->index(1, 3).data().toString().contains(u"Disputed"_s));
        // Row 1 (sentence 1), a click on "Use Ben's": the final attribution is Ben's rejection.
        QTest::keyClick(table, Qt::Key_Up);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"useCoding2"_s), Qt::LeftButton);
        const std::optional<AttributionRecord> final = cora->humanAttribution(m_sentences[1]);
        QVERIFY(final);
        QVERIFY(final->hops.isEmpty());
        QVERIFY(model->index(0, 3).data().toString().contains(u"own voice"_s));
        if (const QString shots = qEnvironmentVariable("SOURCELIGHT_TEST_SHOTS"); !shots.isEmpty()) {
            dialog.grab().save(shots + u"/adjudication.png"_s);
        }
        // Each adoption is one step of the curator's undo; the reviewers' codings are untouched.
        cora->undoStack()->undo();
        QVERIFY(!cora->humanAttribution(m_sentences[1]));
        // The Final column follows the undo (it is read when the sentence changes, not while painting).
        QVERIFY(model->index(0, 3).data().toString().contains(u"[suggested]"_s));
        QVERIFY(ana->sentenceClaim(m_sentences[3])->verdict == Verdict::Disputed);
        QVERIFY(ben->sentenceClaim(m_sentences[3])->verdict == Verdict::Supported);
        QCOMPARE(ben->humanAttribution(m_sentences[1])->hops.size(), 0);
    }
};

QTEST_MAIN(AdjudicationDialogTest)
#include "adjudicationdialog_test.moc"
