#pragma once

#include <QRectF>

class QFontMetrics;
class QTextBlock;

namespace Sourcelight {

/// The document pane's reading layout: lines at about 140 % of the font's height, so tints and frames of one
/// line keep clear of the next, a paragraph gap, and a column of about 75 characters centred in a wide pane.
/// QPlainTextDocumentLayout (which keeps the pane fast on long articles) stacks lines with no spacing and knows
/// no paragraph spacing; these functions add both on top of its layout.
namespace ReadingLayout {

/// Line height as a multiple of the font's line spacing.
inline constexpr double LineHeight = 1.4;
/// The gap between paragraphs (besides the line gap), as a multiple of the line spacing. A blank line between
/// paragraphs is drawn this high instead of a full line.
inline constexpr double ParagraphSpacing = 0.6;
/// The widest column of text, in average characters.
inline constexpr int ColumnCharacters = 75;

/// Spaces the lines of a block as QPlainTextDocumentLayout laid them out (one right under the other) to the reading
/// line height, once per layout, and returns the block's bounding rectangle with the gaps; laidOut is the plain
/// layout's rectangle for it.
QRectF spaceBlock(const QTextBlock &block, const QRectF &laidOut);

/// The margin to leave on either side of the text so that a pane availableWidth wide shows a centred column of
/// ColumnCharacters; 0 when the pane is narrower.
int columnMargin(int availableWidth, const QFontMetrics &metrics, double documentMargin);

} // namespace ReadingLayout

} // namespace Sourcelight
