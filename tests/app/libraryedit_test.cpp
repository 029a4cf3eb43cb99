// Correcting an article from the Library, as an analyst does it with the keyboard on the real window, offscreen:
// select an article in the library, Alt+Return, type a new title, Enter → the library shows it; Ctrl+Z puts the old
// title back; the change is in the project file.
#include "application.h"
#include "claimtablemodel.h"
#include "defaultlibrary.h"
#include "documentlistmodel.h"
#include "documentview.h"
#include "itemroles.h"
#include "mainwindow.h"
#include "project.h"
#include "sentencemodel.h"
#include "windowtest.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace Sourcelight;

class LibraryEditTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString freshLibrary(const QString &name)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".sourcelight"));
        QString error;
        if (!DefaultLibrary::ensureAt(path, QStringLiteral(":/samples"), &error)) {
            qWarning() << error;
            return {};
        }
        return path;
    }

    static QTreeView *libraryView(MainWindow &window)
    {
        return window.findChild<QTreeView *>(QStringLiteral("libraryView"));
    }

    // The library row (in the order the view shows) of a document; -1 when it is not listed.
    static int libraryRow(MainWindow &window, Id documentId)
    {
        QAbstractItemModel *model = libraryView(window)->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data(IdRole).value<Id>() == documentId) {
                return r;
            }
        }
        return -1;
    }

    static QString libraryTitle(MainWindow &window, Id documentId)
    {
        const int row = libraryRow(window, documentId);
        return row < 0 ? QString() : libraryView(window)->model()->index(row, 0).data().toString();
    }

    static bool showWindow(MainWindow &window, const QString &path)
    {
        return WindowTest::showWithProject(window, path);
    }

    // Gives the library the keyboard focus in an active window, as a click on it would.
    static void focusLibrary(MainWindow &window)
    {
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        libraryView(window)->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(libraryView(window)->hasFocus());
    }

    // Runs answer on the first modal dialog that opens (polling, so it also works when the dialog opens late). Any
    // other modal window (an error message) is recorded in m_unexpected and closed, so a test fails instead of
    // waiting for ever.
    void whenModalOpens(const std::function<void(QWidget *)> &answer)
    {
        auto *poll = new QTimer(this);
        poll->setInterval(10);
        auto tries = std::make_shared<int>(0);
        connect(poll, &QTimer::timeout, this, [this, poll, tries, answer] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal) {
                if (++*tries > 500) {
                    poll->deleteLater();
                    poll->stop();
                }
                return;
            }
            poll->stop();
            poll->deleteLater();
            if (auto *box = qobject_cast<QMessageBox *>(modal);
                box && box->objectName() != QLatin1String("removeArticleConfirmation")) {
                m_unexpected << box->text();
                box->reject();
                return;
            }
            // Keys go where the focus is: wait until the dialog is the active window, as it is before a user types.
            modal->activateWindow();
            if (!QTest::qWaitForWindowActive(modal)) {
                m_unexpected << QStringLiteral("the dialog never became active");
                modal->close();
                return;
            }
            answer(modal);
        });
        poll->start();
    }

    // Answers the Article Details dialog: records what it showed, then types a new title (all selected first, as
    // Ctrl+A does) and presses Enter; with an empty title it presses Escape.
    void answerDetailsDialog(const QString &newTitle, QString *shownTitle, bool clickOk = false)
    {
        shownTitle->clear();
        whenModalOpens([newTitle, shownTitle, clickOk](QWidget *dialog) {
            auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
            if (!title) {
                dialog->close();
                return;
            }
            *shownTitle = title->text();
            if (newTitle.isEmpty()) {
                QTest::keyClick(title, Qt::Key_Escape);
                return;
            }
            title->setFocus();
            QTest::keyClick(title, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(title, newTitle);
            if (clickOk) {
                auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("metadataButtons"));
                QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
            } else {
                QTest::keyClick(title, Qt::Key_Return);
            }
        });
    }

    QStringList m_unexpected;

