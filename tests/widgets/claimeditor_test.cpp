// ClaimEditor driven with keys and clicks: verdict and claim type from the keyboard, the note saved when focus
// leaves, evidence added through the dialog and removed, each edit one undo step in the store.
#include "../models/itemmodels_fixture.h"
#include "claimeditor.h"
#include "displaynames.h"
#include "editconflictprompt.h"
#include "evidencedialog.h"
#include "itemroles.h"
#include "sentencemodel.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
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
        new EditConflictPrompt(&m_p->project, m_editor.get()); // as the main window has one
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

    // Another window (a second reviewer) saves a note on the sentence while the analyst types one: the analyst's save
    // finds the note changed and writes nothing; both notes are offered, and the analyst keeps theirs or saves mine.
    void noteChangedMeanwhileIsOffered_data() { Fixture::saveMineOrKeepTheirs(); }

    void noteChangedMeanwhileIsOffered()
    {
        QFETCH(bool, saveMine);
        const std::unique_ptr<Project> other = Fixture::openShowing(m_p->project.path(), m_p->documents[0]);
        QVERIFY(other);
        auto *note = m_editor->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
        auto *claimType = m_editor->findChild<QComboBox *>(QStringLiteral("claimTypeCombo"));
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("Mine: the ministry table says 11"));
        other->setNote(m_sentence, QStringLiteral("Theirs: figure confirmed"));

        QString offered;
        bool answered = false;
        QTimer poll;
        answerConflict(poll, saveMine, QStringLiteral("note-conflict.png"), offered, answered);
        claimType->setFocus(); // leaving the note saves it: refused, then offered
        QTRY_VERIFY(answered);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY2(offered.contains(QStringLiteral("Theirs: figure confirmed")), qPrintable(offered));
        QVERIFY2(offered.contains(QStringLiteral("Mine: the ministry table says 11")), qPrintable(offered));
        const QString stored = m_p->project.sentenceClaim(m_sentence)->note;
        if (saveMine) {
            QCOMPARE(stored, QStringLiteral("Mine: the ministry table says 11"));
            m_p->project.undoStack()->undo(); // my save, undone, gives theirs back
            QCOMPARE(m_p->project.sentenceClaim(m_sentence)->note, QStringLiteral("Theirs: figure confirmed"));
        } else {
            QCOMPARE(stored, QStringLiteral("Theirs: figure confirmed"));
            QVERIFY(!m_p->project.undoStack()->canUndo()); // the refused save is no undo step
        }
    }

    // A verdict redone over one another reviewer set meanwhile (as a verdict made offline is sent later): both are
    // offered, with the sentence; the analyst's answer is what is stored.
    void verdictChangedMeanwhileIsOffered_data() { Fixture::saveMineOrKeepTheirs(); }

    void verdictChangedMeanwhileIsOffered()
    {
        QFETCH(bool, saveMine);
        const std::unique_ptr<Project> other = Fixture::openShowing(m_p->project.path(), m_p->documents[0]);
        QVERIFY(other);
        m_p->project.setVerdict(m_sentence, Verdict::Misleading);
        m_p->project.undoStack()->undo();
        other->setVerdict(m_sentence, Verdict::Supported);

        QString offered;
        bool answered = false;
        QTimer poll;
        answerConflict(poll, saveMine, QStringLiteral("verdict-conflict.png"), offered, answered);
        m_p->project.undoStack()->redo();
        QTRY_VERIFY(answered);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        const QString words = m_p->project.sentences()->index(4).data(Qt::DisplayRole).toString().simplified();
        QVERIFY2(offered.contains(QStringLiteral("Sentence 5: ") + words.left(40)), qPrintable(offered));
        QVERIFY2(offered.contains(QStringLiteral("Theirs: ") + DisplayNames::verdict(Verdict::Supported)),
            qPrintable(offered));
        QVERIFY2(offered.contains(QStringLiteral("Yours: ") + DisplayNames::verdict(Verdict::Misleading)),
            qPrintable(offered));
        const Verdict stored = m_p->project.sentenceClaim(m_sentence)->verdict;
        QVERIFY(stored == (saveMine ? Verdict::Misleading : Verdict::Supported));
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
    /// Answers the conflict box, once it shows, with Save Mine or Keep Theirs (a mouse click), after taking its
    /// text (and a picture of it, when SOURCELIGHT_TEST_SHOTS names a folder).
    void answerConflict(QTimer &poll, bool saveMine, const QString &shot, QString &offered, bool &answered)
    {
        connect(&poll, &QTimer::timeout, this, [&offered, &answered, saveMine, shot] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || answered || box->objectName() != QLatin1String("editConflictBox")) {
                return;
            }
            offered = box->informativeText();
            answered = true;
            if (const QString shots = qEnvironmentVariable("SOURCELIGHT_TEST_SHOTS"); !shots.isEmpty()) {
                box->grab().save(shots + QLatin1Char('/') + shot); // to look at what the analyst sees
            }
            for (QAbstractButton *button : box->buttons()) {
                if (button->text().remove(QLatin1Char('&')).contains(saveMine ? u"Mine" : u"Theirs")) {
                    QTest::mouseClick(button, Qt::LeftButton);
                }
            }
        });
        poll.start(20);
    }

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
