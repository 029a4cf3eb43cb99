// The document pane's reading layout, as a reader sees it: lines at about 140 % so the tints and dashed frames of
// one line keep clear of the next, a gap between paragraphs (whether the article separates them with a blank line
// or not), a centred column of about 75 characters in a wide pane, and clicks still finding their sentence.
#include "articlelines.h"
#include "documentview.h"
#include "readinglayout.h"
#include "sentencehighlighter.h"

#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Sourcelight;

namespace {

const QString LongSentence = QStringLiteral(
    "Officials speaking on condition of anonymity said the convoy had been delayed for three days by inspections "
    "at the border, that the drivers had been told to wait in a field beside the road, and that nobody could say "
    "when the crossing would open again, because the ministry had not answered any of the letters sent to it.");

// One decoration per non-empty line, all of one source.
SentenceDecorations spans(const QString &text, bool anonymous)
{
    return ArticleLines::decorations(text, ArticleLines::confirmed(QColor(0x00, 0x72, 0xB2), anonymous));
}

// Top and bottom (in viewport coordinates) of the line holding position: the text cursor's height there.
std::pair<qreal, qreal> lineBox(const DocumentView &view, int position)
{
    QTextCursor cursor(view.document());
    cursor.setPosition(position);
    const QRect rect = view.cursorRect(cursor);
    return {rect.top(), rect.bottom() + 1};
}

bool showView(DocumentView &view, const QSize &size)
{
    view.resize(size);
    view.show();
    return QTest::qWaitForWindowExposed(&view);
}

} // namespace

class ReadingLayoutTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesAreSpacedAtAboutOnePointFour()
    {
        DocumentView view;
        view.setArticle(LongSentence, spans(LongSentence, false));
        QVERIFY(showView(view, QSize(420, 400)));
        const QTextLayout *layout = view.document()->firstBlock().layout();
        QVERIFY(layout->lineCount() >= 3);
        const qreal height = layout->lineAt(0).height();
        const qreal pitch = layout->lineAt(1).y() - layout->lineAt(0).y();
        QVERIFY2(pitch >= height * 1.3 && pitch <= height * 1.5,
            qPrintable(QStringLiteral("%1 / %2").arg(pitch).arg(height)));
        QCOMPARE(layout->lineAt(2).y() - layout->lineAt(1).y(), pitch);
    }

    void tintsAndFramesKeepClearOfTheNextLine()
    {
        // An anonymous source, tinted and framed, over several lines: between two lines there is a row of the
        // page's own colour across the whole text, so neither the tint nor the dashed frame touches the next line.
        DocumentView view;
        view.setArticle(LongSentence, spans(LongSentence, true));
        QVERIFY(showView(view, QSize(420, 400)));
        QCoreApplication::processEvents();
        const QImage image = view.viewport()->grab().toImage();
        const QColor base = view.palette().color(QPalette::Base);
        const auto [top0, bottom0] = lineBox(view, 0);
        const QTextLayout *layout = view.document()->firstBlock().layout();
        const auto [top1, bottom1] = lineBox(view, layout->lineAt(1).textStart());
        QVERIFY(top1 > bottom0);
        const qreal dpr = image.devicePixelRatio();
        const int left = int(layout->lineAt(0).x() * dpr) + 2;
        const int right = int((layout->lineAt(0).x() + layout->lineAt(0).naturalTextWidth()) * dpr) - 2;
        const auto rowIsPage = [&](int y) {
            for (int x = left; x < right; ++x) {
                if (image.pixelColor(x, y) != base) {
                    return false;
                }
            }
            return true;
        };
        bool clearRow = false;
        for (int y = int(bottom0 * dpr) + 1; y < int(top1 * dpr) && !clearRow; ++y) {
            clearRow = rowIsPage(y);
        }
        QVERIFY2(clearRow, "the first line's tint or frame runs into the second line");
        // Inside a line it is tinted (the test looks at the right place).
        QVERIFY(!rowIsPage(int((top0 + bottom0) / 2 * dpr)));
    }

    void paragraphsAreSetApart_data()
    {
        QTest::addColumn<QString>("separator");
        QTest::newRow("blank line") << QStringLiteral("\n\n");
        QTest::newRow("line break") << QStringLiteral("\n");
    }

    void paragraphsAreSetApart()
    {
        QFETCH(QString, separator);
        const QString text = LongSentence + separator + LongSentence;
        DocumentView view;
        view.setArticle(text, spans(text, false));
        QVERIFY(showView(view, QSize(420, 600)));
        const QTextLayout *first = view.document()->firstBlock().layout();
        const int second = int(text.indexOf(separator) + separator.size());
        const qreal linePitch = lineBox(view, first->lineAt(1).textStart()).first - lineBox(view, 0).first;
        const qreal paragraphPitch
            = lineBox(view, second).first - lineBox(view, first->lineAt(first->lineCount() - 1).textStart()).first;
        // More than a line apart, less than a blank line at the reading line height.
        QVERIFY2(paragraphPitch > linePitch * 1.3 && paragraphPitch < linePitch * 2,
            qPrintable(QStringLiteral("%1 vs %2").arg(paragraphPitch).arg(linePitch)));
    }

    void wideWindowShowsACentredColumn()
    {
        DocumentView view;
        const QString text = LongSentence + QStringLiteral("\n\n") + LongSentence;
        view.setArticle(text, spans(text, false));
        QVERIFY(showView(view, QSize(1400, 500)));
        const int column = view.fontMetrics().averageCharWidth() * ReadingLayout::ColumnCharacters;
        QTRY_VERIFY(view.viewport()->width() < column + 60);
        QVERIFY(view.viewport()->width() > column);
        // Centred: as much page on the left as on the right (the scroll bar aside).
        const int leftGap = view.viewport()->geometry().left();
        const int rightGap = view.width() - view.viewport()->geometry().right()
            - (view.verticalScrollBar()->isVisible() ? view.verticalScrollBar()->width() : 0);
        QVERIFY2(std::abs(leftGap - rightGap) <= 2, qPrintable(QStringLiteral("%1 vs %2").arg(leftGap).arg(rightGap)));
        // The gutters are page, not frame.
        const QImage image = view.grab().toImage();
        QCOMPARE(image.pixelColor(
                     int(leftGap * image.devicePixelRatio() / 2), int(view.height() * image.devicePixelRatio() / 2)),
            view.palette().color(QPalette::Base));

        // A narrow window gives the text all its width.
        view.resize(400, 500);
        QTRY_VERIFY2(view.viewport()->geometry().left() <= view.frameWidth(),
            qPrintable(QStringLiteral("viewport at %1, %2 wide, frame %3")
                    .arg(view.viewport()->geometry().left())
                    .arg(view.viewport()->width())
                    .arg(view.frameWidth())));
    }

    void clickStillFindsItsSentence()
    {
        const QString text = QStringLiteral("First paragraph, one sentence.\n\n") + LongSentence
            + QStringLiteral("\n\nThe last paragraph.");
        DocumentView view;
        view.setArticle(text, spans(text, false));
        QVERIFY(showView(view, QSize(700, 500)));
        QSignalSpy spy(&view, &DocumentView::sentenceActivated);
        // The third line of the long paragraph and the last paragraph, clicked on their text.
        const QTextBlock block = view.document()->findBlock(int(text.indexOf(LongSentence)));
        QVERIFY(block.layout()->lineCount() >= 3);
        QTextCursor cursor(block);
        cursor.setPosition(block.position() + block.layout()->lineAt(2).textStart() + 3);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.cursorRect(cursor).center());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.last().at(0).value<qsizetype>(), qsizetype(1));
        cursor.setPosition(int(text.indexOf(QStringLiteral("last paragraph"))));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.cursorRect(cursor).center());
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.last().at(0).value<qsizetype>(), qsizetype(2));
        QCOMPARE(view.currentSentence(), qsizetype(2));
    }
};

QTEST_MAIN(ReadingLayoutTest)
#include "readinglayout_test.moc"
