// File → Connect to Team Project…: the address is checked as it is typed; on a server (the _postgresql run) the
// window opens the team project through the menu, a password typed for the connection is used but never remembered.

#include "../testprojects.h"
#include "project.h"
#include "projectstore.h"
#include "serveraddress.h"
#include "settings.h"
#include "teamprojectdialog.h"
#include "windowtest.h"

#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Sourcelight;

class TeamProjectTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { WindowTest::isolateSettings(); }

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
};

QTEST_MAIN(TeamProjectTest)
#include "teamproject_test.moc"
