#pragma once

#include "claimvocabulary.h"
#include "sentencedecoration.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

namespace Sourcelight {

/// Highlights the document pane: KSyntaxHighlighting's formats for cues, hedges, quotations and numbers
/// (the sourcelight-cues definition), merged with a background tint per sentence by its source.
/// The base class keeps its parsing state in each block's user data; this class never touches it.
class SentenceHighlighter final : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SentenceHighlighter)

public:
    explicit SentenceHighlighter(QTextDocument *document);
    ~SentenceHighlighter() override;

    /// Replaces every decoration (sorted by start, non-overlapping) and rehighlights the document.
    void setDecorations(const SentenceDecorations &decorations);
    /// Changes one sentence's decoration and rehighlights only the blocks it covers.
    void updateDecoration(qsizetype index, const SentenceDecoration &decoration);
    const SentenceDecorations &decorations() const { return m_decorations; }

    /// The page colour the tints are blended into (the view's Base colour; follows light and dark palettes).
    void setBaseColour(const QColor &base);

    /// The first decoration that ends after position (binary search), or -1.
    qsizetype decorationIndexAt(qsizetype position) const;

    /// Blocks outside [first, last] are left unhighlighted (and remembered) when the document changes, so opening
    /// a long article costs only what is on screen; DocumentView highlights them as they scroll into view.
    void setEagerRange(int firstBlock, int lastBlock);
    /// Highlights the blocks in [first, last] that were skipped.
    void highlightPending(int firstBlock, int lastBlock);

    /// How many blocks have been highlighted so far: edits must add only the blocks they touch.
    quint64 highlightedBlockCount() const { return m_highlightedBlocks; }

    /// The tint drawn for a decoration over the given base colour (also used for the legend).
    static QColor tint(const SentenceDecoration &decoration, const QColor &base);
    /// The underline drawn for a verdict's mark (also used for the legend): a style per verdict, so it does not rest
    /// on colour alone.
    static QTextCharFormat::UnderlineStyle underlineStyle(ClaimVocabulary::VerdictMark mark);

protected:
    void highlightBlock(const QString &text) override;

private:
    void rehighlightRange(qsizetype start, qsizetype end);

    SentenceDecorations m_decorations;
    QColor m_base = Qt::white;
    quint64 m_highlightedBlocks = 0;
    int m_eagerFirst = 0;
    int m_eagerLast = 200;
    QList<bool> m_pending; ///< by block number: skipped, to be highlighted when it becomes visible
};

} // namespace Sourcelight