private Q_SLOTS:
    void init() { m_unexpected.clear(); }
    void cleanup() { QCOMPARE(m_unexpected, QStringList {}); }

    void initTestCase()
    {
        WindowTest::isolateSettings();
        QVERIFY(m_dir.isValid());
    }

    void editTitleFromTheLibrary()
    {
        const QString path = freshLibrary(QStringLiteral("details"));
        QVERIFY(!path.isEmpty());
        Id edited = 0;
        QString before;
        {
            MainWindow window;
            QVERIFY(showWindow(window, path));
            QTreeView *library = libraryView(window);
            QVERIFY(library);
            const Id open = window.project()->currentDocument();
            QVERIFY(open != 0);

            // The second article, chosen with the keyboard; the first stays open in the document pane.
            focusLibrary(window);
            QCOMPARE(library->currentIndex().row(), 0);
            QTest::keyClick(library, Qt::Key_Down);
            QCOMPARE(library->currentIndex().row(), 1);
            edited = library->currentIndex().data(IdRole).value<Id>();
            QVERIFY(edited != open);
            before = libraryTitle(window, edited);
            QVERIFY(!before.isEmpty());

            QString shown;
            answerDetailsDialog(QStringLiteral("Corrected headline"), &shown);
            QTest::keyClick(library, Qt::Key_Return, Qt::AltModifier);
            QTRY_COMPARE(shown, before); // the dialog showed the selected article, not the open one
            QCOMPARE(libraryTitle(window, edited), QStringLiteral("Corrected headline"));
            QCOMPARE(window.project()->currentDocument(), open);

            // Escape changes nothing.
            focusLibrary(window);
            QCOMPARE(library->currentIndex().data(IdRole).value<Id>(), edited);
            answerDetailsDialog(QString(), &shown);
            QTest::keyClick(library, Qt::Key_Return, Qt::AltModifier);
            QTRY_COMPARE(shown, QStringLiteral("Corrected headline"));
            QCOMPARE(libraryTitle(window, edited), QStringLiteral("Corrected headline"));

            // Ctrl+Z puts the title back; Ctrl+Shift+Z brings the correction again.
            focusLibrary(window);
            QTest::keyClick(library, Qt::Key_Z, Qt::ControlModifier);
            QCOMPARE(libraryTitle(window, edited), before);
            QTest::keyClick(library, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE(libraryTitle(window, edited), QStringLiteral("Corrected headline"));
        }
        // Saved at once: a new window on the file shows the corrected title.
        MainWindow window;
        QVERIFY(showWindow(window, path));
        QCOMPARE(libraryTitle(window, edited), QStringLiteral("Corrected headline"));
    }

    void altReturnInTheDocumentPaneEditsTheOpenArticle()
    {
        const QString path = freshLibrary(QStringLiteral("pane"));
        QVERIFY(!path.isEmpty());
        MainWindow window;
        QVERIFY(showWindow(window, path));
        const Id open = window.project()->currentDocument();
        const QString before = libraryTitle(window, open);
        auto *pane = window.findChild<DocumentView *>(QStringLiteral("documentView"));
        QVERIFY(pane);
        pane->setFocus();
        QTRY_VERIFY(pane->hasFocus());
        QString shown;
        answerDetailsDialog(QStringLiteral("Open article, corrected"), &shown, true);
        QTest::keyClick(pane, Qt::Key_Return, Qt::AltModifier);
        QTRY_COMPARE(shown, before);
        QCOMPARE(libraryTitle(window, open), QStringLiteral("Open article, corrected"));
        // Alt+Return did not accept a suggestion (plain Enter does).
        QCOMPARE(window.project()->undoStack()->count(), 1);
    }

    void removeFromTheLibraryAndUndo()
    {
        const QString path = freshLibrary(QStringLiteral("remove"));
        QVERIFY(!path.isEmpty());
        MainWindow window;
        QVERIFY(showWindow(window, path));
        QTreeView *library = libraryView(window);
        const Id removed = window.project()->currentDocument(); // the first article, open and selected
        QCOMPARE(library->currentIndex().data(IdRole).value<Id>(), removed);
        const QString title = libraryTitle(window, removed);
        const int rows = library->model()->rowCount();
        QVERIFY(rows >= 3);
        const Id below = library->model()->index(1, 0).data(IdRole).value<Id>();
        // A claim on it, so the confirmation has something to count.
        const Id sentence = window.project()->sentences()->sentenceId(1);
        window.project()->setVerdict(sentence, Verdict::Disputed);
        const qint64 claims = window.project()->documentContents(removed).value_or(DocumentContents {}).claims;
        QVERIFY(claims >= 1);

        // Delete, then Escape: nothing goes.
        focusLibrary(window);
        QString question;
        QString details;
        const auto answer = [&](Qt::Key key) {
            whenModalOpens([&question, &details, key](QWidget *modal) {
                auto *box = qobject_cast<QMessageBox *>(modal);
                if (!box) {
                    modal->close();
                    return;
                }
                question = box->text();
                details = box->informativeText();
                QTest::keyClick(box, key);
            });
        };
        answer(Qt::Key_Escape);
        QTest::keyClick(library, Qt::Key_Delete);
        QTRY_VERIFY2(question.contains(title), qPrintable(question));
        // (English plurals come from translations/sourcelight_en.ts once the new strings are in it.)
        QVERIFY2(details.startsWith(QStringLiteral("It has %1 claim").arg(claims)), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral(" and 0 reviewed attribution")), qPrintable(details));
        QCOMPARE(library->model()->rowCount(), rows);

        // Delete, then Enter (Remove is the default button): the row goes, the next article opens.
        focusLibrary(window);
        question.clear();
        answer(Qt::Key_Return);
        QTest::keyClick(library, Qt::Key_Delete);
        QVERIFY(!question.isEmpty());
        QCOMPARE(library->model()->rowCount(), rows - 1);
        QCOMPARE(libraryRow(window, removed), -1);
        QCOMPARE(window.project()->currentDocument(), below);
        QCOMPARE(library->currentIndex().data(IdRole).value<Id>(), below);
        auto *pane = window.findChild<DocumentView *>(QStringLiteral("documentView"));
        QVERIFY(!pane->toPlainText().isEmpty());

        // Gone from the file: another project on it does not list it.
        {
            Project reopened;
            QVERIFY(reopened.open(path));
            QCOMPARE(reopened.documents()->rowCount(), rows - 1);
            QCOMPARE(reopened.documents()->rowForDocument(removed), -1);
        }

        // Ctrl+Z: back in the library, open again, with its claim.
        focusLibrary(window);
        QTest::keyClick(library, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(library->model()->rowCount(), rows);
        QCOMPARE(libraryTitle(window, removed), title);
        QCOMPARE(window.project()->currentDocument(), removed);
        const int row = window.project()->sentences()->rowForSentence(sentence);
        QVERIFY(row >= 0);
        QCOMPARE(window.project()->sentences()->index(row).data(VerdictRole).toInt(), int(Verdict::Disputed));
        QTRY_VERIFY(window.project()->claims()->rowCount() >= 1);
    }
};

QTEST_MAIN(LibraryEditTest)
#include "libraryedit_test.moc"
