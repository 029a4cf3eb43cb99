// Find in the article: Ctrl+F in the document pane opens the find bar, typing marks every match, F3 / Shift+F3 /
// Enter and the buttons step through them, the current one scrolled into view and marked apart, Escape closes
// and gives the focus back; the sentence tints are never touched.
#include "articlelines.h"
#include "documentpane.h"
#include "documentview.h"
#include "findbar.h"
#include "sentencehighlighter.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Sourcelight;
using ArticleLines::formatAt;

namespace {

const QString Article = QStringLiteral("The minister said the port would reopen.\n"
                                       "Officials said nothing about the convoy.\n"
                                       "Said one witness: the ships left at dawn.\n"
                                       "A spokesman said the talks would continue.");

// A window with the pane and, beside it, a field of some other part of the window.
struct Window
{
    QWidget top;
    DocumentPane *pane = new DocumentPane(&top);
    QLineEdit *elsewhere = new QLineEdit(&top);

    Window()
    {
        auto *layout = new QVBoxLayout(&top);
        layout->addWidget(elsewhere);
        layout->addWidget(pane);
        top.resize(640, 400);
    }
    DocumentView *view() const { return pane->view(); }
    FindBar *bar() const { return pane->findBar(); }
    QLineEdit *field() const { return bar()->field(); }
    QString count() const { return bar()->findChild<QLabel *>(QStringLiteral("findCount"))->text(); }
    QList<QTextEdit::ExtraSelection> marks() const { return view()->extraSelections(); }
};

// Shows text in the pane (every sentence confirmed, of one source), the window, and gives the pane the focus.
bool showAndFocusPane(Window &w, const QString &text = Article)
{
    w.view()->setArticle(text, ArticleLines::decorations(text, ArticleLines::confirmed(QColor(0x56, 0xB4, 0xE9))));
    w.top.show();
    w.top.activateWindow();
    if (!QTest::qWaitForWindowActive(&w.top)) {
        return false;
    }
    w.view()->setFocus();
    return w.view()->hasFocus();
}

// Ctrl+F in the pane, then words typed into the find bar.
void find(Window &w, const QString &words)
{
    QTest::keyClick(w.view(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(w.field(), words);
}

} // namespace

class FindBarTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ctrlFInThePaneFindsAndMarksMatches()
    {
        Window w;
        QVERIFY(showAndFocusPane(w));
        const QBrush tint = formatAt(w.view()->document(), Article.indexOf(QStringLiteral("minister"))).background();
        QVERIFY(tint.style() != Qt::NoBrush);
        QVERIFY(w.bar()->isHidden());

        QTest::keyClick(w.view(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(w.bar()->isVisible());
        QVERIFY(w.field()->hasFocus());
        QTest::keyClicks(w.field(), QStringLiteral("said"));
        // Case-insensitive by default: "Said" at the start of the third sentence counts.
        QTRY_COMPARE(w.count(), QStringLiteral("1 of 4"));
        QCOMPARE(w.bar()->matchCount(), qsizetype(4));
        QCOMPARE(w.marks().size(), 4);
        const qsizetype first = Article.indexOf(QStringLiteral("said"));
        QCOMPARE(w.marks().at(0).cursor.selectionStart(), int(first));
        QCOMPARE(w.marks().at(0).cursor.selectedText(), QStringLiteral("said"));
        // The current match is marked apart from the others.
        QVERIFY(w.marks().at(0).format.background() != w.marks().at(1).format.background());
        QCOMPARE(w.view()->textCursor().position(), int(first));
        // The tints are the highlighter's, untouched by the marks.
        QCOMPARE(formatAt(w.view()->document(), first).background(), tint);
    }

    void f3EnterAndButtonsStepThroughMatches()
    {
        Window w;
        QVERIFY(showAndFocusPane(w));
        find(w, QStringLiteral("said"));
        QTRY_COMPARE(w.count(), QStringLiteral("1 of 4"));

        QTest::keyClick(w.field(), Qt::Key_F3);
        QCOMPARE(w.count(), QStringLiteral("2 of 4"));
        QCOMPARE(w.bar()->currentMatchPosition(), Article.indexOf(QStringLiteral("said nothing")));
        QCOMPARE(w.view()->textCursor().position(), int(w.bar()->currentMatchPosition()));
        QTest::keyClick(w.field(), Qt::Key_Return);
        QCOMPARE(w.count(), QStringLiteral("3 of 4"));
        QTest::mouseClick(w.bar()->findChild<QToolButton *>(QStringLiteral("findNextButton")), Qt::LeftButton);
        QCOMPARE(w.count(), QStringLiteral("4 of 4"));
        QTest::keyClick(w.field(), Qt::Key_F3);
        QCOMPARE(w.count(), QStringLiteral("1 of 4")); // wraps
        QTest::keyClick(w.field(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(w.count(), QStringLiteral("4 of 4"));
        QTest::keyClick(w.field(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(w.count(), QStringLiteral("3 of 4"));
        QTest::mouseClick(w.bar()->findChild<QToolButton *>(QStringLiteral("findPreviousButton")), Qt::LeftButton);
        QCOMPARE(w.count(), QStringLiteral("2 of 4"));

        // F3 works from the pane itself too.
        w.view()->setFocus();
        QTest::keyClick(w.view(), Qt::Key_F3);
        QCOMPARE(w.count(), QStringLiteral("3 of 4"));
    }

    void matchCaseNarrowsTheMatches()
    {
        Window w;
        QVERIFY(showAndFocusPane(w));
        find(w, QStringLiteral("Said"));
        QTRY_COMPARE(w.bar()->matchCount(), qsizetype(4));
        auto *matchCase = w.bar()->findChild<QCheckBox *>(QStringLiteral("findMatchCase"));
        QTest::mouseClick(matchCase, Qt::LeftButton, {}, QPoint(4, matchCase->height() / 2));
        QVERIFY(matchCase->isChecked());
        QCOMPARE(w.count(), QStringLiteral("1 of 1"));
        QCOMPARE(w.marks().size(), 1);
        QCOMPARE(w.marks().at(0).cursor.selectionStart(), int(Article.indexOf(QStringLiteral("Said"))));

        w.field()->selectAll();
        QTest::keyClicks(w.field(), QStringLiteral("harbour"));
        QTRY_COMPARE(w.count(), QStringLiteral("No matches"));
        QVERIFY(w.marks().isEmpty());
    }

    void escapeClosesAndReturnsToThePane()
    {
        Window w;
        QVERIFY(showAndFocusPane(w));
        const QBrush tint = formatAt(w.view()->document(), 5).background();
        find(w, QStringLiteral("ships"));
        QTRY_COMPARE(w.count(), QStringLiteral("1 of 1"));
        QVERIFY(!w.marks().isEmpty());

        QTest::keyClick(w.field(), Qt::Key_Escape);
        QVERIFY(w.bar()->isHidden());
        QVERIFY(w.marks().isEmpty());
        QTRY_VERIFY(w.view()->hasFocus());
        // The match stays selected in the pane; the tints are as they were.
        QCOMPARE(w.view()->textCursor().selectedText(), QStringLiteral("ships"));
        QCOMPARE(formatAt(w.view()->document(), 5).background(), tint);

        // Ctrl+F again offers the last words, selected, and marks them again.
        QTest::keyClick(w.view(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(w.bar()->isVisible());
        QCOMPARE(w.field()->selectedText(), QStringLiteral("ships"));
        QCOMPARE(w.marks().size(), 1);
    }

    void ctrlFElsewhereLeavesTheBarClosed()
    {
        Window w;
        QVERIFY(showAndFocusPane(w));
        w.elsewhere->setFocus();
        QTRY_VERIFY(w.elsewhere->hasFocus());
        QTest::keyClick(w.elsewhere, Qt::Key_F, Qt::ControlModifier);
        QTest::qWait(20);
        QVERIFY(w.bar()->isHidden());
        QVERIFY(w.elsewhere->hasFocus());
    }

    void farMatchIsScrolledIntoViewAndOnlyVisibleMatchesAreMarked()
    {
        QStringList lines = ArticleLines::paragraphs(3000);
        lines[2500] = QStringLiteral("Paragraph 2500: the lighthouse keeper said nothing.");
        const QString text = lines.join(QLatin1Char('\n'));
        Window w;
        QVERIFY(showAndFocusPane(w, text));
        find(w, QStringLiteral("lighthouse"));
        QTRY_COMPARE(w.count(), QStringLiteral("1 of 1"));
        QTextCursor match(w.view()->document());
        match.setPosition(int(text.indexOf(QStringLiteral("lighthouse"))));
        QVERIFY(w.view()->viewport()->rect().contains(w.view()->cursorRect(match)));
        QVERIFY(w.view()->cursorForPosition(QPoint(0, 0)).blockNumber() > 2400);

        // A word in every paragraph: 3,000 matches, only the screenful on view is marked.
        w.field()->selectAll();
        QTest::keyClicks(w.field(), QStringLiteral("ministry"));
        QTRY_COMPARE(w.bar()->matchCount(), qsizetype(2999));
        QVERIFY(!w.marks().isEmpty());
        QVERIFY(w.marks().size() < 100);
        const int before = w.marks().first().cursor.position();
        QTest::keyClick(w.field(), Qt::Key_F3, Qt::ShiftModifier);
        for (int i = 0; i < 40; ++i) {
            QTest::keyClick(w.field(), Qt::Key_F3, Qt::ShiftModifier);
        }
        QVERIFY(w.marks().first().cursor.position() < before); // the marks follow the scrolling
        match.setPosition(int(w.bar()->currentMatchPosition()));
        QVERIFY(w.view()->viewport()->rect().contains(w.view()->cursorRect(match)));
    }
};

QTEST_MAIN(FindBarTest)
#include "findbar_test.moc"
