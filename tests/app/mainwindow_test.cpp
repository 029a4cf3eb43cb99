// The application shell, offscreen: docks, menus and actions in place, keyboard reaches them,
// window geometry and dock layout survive a restart.
#include "aboutdialog.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "windowtest.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Sourcelight;

class MainWindowTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_library; ///< the sample library, for the tests that need a project open

private Q_SLOTS:
    void initTestCase()
    {
        m_library = WindowTest::isolatedWithSampleLibrary(m_dir, QStringLiteral("docks.sourcelight"));
        QVERIFY(!m_library.isEmpty());
    }

    void docksExist_data()
    {
        // Each dock: where it sits, its title, and the part of it that must show the open project (a view with
        // rows, or the attribution panel's text of the current sentence).
        QTest::addColumn<QString>("objectName");
        QTest::addColumn<int>("area");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("content");
        QTest::newRow("library") << QStringLiteral("libraryDock") << int(Qt::LeftDockWidgetArea)
                                 << QStringLiteral("Library") << QStringLiteral("libraryView");
        QTest::newRow("sources") << QStringLiteral("sourcesDock") << int(Qt::LeftDockWidgetArea)
                                 << QStringLiteral("Sources") << QStringLiteral("sourcesView");
        QTest::newRow("claims") << QStringLiteral("claimsDock") << int(Qt::BottomDockWidgetArea)
                                << QStringLiteral("Claims") << QStringLiteral("claimsView");
        QTest::newRow("attribution") << QStringLiteral("attributionDock") << int(Qt::RightDockWidgetArea)
                                     << QStringLiteral("Attribution") << QStringLiteral("sentenceText");
    }

    void docksExist()
    {
        QFETCH(QString, objectName);
        QFETCH(int, area);
        QFETCH(QString, title);
        QFETCH(QString, content);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *dock = window.findChild<QDockWidget *>(objectName);
        QVERIFY(dock);
        QVERIFY(dock->isVisible());
        QCOMPARE(int(window.dockWidgetArea(dock)), area);
        QCOMPARE(dock->windowTitle(), title);
        // The View menu shows and hides it under its title.
        auto *viewMenu = window.findChild<QMenu *>(QStringLiteral("viewMenu"));
        QVERIFY(viewMenu && viewMenu->actions().contains(dock->toggleViewAction()));
        QCOMPARE(dock->toggleViewAction()->text(), title);

        // With a project open, its content is visible, named for screen readers, and shows the project.
        QVERIFY(window.openProject(m_library));
        QWidget *shown
            = dock->widget()->objectName() == content ? dock->widget() : dock->widget()->findChild<QWidget *>(content);
        QVERIFY(shown);
        QTRY_VERIFY(shown->isVisible());
        auto *named = qobject_cast<QLabel *>(shown) ? dock->widget() : shown;
        QVERIFY(!named->accessibleName().isEmpty());
        if (auto *view = qobject_cast<QAbstractItemView *>(shown)) {
            QVERIFY(view->model());
            QTRY_VERIFY(view->model()->rowCount() > 0);
        } else if (auto *label = qobject_cast<QLabel *>(shown)) {
            QTRY_VERIFY(!label->text().isEmpty());
        } else {
            QFAIL("content is neither a view nor a label");
        }
    }

    void centralDocumentPane()
    {
        MainWindow window;
        auto *pane = window.centralWidget()->findChild<QPlainTextEdit *>(QStringLiteral("documentView"));
        QVERIFY(pane);
        QVERIFY(pane->isReadOnly());
    }

    void actionsHaveStandardShortcuts_data()
    {
        QTest::addColumn<QString>("objectName");
        QTest::addColumn<QKeySequence>("shortcut");
        QTest::newRow("new") << QStringLiteral("newProjectAction") << QKeySequence(QKeySequence::New);
        QTest::newRow("open") << QStringLiteral("openProjectAction") << QKeySequence(QKeySequence::Open);
        QTest::newRow("quit") << QStringLiteral("quitAction") << QKeySequence(QKeySequence::Quit);
        QTest::newRow("undo") << QStringLiteral("undoAction") << QKeySequence(QKeySequence::Undo);
        QTest::newRow("redo") << QStringLiteral("redoAction") << QKeySequence(QKeySequence::Redo);
        QTest::newRow("search library") << QStringLiteral("findAction")
                                        << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
        QTest::newRow("find in article") << QStringLiteral("findInArticleAction") << QKeySequence(QKeySequence::Find);
        QTest::newRow("find next") << QStringLiteral("findNextAction") << QKeySequence(Qt::Key_F3);
        QTest::newRow("find previous") << QStringLiteral("findPreviousAction") << QKeySequence(Qt::SHIFT | Qt::Key_F3);
        QTest::newRow("export") << QStringLiteral("exportAction") << QKeySequence(Qt::CTRL | Qt::Key_E);
        QTest::newRow("import") << QStringLiteral("importAction") << QKeySequence(Qt::CTRL | Qt::Key_I);
    }

    void actionsHaveStandardShortcuts()
    {
        QFETCH(QString, objectName);
        QFETCH(QKeySequence, shortcut);
        MainWindow window;
        auto *action = window.findChild<QAction *>(objectName);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), shortcut);
        // Every action is reachable from a menu.
        bool inMenu = false;
        for (QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
            inMenu = inMenu || menu->actions().contains(action);
        }
        QVERIFY(inMenu);
    }

    void searchLibraryShortcutFocusesSearch()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("librarySearch"));
        QVERIFY(search);
        window.centralWidget()->setFocus();
        QVERIFY(!search->hasFocus());
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
        QTRY_VERIFY(search->hasFocus());
    }

    void findInThePaneIsNotTheLibrarySearch()
    {
        // Ctrl+F with the focus in the document pane opens the pane's find bar and finds in the open article;
        // the library's search field is left alone.
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openProject(m_library));
        auto *view = window.findChild<QPlainTextEdit *>(QStringLiteral("documentView"));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("librarySearch"));
        auto *field = window.findChild<QLineEdit *>(QStringLiteral("findField"));
        QVERIFY(view && search && field);
        QVERIFY(!field->isVisible());
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(field->isVisible());
        QVERIFY(field->hasFocus());
        QVERIFY(search->text().isEmpty());
        const QString text = view->toPlainText();
        const QString word = QStringLiteral("said");
        QVERIFY(text.contains(word, Qt::CaseInsensitive));
        QTest::keyClicks(field, word);
        auto *count = window.findChild<QLabel *>(QStringLiteral("findCount"));
        QTRY_VERIFY(count->text().startsWith(QStringLiteral("1 of ")));
        QCOMPARE(view->textCursor().position(), int(text.indexOf(word, 0, Qt::CaseInsensitive)));
        QVERIFY(!view->extraSelections().isEmpty());
        QTest::keyClick(field, Qt::Key_Escape);
        QTRY_VERIFY(view->hasFocus());
        QVERIFY(!field->isVisible());
        QVERIFY(view->extraSelections().isEmpty());
    }

    void viewMenuTogglesDocks()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *claims = window.findChild<QDockWidget *>(QStringLiteral("claimsDock"));
        QVERIFY(claims->isVisible());
        claims->toggleViewAction()->trigger();
        QVERIFY(!claims->isVisible());
        claims->toggleViewAction()->trigger();
        QVERIFY(claims->isVisible());
    }

    void viewMenuHidesAndShowsTheLegend()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *legend = window.findChild<QWidget *>(QStringLiteral("legendStrip"));
        auto *action = window.findChild<QAction *>(QStringLiteral("showLegendAction"));
        auto *viewMenu = window.findChild<QMenu *>(QStringLiteral("viewMenu"));
        QVERIFY(legend && action && viewMenu);
        QVERIFY(viewMenu->actions().contains(action));
        QVERIFY(legend->isVisible());
        QCOMPARE(action->text(), QStringLiteral("&Legend"));
        // The View menu opened with a click, the item chosen by its mnemonic.
        const auto clickInViewMenu = [&] {
            QTest::mouseClick(window.menuBar(), Qt::LeftButton, {},
                window.menuBar()->actionGeometry(viewMenu->menuAction()).center());
            QTRY_VERIFY(viewMenu->isVisible());
            QTest::keyClick(viewMenu, Qt::Key_L);
            QTRY_VERIFY(!viewMenu->isVisible());
        };
        clickInViewMenu();
        QVERIFY(!legend->isVisible());
        QVERIFY(!action->isChecked());
        clickInViewMenu();
        QVERIFY(legend->isVisible());
        // Above the article.
        auto *view = window.findChild<QWidget *>(QStringLiteral("documentView"));
        QVERIFY(legend->mapTo(&window, QPoint(0, legend->height())).y() <= view->mapTo(&window, QPoint(0, 0)).y());
    }

    void stateRestoredAfterRestart()
    {
        QSettings().clear();
        QSize size;
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(701, 513); // inside the offscreen screen (800×600)
            window.findChild<QDockWidget *>(QStringLiteral("sourcesDock"))->hide();
            size = window.size();
            window.close();
        }
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), size);
        QVERIFY(!again.findChild<QDockWidget *>(QStringLiteral("sourcesDock"))->isVisible());
        QVERIFY(again.findChild<QDockWidget *>(QStringLiteral("libraryDock"))->isVisible());
    }

    void switchingLanguageChangesTheVisibleUi()
    {
        LanguageSwitcher languages;
        MainWindow window(&languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *file = window.findChild<QMenu *>(QStringLiteral("fileMenu"));
        QVERIFY(file);
        QCOMPARE(languages.apply(QStringLiteral("en")), QStringLiteral("en"));
        QTRY_COMPARE(file->title(), QStringLiteral("&File"));
        QCOMPARE(languages.apply(QStringLiteral("de")), QStringLiteral("de"));
        QTRY_COMPARE(file->title(), QStringLiteral("&Datei"));
        // Every dock follows, each through its own retranslation.
        const QList<std::pair<const char *, std::pair<QString, QString>>> docks = {
            {"libraryDock", {QStringLiteral("Bibliothek"), QStringLiteral("Library")}},
            {"claimsDock", {QStringLiteral("Aussagen"), QStringLiteral("Claims")}},
            {"sourcesDock", {QStringLiteral("Quellen"), QStringLiteral("Sources")}},
            {"attributionDock", {QStringLiteral("Zuschreibung"), QStringLiteral("Attribution")}},
        };
        for (const auto &[name, titles] : docks) {
            auto *dock = window.findChild<QDockWidget *>(QLatin1String(name));
            QVERIFY2(dock, name);
            QTRY_COMPARE(dock->windowTitle(), titles.first);
        }
        // Back without a restart.
        languages.apply(QStringLiteral("en"));
        QTRY_COMPARE(file->title(), QStringLiteral("&File"));
        for (const auto &[name, titles] : docks) {
            QTRY_COMPARE(window.findChild<QDockWidget *>(QLatin1String(name))->windowTitle(), titles.second);
        }
    }

    void untranslatedLanguagesGetEnglishPlurals()
    {
        LanguageSwitcher languages;
        const auto edits = [] {
            return QCoreApplication::translate("Sourcelight::Project",
                "%n edit(s) could not be saved to the disk and were undone: %1 Redo them when the disk works again.",
                nullptr, 2);
        };
        for (const char *code : {"es", "C"}) {
            QCOMPARE(languages.apply(QString::fromLatin1(code)), QStringLiteral("en"));
            QVERIFY2(edits().startsWith(QLatin1String("2 edits could not be saved")), qPrintable(edits()));
        }
    }

    void aboutShowsVersions()
    {
        const QString text = AboutDialog::versionText();
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(QStringLiteral("SyntaxHighlighting 6.")));
    }
};

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
