#include "readinglayout.h"

#include <QFontMetrics>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace Sourcelight::ReadingLayout {

QRectF spaceBlock(const QTextBlock &block, const QRectF &laidOut)
{
    QTextLayout *layout = block.layout();
    if (laidOut.isNull() || !layout || layout->lineCount() == 0) {
        return laidOut;
    }
    const qreal lineSpacing = layout->lineAt(0).height();
    // Whole pixels, so every line of a long article sits on the same grid and stays crisp.
    const qreal gap = std::round(lineSpacing * (LineHeight - 1.0));
    if (gap < 1) {
        return laidOut;
    }
    const qreal above = std::floor(gap / 2);
    // QPlainTextDocumentLayout puts the first line at the top of its block; once spaced, it sits lower. A block is
    // laid out again (and so at the top again) after every change of its text, formats or width.
    if (layout->lineAt(0).y() == 0) {
        qreal y = above;
        for (int i = 0; i < layout->lineCount(); ++i) {
            QTextLine line = layout->lineAt(i);
            line.setPosition(QPointF(line.x(), y));
            y += line.height() + gap;
        }
    }
    const qreal paragraph = std::round(lineSpacing * ParagraphSpacing);
    const QTextLine last = layout->lineAt(layout->lineCount() - 1);
    qreal height = last.y() + last.height() + (gap - above);
    if (block.length() <= 1) {
        height = paragraph; // a blank line between paragraphs: the paragraph gap, not a whole line
    } else if (block.next().isValid() && block.next().length() > 1) {
        height += paragraph; // paragraphs one right after the other get the same gap
    }
    if (!block.next().isValid()) {
        height += block.document()->documentMargin();
    }
    QRectF spaced = laidOut;
    spaced.setHeight(height);
    return spaced;
}

int columnMargin(int availableWidth, const QFontMetrics &metrics, double documentMargin)
{
    const int column = int(std::ceil(metrics.averageCharWidth() * ColumnCharacters + 2 * documentMargin));
    return std::max(0, (availableWidth - column) / 2);
}

} // namespace Sourcelight::ReadingLayout
