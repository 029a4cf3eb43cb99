// The document pane: cue highlighting from the generated KSyntaxHighlighting definition, sentence tints merged
// with it, edits repainting only the blocks they touch, clicks selecting sentences.
#include "articlelines.h"
#include "documentview.h"
#include "sentencehighlighter.h"
#include "syntaxrepository.h"

#include <QPaintEvent>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

using namespace Sourcelight;
using ArticleLines::formatAt;

namespace {

const QString Article = QStringLiteral("Ships left the port at dawn.\n"
                                       "One official said the convoy was reportedly delayed by 40 percent.\n"
                                       "“We will not comment,” the ministry said.\n"
                                       "The harbour reopened later.");

const QList<QColor> RedGreenBlue = {QColor(Qt::red), QColor(Qt::green), QColor(Qt::blue)};

// Shows text in the view at the tests' usual size, a sentence a line, tinted in colours in turn.
bool showArticle(DocumentView &view, const QString &text, const QList<QColor> &colours = {})
{
    view.resize(600, 300);
    view.setArticle(text, ArticleLines::decorations(text, {}, colours));
    view.show();
    return QTest::qWaitForWindowExposed(&view);
}

} // namespace

class DocumentViewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cueDefinitionIsGeneratedAndLoaded()
    {
        const auto definition
            = SyntaxRepository::instance().definitionForName(QString::fromLatin1(SyntaxRepository::CueDefinitionName));
        QVERIFY(definition.isValid());
    }

    void cuesHedgesNumbersAndQuotesAreFormatted_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("reporting verb") << QStringLiteral("said");
        QTest::newRow("hedge") << QStringLiteral("reportedly");
        QTest::newRow("quantity") << QStringLiteral("40 percent");
        QTest::newRow("quotation") << QStringLiteral("“We will not comment,”");
    }

    void cuesHedgesNumbersAndQuotesAreFormatted()
    {
        QFETCH(QString, word);
        DocumentView view;
        view.setArticle(Article, {});
        const qsizetype at = Article.indexOf(word);
        QVERIFY(at >= 0);
        const QTextCharFormat styled = formatAt(view.document(), at);
        const QTextCharFormat plain = formatAt(view.document(), Article.indexOf(QStringLiteral("harbour")));
        QVERIFY2(styled != plain, qPrintable(word));
        QVERIFY(styled.foreground() != plain.foreground() || styled.fontWeight() != plain.fontWeight()
            || styled.fontItalic() != plain.fontItalic());
    }

    void inflectedRussianAndUkrainianCuesAreFormatted_data()
    {
        // Forms the lexicons do not list but analysis/ reads as cues (analysis/verbforms.h): the pane marks them too.
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cue");
        QTest::newRow("ru first person") << QStringLiteral("Я утверждаю, что отчёт подделан.")
                                         << QStringLiteral("утверждаю");
        QTest::newRow("uk plural") << QStringLiteral("Вони стверджували, що звіт підроблено.")
                                   << QStringLiteral("стверджували");
    }

    void inflectedRussianAndUkrainianCuesAreFormatted()
    {
        QFETCH(QString, text);
        QFETCH(QString, cue);
        DocumentView view;
        view.setArticle(text, {});
        const QTextCharFormat styled = formatAt(view.document(), text.indexOf(cue));
        const QTextCharFormat plain = formatAt(view.document(), 0);
        QVERIFY2(
            styled.foreground() != plain.foreground() || styled.fontWeight() != plain.fontWeight(), qPrintable(cue));
    }

    void sentenceTintsMergeWithCueFormats()
    {
        DocumentView view;
        view.setArticle(Article, ArticleLines::decorations(Article, {}, {QColor(), QColor(0xE6, 0x9F, 0x00)}));
        const qsizetype said = Article.indexOf(QStringLiteral("said"));
        const QTextCharFormat cue = formatAt(view.document(), said);
        QVERIFY(cue.background().style() != Qt::NoBrush);              // tinted by its sentence's source
        const QTextCharFormat untinted = formatAt(view.document(), 3); // author voice: plain
        QCOMPARE(untinted.background().style(), Qt::NoBrush);
        // The cue keeps its own emphasis on the tint.
        DocumentView plainView;
        plainView.setArticle(Article, {});
        QCOMPARE(cue.foreground(), formatAt(plainView.document(), said).foreground());
    }

    void confirmedIsStrongerThanSuggested()
    {
        SentenceDecoration d;
        d.colour = QColor(0x00, 0x72, 0xB2);
        const QColor base(Qt::white);
        const QColor suggested = SentenceHighlighter::tint(d, base);
        d.confirmed = true;
        const QColor confirmed = SentenceHighlighter::tint(d, base);
        QVERIFY(confirmed.lightnessF() < suggested.lightnessF());
        QVERIFY(!SentenceHighlighter::tint(SentenceDecoration {}, base).isValid());
    }

    void editRehighlightsOnlyTouchedBlocks()
    {
        DocumentView view;
        QVERIFY(showArticle(view, Article, RedGreenBlue));
        const quint64 before = view.highlighter()->highlightedBlockCount();

        SentenceDecoration d = view.decorations().at(2);
        d.colour = QColor(Qt::magenta);
        d.confirmed = true;
        view.updateSentence(2, d);

        const QTextBlock third = view.document()->findBlockByNumber(2);
        const QColor expected = SentenceHighlighter::tint(d, view.palette().color(QPalette::Base));
        QCOMPARE(formatAt(view.document(), third.position() + 2).background().color(), expected);
        QCOMPARE(view.highlighter()->highlightedBlockCount() - before, quint64(1)); // no full rehighlight
    }

    void editRepaintsOnlyItsSentence()
    {
        // A format-only change of one block must not repaint (or re-lay out) the whole pane: on a long article
        // that is what an edit's time went on.
        DocumentView view;
        QVERIFY(showArticle(view, Article, RedGreenBlue));
        QCoreApplication::processEvents();

        struct RegionRecorder : QObject
        {
            QRegion painted;
            bool eventFilter(QObject *, QEvent *event) override
            {
                if (event->type() == QEvent::Paint) {
                    painted += static_cast<QPaintEvent *>(event)->region();
                }
                return false;
            }
        } recorder;
        view.viewport()->installEventFilter(&recorder);

        SentenceDecoration d = view.decorations().at(2);
        d.colour = QColor(Qt::magenta);
        d.confirmed = true;
        view.updateSentence(2, d);
        QTRY_VERIFY(!recorder.painted.isEmpty());

        const auto rectOf = [&view](int sentence) { // the sentence's first line, full width
            QTextCursor cursor(view.document());
            cursor.setPosition(int(view.decorations().at(sentence).start));
            const QRect line = view.cursorRect(cursor);
            return QRect(0, line.top(), view.viewport()->width(), line.height());
        };
        QVERIFY(!rectOf(0).isEmpty() && !rectOf(2).isEmpty());
        QVERIFY(recorder.painted.intersects(rectOf(2)));
        QVERIFY2(!recorder.painted.intersects(rectOf(0).adjusted(0, 0, 0, -4)), "the first sentence was repainted");
        const QTextBlock third = view.document()->findBlockByNumber(2);
        QCOMPARE(formatAt(view.document(), third.position() + 2).background().color(),
            SentenceHighlighter::tint(d, view.palette().color(QPalette::Base)));
    }

    void clickSelectsSentence()
    {
        DocumentView view;
        QVERIFY(showArticle(view, Article));
        QSignalSpy spy(&view, &DocumentView::sentenceActivated);
        QTextCursor cursor(view.document()->findBlockByNumber(1));
        cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 5);
        const QPoint at = view.cursorRect(cursor).center();
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<qsizetype>(), qsizetype(1));
        QCOMPARE(view.currentSentence(), qsizetype(1));
    }

    void longArticlesHighlightWhatIsShown()
    {
        // 3,000 paragraphs: only the first screens are highlighted on opening; a paragraph far down is
        // highlighted when it is scrolled into view.
        const QStringList lines = ArticleLines::paragraphs(3000);
        const QString text = lines.join(QLatin1Char('\n'));
        QList<QColor> colours(lines.size(), QColor(0x56, 0xB4, 0xE9));
        DocumentView view;
        QVERIFY(showArticle(view, text, colours));
        QVERIFY(view.highlighter()->highlightedBlockCount() >= 3000); // one cheap pass over every block
        const QTextBlock far = view.document()->findBlockByNumber(2500);
        QVERIFY(far.layout()->formats().isEmpty());
        view.setCurrentSentence(2500);
        QTRY_VERIFY(!far.layout()->formats().isEmpty());
        const qsizetype said = far.position() + far.text().indexOf(QStringLiteral("said"));
        QVERIFY(formatAt(view.document(), said).background().style() != Qt::NoBrush);
    }

    void sentenceAtUsesSpans()
    {
        DocumentView view;
        view.setArticle(Article, ArticleLines::decorations(Article));
        QCOMPARE(view.sentenceAt(0), qsizetype(0));
        const qsizetype newline = Article.indexOf(QLatin1Char('\n'));
        QCOMPARE(view.sentenceAt(newline), qsizetype(-1)); // between sentences
        QCOMPARE(view.sentenceAt(newline + 1), qsizetype(1));
        QCOMPARE(view.sentenceAt(Article.size() + 10), qsizetype(-1));
    }
};

QTEST_MAIN(DocumentViewTest)
#include "documentview_test.moc"
