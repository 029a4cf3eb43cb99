// Saving as the analyst sees it (issue 17, item 9), with real keys on the real window, offscreen: Enter on a
// suggestion tints the sentence as confirmed at once while the status bar says "Saving…" — the flush to disk is
// held back by the test — and says "Saved" only once the flush returned. A flush the disk refuses puts the
// sentence back as it was, says "Not saved" with the reason, and the redo key brings the edit back once the disk
// works.
#include "documentview.h"
#include "durablesync.h"
#include "itemroles.h"
#include "mainwindow.h"
#include "project.h"
#include "reviewcontroller.h"
#include "sentencemodel.h"
#include "windowtest.h"

#include <QLabel>
#include <QSemaphore>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Sourcelight;

class SaveStateTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    // The first sentence at or after `from` with a suggested source and no decision yet.
    static int suggestedRow(MainWindow &window, int from)
    {
        SentenceModel *sentences = window.project()->sentences();
        for (int r = from; r < sentences->rowCount(); ++r) {
            const QModelIndex i = sentences->index(r);
            if (i.data(SourceIdRole).value<Id>() != 0 && !i.data(HasHumanAttributionRole).toBool()) {
                return r;
            }
        }
        return -1;
    }

    // The document view and the status bar's save indicator of window.
    static std::pair<DocumentView *, QLabel *> viewAndIndicator(MainWindow &window)
    {
        return {window.findChild<DocumentView *>(QStringLiteral("documentView")),
            window.statusBar()->findChild<QLabel *>(QStringLiteral("saveIndicator"))};
    }

    static void pressEnterOn(MainWindow &window, DocumentView *view, int row)
    {
        window.review()->setCurrentRow(row);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = WindowTest::isolatedWithSampleLibrary(m_dir, QStringLiteral("save.sourcelight"));
        QVERIFY(!m_path.isEmpty());
    }

    void savingThenSaved()
    {
        MainWindow window;
        QVERIFY(WindowTest::showWithProject(window, m_path));
        const auto [view, indicator] = viewAndIndicator(window);
        QVERIFY(view && indicator);
        QCOMPARE(indicator->text(), QStringLiteral("Saved"));
        QVERIFY(indicator->isVisible());

        QSemaphore release;
        window.project()->durability()->setSyncFunction([&release](const QStringList &files) {
            release.acquire();
            return DurableSync::syncFiles(files);
        });
        const int row = suggestedRow(window, 0);
        QVERIFY(row >= 0);
        QVERIFY(!view->decorations().at(row).confirmed);
        pressEnterOn(window, view, row);
        // The pane shows the decision before the disk has it.
        QVERIFY(view->decorations().at(row).confirmed);
        QCOMPARE(indicator->text(), QStringLiteral("Saving…"));
        QTest::qWait(100);
        QCOMPARE(indicator->text(), QStringLiteral("Saving…"));
        release.release(100);
        QTRY_COMPARE(indicator->text(), QStringLiteral("Saved"));
        QVERIFY(view->decorations().at(row).confirmed);
    }

    void refusedFlushIsUndone()
    {
        MainWindow window;
        QVERIFY(WindowTest::showWithProject(window, m_path));
        const auto [view, indicator] = viewAndIndicator(window);
        QVERIFY(view && indicator);
        // The window says so in a message box too: read and close it, as the analyst would.
        const WindowTest::MessageBoxCatcher caught;
        window.project()->durability()->setSyncFunction(
            [](const QStringList &) { return QStringLiteral("the test pulled the disk"); });
        const int row = suggestedRow(window, 0);
        QVERIFY(row >= 0);
        pressEnterOn(window, view, row);
        QVERIFY(view->decorations().at(row).confirmed);
        QTRY_COMPARE(indicator->text(), QStringLiteral("Not saved"));
        QVERIFY(!view->decorations().at(row).confirmed); // back to the suggestion
        QVERIFY(!window.project()->sentences()->index(row).data(HasHumanAttributionRole).toBool());
        QVERIFY2(indicator->toolTip().contains(QStringLiteral("the test pulled the disk")),
            qPrintable(indicator->toolTip()));
        QTRY_VERIFY(!caught.message().isEmpty());
        QVERIFY2(caught.message().contains(QStringLiteral("undone"))
                && caught.message().contains(QStringLiteral("the test pulled")),
            qPrintable(caught.message()));

        // The disk is back: the redo key brings the decision back, and it is saved.
        window.project()->durability()->setSyncFunction({});
        window.activateWindow(); // as a desktop does once the message box closed
        QVERIFY(QTest::qWaitForWindowActive(&window));
        view->setFocus();
        QTest::keySequence(&window, QKeySequence(QKeySequence::Redo));
        QVERIFY(view->decorations().at(row).confirmed);
        QTRY_COMPARE(indicator->text(), QStringLiteral("Saved"));
    }
};

QTEST_MAIN(SaveStateTest)
#include "savestate_test.moc"
