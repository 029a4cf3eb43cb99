// ClaimEditor driven with keys and clicks: verdict and claim type from the keyboard, the note saved when focus
// leaves, evidence added through the dialog and removed, each edit one undo step in the store.
#include "../models/itemmodels_fixture.h"
#include "claimeditor.h"
#include "evidencedialog.h"
#include "itemroles.h"
#include "sentencemodel.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace Sourcelight;

namespace {

/// Answers the next modal EvidenceDialog by typing url and pressing Enter.
void answerEvidenceDialog(const QString &url)
{
    QTimer::singleShot(0, qApp, [url] {
        auto *dialog = qobject_cast<EvidenceDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("evidenceUrl"));
        QTest::keyClicks(edit, url);
        QTest::keyClick(edit, Qt::Key_Return);
        if (dialog->isVisible()) {
            dialog->reject(); // refused: the test sees no evidence added
        }
    });
}

} // namespace

class ClaimEditorTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_p = std::make_unique<Fixture::OpenProject>();
        QVERIFY(m_p->open(1));
        QVERIFY(m_p->project.openDocument(m_p->documents[0]));
        m_editor = std::make_unique<ClaimEditor>(&m_p->project);
        m_editor->rebuildTags();
        m_sentence = m_p->sentences[0][4];
        show();
        m_editor->show();
        m_editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    }

    void cleanup()
    {
        m_editor.reset();
        m_p.reset();
    }

    void verdictFromTheKeyboard()
    {
        auto *verdict = m_editor->findChild<QComboBox *>(QStringLiteral("verdictCombo"));
        const int before = verdict->currentIndex();
        verdict->setFocus();
        QTest::keyClick(verdict, Qt::Key_Down);
        const auto expected = static_cast<Verdict>(verdict->itemData(before + 1).toInt());
        QCOMPARE(index().data(VerdictRole).toInt(), int(expected));
        QCOMPARE(int(m_p->project.sentenceClaim(m_sentence)->verdict), int(expected));
        m_p->project.undoStack()->undo();
        QCOMPARE(index().data(VerdictRole).toInt(), verdict->itemData(before).toInt());
    }

    void noteSavedWhenFocusLeaves()
    {
        auto *note = m_editor->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
        auto *claimType = m_editor->findChild<QComboBox *>(QStringLiteral("claimTypeCombo"));
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("Checked the ministry table."));
        QCOMPARE(index().data(NoteRole).toString(), QString()); // not yet: saved after a pause or on leaving
        claimType->setFocus();
        QCOMPARE(index().data(NoteRole).toString(), QStringLiteral("Checked the ministry table."));
    }

    void noteSavedForThePreviousSentence()
    {
        auto *note = m_editor->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("Typed, then moved on."));
        m_editor->showSentence(m_p->sentences[0][3], m_p->project.sentences()->index(3));
        QCOMPARE(index().data(NoteRole).toString(), QStringLiteral("Typed, then moved on."));
        QCOMPARE(m_p->project.sentences()->index(3).data(NoteRole).toString(), QString());
    }

    void evidenceAddedAndRemoved()
    {
        auto *add = m_editor->findChild<QToolButton *>(QStringLiteral("evidenceAdd"));
        auto *remove = m_editor->findChild<QToolButton *>(QStringLiteral("evidenceRemove"));
        auto *list = m_editor->findChild<QListWidget *>(QStringLiteral("evidenceList"));
        answerEvidenceDialog(QStringLiteral("javascript:alert(1)"));
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(m_p->project.evidence(m_sentence).size(), 0);

        answerEvidenceDialog(QStringLiteral("https://example.org/stats"));
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(m_p->project.evidence(m_sentence).size(), 1);
        QCOMPARE(m_p->project.evidence(m_sentence).first().url, QStringLiteral("https://example.org/stats"));
        show(); // the panel refreshes on sentenceChanged; here the test does
        QCOMPARE(list->count(), 1);
        list->setCurrentRow(0);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(m_p->project.evidence(m_sentence).size(), 0);
    }

    void tagActionToggles()
    {
        const QList<QAction *> actions = m_editor->tagActions();
        if (actions.isEmpty()) {
            QSKIP("the default codebook has no tags");
        }
        QVERIFY(actions.first()->isEnabled());
        actions.first()->trigger();
        QCOMPARE(index().data(TagIdsRole).toList().size(), 1);
    }

    void changedLabelNamesTheState()
    {
        auto *changed = m_editor->findChild<QLabel *>(QStringLiteral("changedLabel"));
        QCOMPARE(changed->text(), QStringLiteral("Not reviewed yet"));
        m_p->project.setVerdict(m_sentence, Verdict::Supported);
        show();
        QVERIFY(changed->text().startsWith(QStringLiteral("Last changed ")));
    }

private:
    QModelIndex index() const
    {
        SentenceModel *model = m_p->project.sentences();
        return model->index(model->rowForSentence(m_sentence));
    }
    void show() { m_editor->showSentence(m_sentence, index()); }

    std::unique_ptr<Fixture::OpenProject> m_p;
    std::unique_ptr<ClaimEditor> m_editor;
    Id m_sentence = 0;
};

QTEST_MAIN(ClaimEditorTest)
#include "claimeditor_test.moc"
