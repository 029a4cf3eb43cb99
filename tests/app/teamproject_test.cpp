// File → Connect to Team Project…: the address is checked as it is typed; on a server (the _postgresql run) the
// window opens the team project through the menu, a password typed for the connection is used but never remembered;
// what another reviewer does shows in the open window while the analyst works, who stays on the sentence in hand.

#include "../testprojects.h"
#include "claimtablemodel.h"
#include "defaultlibrary.h"
#include "documentview.h"
#include "itemroles.h"
#include "offlinejournal.h"
#include "project.h"
#include "projectstore.h"
#include "reviewcontroller.h"
#include "reviewteam.h"
#include "sentencemodel.h"
#include "serveraddress.h"
#include "settings.h"
#include "teamprojectdialog.h"
#include "windowtest.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Sourcelight;

class TeamProjectTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// A new server project holding the sample articles; its address, or empty (with a warning).
    static QString sampleTeamProject(const QString &name)
    {
        const QString team = TestProjects::newServerProject(name);
        QString error;
        if (team.isEmpty() || !DefaultLibrary::ensureAt(team, QStringLiteral(":/samples"), &error)) {
            qWarning() << "cannot make the team project" << name << error;
            return {};
        }
        return team;
    }

private Q_SLOTS:
    void initTestCase()
    {
        WindowTest::isolateSettings();
        QDir(OfflineJournal::defaultFolder()).removeRecursively(); // no edits kept offline by an earlier run
    }

    void addressIsCheckedAsItIsTyped()
    {
        TeamProjectDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *address = dialog.findChild<QLineEdit *>(QStringLiteral("teamProjectAddress"));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("teamProjectPassword"));
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("teamProjectProblem"));
        QPushButton *connect = nullptr;
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->isDefault()) {
                connect = button;
            }
        }
        QVERIFY(address && password && problem && connect);
        QVERIFY(!connect->isEnabled()); // nothing typed yet
        QTest::keyClicks(address, QStringLiteral("postgresql://newsroom.example.org"));
        QVERIFY(!connect->isEnabled());
        QVERIFY(problem->isVisibleTo(&dialog));
        QVERIFY2(problem->text().contains(QStringLiteral("names no database")), qPrintable(problem->text()));
        QTest::keyClicks(address, QStringLiteral("/factcheck"));
        QVERIFY(connect->isEnabled());
        QVERIFY(!problem->isVisibleTo(&dialog));
        QTest::keyClicks(password, QStringLiteral("pa ss@word"));
        QVERIFY(password->echoMode() == QLineEdit::Password);
        const QString location = dialog.location();
        const std::optional<ServerAddress> parsed = ServerAddress::parse(location);
        QVERIFY(parsed);
        QCOMPARE(parsed->password(), QStringLiteral("pa ss@word"));
        QCOMPARE(parsed->database(), QStringLiteral("factcheck"));
        QCOMPARE(
            ServerAddress::canonicalLocation(location), QStringLiteral("postgresql://newsroom.example.org/factcheck"));
    }

    void opensTheTeamProjectFromTheFileMenu()
    {
        if (!TestProjects::onServer()) {
            QSKIP("needs the PostgreSQL test server: runs as app_teamproject_test_postgresql");
        }
        const QString library = WindowTest::sampleLibraryIn(m_dir, QStringLiteral("library.sourcelight"));
        QVERIFY(!library.isEmpty());
        const QString team = TestProjects::newServerProject(QStringLiteral("team"));
        QVERIFY(!team.isEmpty());
        MainWindow window;
        QVERIFY(WindowTest::showWithProject(window, library));

        // The dialog runs modally once the menu item is chosen: filled in by a timer looking for it. Anything else
        // that comes up modally (a message box) is closed and remembered, and after ten seconds without the dialog
        // whatever is open is closed, so the test fails rather than waits for ever.
        bool filled = false;
        QString unexpected;
        int ticks = 0;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            auto *dialog = qobject_cast<TeamProjectDialog *>(modal);
            if (!dialog) {
                if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                    unexpected = box->text();
                    box->accept();
                } else if (++ticks > 500 && modal) {
                    unexpected = QStringLiteral("a modal %1 instead of the dialog").arg(modal->objectName());
                    modal->close();
                }
                return;
            }
            if (filled) {
                // Return did not close it (the dialog was not yet the active window, as under load): again, and
                // give up after ten seconds so that the test fails rather than waits.
                if (++ticks > 500) {
                    dialog->reject();
                } else if (ticks % 25 == 0) {
                    dialog->activateWindow();
                    QTest::keyClick(dialog, Qt::Key_Return);
                }
                return;
            }
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("teamProjectAddress")), team);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("teamProjectPassword")),
                qEnvironmentVariable("PGPASSWORD"));
            WindowTest::shoot(*dialog, QStringLiteral("team-project-dialog"));
            filled = true;
            ticks = 0;
            // Return in the dialog presses its default button, Connect.
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        poll.start(20);
        QTest::keyClick(&window, Qt::Key_F, Qt::AltModifier);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) != nullptr);
        QAction *connect = window.findChild<QAction *>(QStringLiteral("connectTeamProjectAction"));
        QVERIFY(connect && menu->actions().contains(connect));
        QTest::keyClick(menu, Qt::Key_T); // Connect to &Team Project…
        QTRY_VERIFY2(filled, qPrintable(unexpected));
        QTRY_VERIFY(!QApplication::activeModalWidget());
        poll.stop();
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected));

        // The empty database became a project, open in the window, named after the database.
        QTRY_VERIFY(window.project()->store().onServer());
        QCOMPARE(window.project()->store().path(), team);
        QVERIFY(window.windowTitle().startsWith(ServerAddress::projectName(team)));
        QVERIFY(!window.project()->isReadOnly());
        // Remembered among the recent projects without the password typed.
        const QStringList recent = Settings().recentProjects();
        QVERIFY(recent.contains(team));
        for (const QString &entry : recent) {
            QVERIFY(!entry.contains(qEnvironmentVariable("PGPASSWORD")));
        }
        WindowTest::shoot(window, QStringLiteral("team-project-window"));
    }

    void anotherReviewersEditsShowInTheWindow()
    {
        if (!TestProjects::onServer()) {
            QSKIP("needs the PostgreSQL test server: runs as app_teamproject_test_postgresql");
        }
        const QString team = sampleTeamProject(QStringLiteral("live"));
        QVERIFY(!team.isEmpty());
        MainWindow window;
        QVERIFY(WindowTest::showWithProject(window, team));
        Project &mine = *window.project();
        SentenceModel &rows = *mine.sentences();
        QVERIFY(rows.rowCount() > 4);
        auto *view = window.findChild<DocumentView *>(QStringLiteral("documentView"));
        auto *verdict = window.findChild<QComboBox *>(QStringLiteral("verdictCombo"));
        auto *note = window.findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
        QVERIFY(view && verdict && note);

        // The analyst moves to the third sentence and starts a note on it.
        view->setFocus();
        QTest::keyClick(&window, Qt::Key_J);
        QTest::keyClick(&window, Qt::Key_J);
        QCOMPARE(window.review()->currentRow(), 2);
        const Id current = rows.sentenceId(2);
        QTest::keyClick(&window, Qt::Key_M);
        QTRY_VERIFY(note->hasFocus());
        QTest::keyClicks(note, QStringLiteral("Timeline"));
        QTRY_COMPARE(rows.index(2).data(NoteRole).toString(), QStringLiteral("Timeline")); // saved

        // A second reviewer, in a window of their own, works on the same article.
        auto other = std::make_unique<Project>();
        QVERIFY2(other->open(team), qPrintable(other->errorString()));
        QVERIFY(other->openDocument(mine.currentDocument()));
        other->setVerdict(current, Verdict::Disputed);
        QTRY_COMPARE(verdict->currentData().toInt(), int(Verdict::Disputed));
        QCOMPARE(rows.index(2).data(VerdictRole).toInt(), int(Verdict::Disputed));
        QVERIFY(note->hasFocus());
        QCOMPARE(note->toPlainText(), QStringLiteral("Timeline")); // what the analyst typed stays

        // They extend the note: it shows here, the cursor where the analyst left it.
        other->setNote(current, QStringLiteral("Timeline unclear, two accounts"));
        QTRY_COMPARE(note->toPlainText(), QStringLiteral("Timeline unclear, two accounts"));
        QCOMPARE(note->textCursor().position(), 8);

        // They accept the first sentence's suggestion and split the second: the rows here follow, and the analyst
        // is still on the same sentence, now one row further down.
        other->acceptSuggestion(rows.sentenceId(0));
        const Id second = rows.sentenceId(1);
        const QString text = rows.index(1).data(Qt::DisplayRole).toString();
        const qsizetype space = text.indexOf(QLatin1Char(' '), text.size() / 2);
        QVERIFY(space > 0);
        QVERIFY(other->splitSentence(second, rows.index(1).data(SpanStartRole).toLongLong() + space + 1).done);
        QTRY_COMPARE(rows.sentenceId(3), current);
        QTRY_VERIFY(rows.index(0).data(HasHumanAttributionRole).toBool());
        QCOMPARE(window.review()->currentRow(), 3);
        QCOMPARE(rows.sentenceId(window.review()->currentRow()), current);
        WindowTest::shoot(window, QStringLiteral("team-project-live"));
    }

    // Independent review in the real window: a reviewer sees who she is, codes by keys, marks the document done from
    // the Review menu, and is then refused a change; the curator's window shows none of her codings
    // and offers adjudication.
    void independentReviewInTheWindow()
    {
        if (!TestProjects::onServer()) {
            QSKIP("needs the PostgreSQL test server: runs as app_teamproject_test_postgresql");
        }
        const QString team = sampleTeamProject(QStringLiteral("independent"));
        QVERIFY(!team.isEmpty());
        QVERIFY(TestProjects::createLogins({QStringLiteral("ana"), QStringLiteral("cora")}, QStringLiteral("pw")));
        {
            ProjectStore owner;
            QVERIFY(owner.open(team));
            QVERIFY(
                ReviewTeam::setMember(owner, QStringLiteral("ana"), QStringLiteral("Ana"), ReviewTeam::Role::Reviewer));
            QVERIFY(ReviewTeam::setMember(
                owner, QStringLiteral("cora"), QStringLiteral("Cora"), ReviewTeam::Role::Curator));
            QVERIFY(ReviewTeam::setMode(owner, ReviewTeam::Mode::Independent));
        }
        const auto as = [&team](const char *login) {
            return TestProjects::asLogin(team, QLatin1String(login), QStringLiteral("pw"));
        };

        MainWindow window;
        QVERIFY(WindowTest::showWithProject(window, as("ana")));
        auto *label = window.findChild<QLabel *>(QStringLiteral("teamLabel"));
        QVERIFY(label && label->isVisible());
        QCOMPARE(label->text(), QStringLiteral("Ana · reviewer · independent review"));
        auto *done = window.findChild<QAction *>(QStringLiteral("markDoneAction"));
        auto *adjudicate = window.findChild<QAction *>(QStringLiteral("adjudicateAction"));
        QVERIFY(done && adjudicate);
        QVERIFY(done->isVisible());
        QVERIFY(!adjudicate->isVisible());

        // She moves to the third sentence and calls it disputed (V, 3).
        SentenceModel &rows = *window.project()->sentences();
        auto *view = window.findChild<DocumentView *>(QStringLiteral("documentView"));
        view->setFocus();
        QTest::keyClick(&window, Qt::Key_J);
        QTest::keyClick(&window, Qt::Key_J);
        QCOMPARE(window.review()->currentRow(), 2);
        QTest::keyClick(&window, Qt::Key_V);
        QTest::keyClick(&window, Qt::Key_3);
        QTRY_COMPARE(rows.index(2).data(VerdictRole).toInt(), int(Verdict::Disputed));
        QTRY_COMPARE(window.project()->claims()->rowCount(), 1); // her Claims list: her own claim

        // Review → Mark Document Done: the menu opened with the mouse, the item picked with the keys.
        auto *review = window.findChild<QMenu *>(QStringLiteral("reviewMenu"));
        QMenuBar *bar = window.menuBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(review->menuAction()).center());
        QTRY_VERIFY(review->isVisible());
        QSignalSpy triggered(done, &QAction::triggered);
        QTest::keyClick(review, Qt::Key_Up); // from the bottom of the menu: its last item
        QTRY_COMPARE(review->activeAction(), done);
        QTest::keyClick(review, Qt::Key_Return);
        QCOMPARE(triggered.size(), 1);
        QTRY_VERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Marked done")),
            qPrintable(window.statusBar()->currentMessage() + QStringLiteral(" menu visible: ")
                + QString::number(review->isVisible()) + QStringLiteral(" geometry: ")
                + QString::number(review->actionGeometry(done).y())));

        // Her decisions on it are closed now: the server refuses the change, the window undoes it and says so.
        {
            WindowTest::MessageBoxCatcher told;
            view->setFocus();
            QTest::keyClick(&window, Qt::Key_V);
            QTest::keyClick(&window, Qt::Key_2);
            QTRY_VERIFY2(told.message().contains(QStringLiteral("does not let you")), qPrintable(told.message()));
        }
        QTRY_COMPARE(rows.index(2).data(VerdictRole).toInt(), int(Verdict::Disputed));
        WindowTest::shoot(window, QStringLiteral("team-project-independent"));

        // The curator works on the final decisions: none of Ana's codings there; adjudication offered.
        MainWindow curator;
        QVERIFY(WindowTest::showWithProject(curator, as("cora")));
        QCOMPARE(curator.findChild<QLabel *>(QStringLiteral("teamLabel"))->text(),
            QStringLiteral("Cora · curator · independent review"));
        QVERIFY(curator.findChild<QAction *>(QStringLiteral("adjudicateAction"))->isVisible());
        QVERIFY(!curator.findChild<QAction *>(QStringLiteral("markDoneAction"))->isVisible());
        SentenceModel &finalRows = *curator.project()->sentences();
        QCOMPARE(finalRows.sentenceId(2), rows.sentenceId(2));
        QCOMPARE(finalRows.index(2).data(VerdictRole).toInt(), int(Verdict::Unverified));
    }

    void windowGoesOfflineAndBack()
    {
        if (!TestProjects::onServer()) {
            QSKIP("needs the PostgreSQL test server: runs as app_teamproject_test_postgresql");
        }
        const QString team = sampleTeamProject(QStringLiteral("offline"));
        QVERIFY(!team.isEmpty());
        MainWindow window;
        QVERIFY(WindowTest::showWithProject(window, team));
        auto *view = window.findChild<DocumentView *>(QStringLiteral("documentView"));
        auto *indicator = window.findChild<QLabel *>(QStringLiteral("saveIndicator"));
        QVERIFY(view && indicator);
        QCOMPARE(indicator->text(), QStringLiteral("Saved"));
        view->setFocus();
        QTest::keyClick(&window, Qt::Key_J);
        const int row = window.review()->currentRow();
        const Id sentence = window.project()->sentences()->sentenceId(row);

        QTest::keyClick(&window, Qt::Key_V); // supported, saved before the cut
        QTest::keyClick(&window, Qt::Key_2);
        QVERIFY(window.project()->sentenceClaim(sentence)->verdict == Verdict::Supported);

        // The server drops the window's connection; the analyst's next verdict finds out.
        QVERIFY(TestProjects::dropConnections(team));
        QTest::qWait(300); // the window idle a moment as the server goes
        QString told;
        {
            WindowTest::MessageBoxCatcher catcher;
            view->setFocus();
            QTest::keyClick(&window, Qt::Key_V);
            QTest::keyClick(&window, Qt::Key_3);
            QTRY_VERIFY(!catcher.message().isEmpty());
            told = catcher.message();
        }
        QVERIFY2(told.contains(QStringLiteral("connection")), qPrintable(told));
        // The verdict waits in the window: shown as made, counted in the status bar.
        QTRY_VERIFY2(
            indicator->text().startsWith(QStringLiteral("Offline")) && indicator->text().contains(u"1 waiting"),
            qPrintable(indicator->text()));
        SentenceModel *rows = window.project()->sentences();
        QCOMPARE(rows->index(row).data(VerdictRole).toInt(), int(Verdict::Disputed));
        WindowTest::shoot(window, QStringLiteral("team-project-offline"));

        // Meanwhile someone else makes it "false" on the server.
        {
            QSqlDatabase behind = TestProjects::openBehindTheStore(team, QStringLiteral("someone-else"));
            QSqlQuery change(behind);
            QVERIFY(change.prepare(QStringLiteral("UPDATE claims SET verdict = 'false' WHERE sentence_id = :s")));
            change.bindValue(QStringLiteral(":s"), sentence);
            QVERIFY2(change.exec() && change.numRowsAffected() == 1, qPrintable(change.lastError().text()));
            behind.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("someone-else"));

        // By itself it connects again and sends the verdict, which finds "false" where it was made on "supported":
        // the window asks which stays, showing both; the analyst saves theirs over it (a click). The analyst is on
        // the same sentence.
        QString offered;
        QTimer answer;
        connect(&answer, &QTimer::timeout, &answer, [&offered, &window] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !offered.isEmpty() || box->objectName() != QLatin1String("editConflictBox")) {
                return;
            }
            offered = box->informativeText();
            WindowTest::shoot(window, QStringLiteral("team-project-conflict")); // the window behind the question
            WindowTest::shoot(*box, QStringLiteral("team-project-conflict-box"));
            for (QAbstractButton *button : box->buttons()) {
                if (button->text().remove(QLatin1Char('&')) == QLatin1String("Save Mine")) {
                    QTest::mouseClick(button, Qt::LeftButton);
                }
            }
        });
        answer.start(20);
        QTRY_VERIFY_WITH_TIMEOUT(!offered.isEmpty(), 10000);
        answer.stop();
        QVERIFY2(
            offered.contains(QStringLiteral("Theirs: False")) && offered.contains(QStringLiteral("Yours: Disputed")),
            qPrintable(offered));
        QTRY_COMPARE_WITH_TIMEOUT(indicator->text(), QStringLiteral("Saved"), 10000);
        QCOMPARE(window.review()->currentRow(), row);
        QCOMPARE(window.project()->waitingEdits(), 0);
        QCOMPARE(int(window.project()->sentenceClaim(sentence)->verdict), int(Verdict::Disputed)); // from the server
        window.activateWindow(); // the message box had it
        QVERIFY(QTest::qWaitForWindowActive(&window));
        view->setFocus();
        QTest::keyClick(&window, Qt::Key_V);
        QTest::keyClick(&window, Qt::Key_2);
        QCOMPARE(int(window.project()->sentenceClaim(sentence)->verdict), int(Verdict::Supported));

        // Offline again, the analyst closes the window: it asks nothing (the edit is kept on this computer), and
        // the next window on the project sends it and says so.
        QVERIFY(TestProjects::dropConnections(team));
        QTest::qWait(300);
        {
            WindowTest::MessageBoxCatcher catcher;
            view->setFocus();
            QTest::keyClick(&window, Qt::Key_V);
            QTest::keyClick(&window, Qt::Key_4);
            QTRY_VERIFY(!catcher.message().isEmpty()); // the connection lost, said once
        }
        QCOMPARE(window.project()->waitingEdits(), 1);
        QString asked;
        QTimer watch;
        connect(&watch, &QTimer::timeout, &watch, [&asked] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked = box->text();
                QTest::keyClick(box, Qt::Key_Escape);
            }
        });
        watch.start(20);
        QVERIFY(window.close());
        watch.stop();
        QVERIFY2(asked.isEmpty(), qPrintable(asked));
        window.project()->close(); // as the app does when the window goes (it owns the project)

        MainWindow next;
        QVERIFY(WindowTest::showWithProject(next, team));
        QVERIFY2(next.statusBar()->currentMessage().contains(QStringLiteral("were sent"))
                || next.statusBar()->currentMessage().contains(QStringLiteral("was sent")),
            qPrintable(next.statusBar()->currentMessage()));
        QCOMPARE(int(next.project()->sentenceClaim(sentence)->verdict), int(Verdict::Misleading));
        WindowTest::shoot(next, QStringLiteral("team-project-kept-edits-sent"));
        QCOMPARE(next.project()->waitingEdits(), 0);
    }
};

QTEST_MAIN(TeamProjectTest)
#include "teamproject_test.moc"
