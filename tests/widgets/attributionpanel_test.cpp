// AttributionPanel as the user meets it: the cue marked where the store says it is (not the first match of the
// word), no mark without a stored span, Accept from the keyboard, a source typed by its alias found by the store's
// lookup, and the review's focus order across its parts.
#include "attributionpanel.h"
#include "itemroles.h"
#include "paneltestproject.h"
#include "sentencemodel.h"
#include "sourcetable.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Sourcelight;

class AttributionPanelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_p = std::make_unique<Fixture::OpenProject>();
        QVERIFY(m_p->open(1));
        m_cueDocument = Fixture::addRepeatedCueDocument(m_p->project.store(), &m_cueSentences, &m_cueAt);
        QVERIFY(m_cueDocument != 0);
        m_panel = std::make_unique<AttributionPanel>(&m_p->project);
        m_panel->reloadProjectData();
        m_panel->resize(360, 900);
        m_panel->show();
        m_panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    }

    void cleanup()
    {
        m_panel.reset();
        m_p.reset();
    }

    void marksTheStoredCue()
    {
        QVERIFY(m_p->project.openDocument(m_cueDocument));
        m_panel->setCurrentRow(1);
        QCOMPARE(m_panel->currentSentence(), m_cueSentences[1]);
        const auto *sentence = m_panel->findChild<QLabel *>(QStringLiteral("sentenceText"));
        QCOMPARE(m_cueAt, qsizetype(29));
        QCOMPARE(sentence->text(), QStringLiteral("He said what she said, Smith <b><u>said</u></b>."));
    }

    void noStoredSpanMarksNothing()
    {
        // The fixture article's cues were stored as text only ("said"), with no span.
        QVERIFY(m_p->project.openDocument(m_p->documents[0]));
        m_panel->setCurrentRow(1);
        QVERIFY(!m_p->project.sentences()->index(1).data(CueTextRole).toString().isEmpty());
        const auto *sentence = m_panel->findChild<QLabel *>(QStringLiteral("sentenceText"));
        QCOMPARE(sentence->text(), Fixture::Lines[1].toHtmlEscaped());
    }

    void authorVoiceHasNoMark()
    {
        QVERIFY(m_p->project.openDocument(m_cueDocument));
        m_panel->setCurrentRow(0);
        QCOMPARE(
            m_panel->findChild<QLabel *>(QStringLiteral("sentenceText"))->text(), QStringLiteral("Talks resumed."));
        QCOMPARE(m_panel->findChild<QLabel *>(QStringLiteral("suggestionText"))->text(),
            QStringLiteral("Author's own voice"));
    }

    void acceptFromTheKeyboard()
    {
        QVERIFY(m_p->project.openDocument(m_cueDocument));
        m_panel->setCurrentRow(1);
        auto *accept = m_panel->findChild<QPushButton *>(QStringLiteral("acceptButton"));
        accept->setFocus();
        QTest::keyClick(accept, Qt::Key_Space);
        QVERIFY(m_p->project.humanAttribution(m_cueSentences[1]).has_value());
        QVERIFY(m_p->project.sentences()->index(1).data(HasHumanAttributionRole).toBool());
    }

    void typedAliasPicksTheKnownSource()
    {
        // The picker lists names only; an alias typed in any case must still find the source (the store's lookup),
        // not open the New Source dialog (which would block this test) or pick nothing.
        QVERIFY(m_p->project.openDocument(m_cueDocument));
        m_panel->setCurrentRow(1);
        const Id shown = m_p->project.sentences()->index(1).data(SourceIdRole).value<Id>();
        const std::optional<QList<SourceRecord>> sources = m_p->project.store().sources().sources();
        QVERIFY(sources && sources->size() >= 2);
        const auto other = std::find_if(
            sources->cbegin(), sources->cend(), [shown](const SourceRecord &s) { return s.id != shown; });
        QVERIFY(other != sources->cend());
        QVERIFY(m_p->project.store().sources().addAlias(other->id, QStringLiteral("Agency X Press Office")));
        auto *picker = m_panel->findChild<QComboBox *>(QStringLiteral("sourcePicker"));
        picker->setFocus();
        picker->lineEdit()->selectAll();
        QTest::keyClicks(picker->lineEdit(), QStringLiteral("agency x press OFFICE"));
        QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE(m_p->project.sentences()->index(1).data(SourceIdRole).value<Id>(), other->id);
    }

    void focusOrderFollowsTheReview()
    {
        QVERIFY(m_p->project.openDocument(m_p->documents[0]));
        m_panel->setCurrentRow(2);
        auto *reject = m_panel->findChild<QPushButton *>(QStringLiteral("rejectButton"));
        auto *source = m_panel->findChild<QComboBox *>(QStringLiteral("sourcePicker"));
        auto *quote = m_panel->findChild<QComboBox *>(QStringLiteral("quoteTypeCombo"));
        auto *claimType = m_panel->findChild<QComboBox *>(QStringLiteral("claimTypeCombo"));
        reject->setFocus();
        QTest::keyClick(reject, Qt::Key_Tab);
        QTRY_VERIFY(source->hasFocus());
        quote->setFocus();
        QTest::keyClick(quote, Qt::Key_Tab);
        QTRY_VERIFY(claimType->hasFocus());
    }

    void noSentenceShowsTheHint()
    {
        m_panel->setCurrentRow(-1);
        QCOMPARE(m_panel->currentSentence(), Id(0));
        for (QAction *action : m_panel->tagActions()) {
            QVERIFY(!action->isEnabled());
        }
    }

private:
    std::unique_ptr<Fixture::OpenProject> m_p;
    std::unique_ptr<AttributionPanel> m_panel;
    Id m_cueDocument = 0;
    QList<Id> m_cueSentences;
    qsizetype m_cueAt = -1;
};

QTEST_MAIN(AttributionPanelTest)
#include "attributionpanel_test.moc"
