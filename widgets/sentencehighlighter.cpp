#include "sentencehighlighter.h"

#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

namespace Sourcelight {

SentenceHighlighter::SentenceHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
{
}

SentenceHighlighter::~SentenceHighlighter() = default;

void SentenceHighlighter::setDecorations(const SentenceDecorations &decorations)
{
    m_decorations = decorations;
    rehighlight();
}

void SentenceHighlighter::updateDecoration(qsizetype index, const SentenceDecoration &decoration)
{
    if (index < 0 || index >= m_decorations.size()) {
        return;
    }
    const SentenceDecoration old = std::exchange(m_decorations[index], decoration);
    if (old == decoration) {
        return;
    }
    rehighlightRange(std::min(old.start, decoration.start), std::max(old.end, decoration.end));
}

void SentenceHighlighter::setBaseColour(const QColor &base)
{
    if (m_base != base) {
        m_base = base;
        if (!m_decorations.isEmpty()) {
            rehighlight();
        }
    }
}

qsizetype SentenceHighlighter::decorationIndexAt(qsizetype position) const
{
    const auto it = std::upper_bound(m_decorations.cbegin(), m_decorations.cend(), position,
        [](qsizetype pos, const SentenceDecoration &d) { return pos < d.end; });
    return it == m_decorations.cend() ? -1 : it - m_decorations.cbegin();
}

QColor SentenceHighlighter::tint(const SentenceDecoration &decoration, const QColor &base)
{
    if (!decoration.colour.isValid()) {
        return {};
    }
    // Blend the source colour into the page colour: strong enough to tell sources apart, light enough to read.
    // Dark themes need a stronger mix for the same visible difference.
    const bool dark = base.lightnessF() < 0.5;
    qreal share = decoration.confirmed ? 0.42 : 0.20;
    if (dark) {
        share += 0.1;
    }
    if (decoration.dimmed) {
        share *= 0.25;
    }
    const QColor c = decoration.colour.toRgb();
    const QColor b = base.toRgb();
    return QColor::fromRgbF(b.redF() + (c.redF() - b.redF()) * share, b.greenF() + (c.greenF() - b.greenF()) * share,
        b.blueF() + (c.blueF() - b.blueF()) * share);
}

QTextCharFormat::UnderlineStyle SentenceHighlighter::underlineStyle(ClaimVocabulary::VerdictMark mark)
{
    switch (mark) {
    case ClaimVocabulary::VerdictMark::None:
        return QTextCharFormat::NoUnderline;
    case ClaimVocabulary::VerdictMark::Solid:
        return QTextCharFormat::SingleUnderline;
    case ClaimVocabulary::VerdictMark::Dashed:
        return QTextCharFormat::DashUnderline;
    case ClaimVocabulary::VerdictMark::Dotted:
        return QTextCharFormat::DotLine;
    case ClaimVocabulary::VerdictMark::Wavy:
        return QTextCharFormat::WaveUnderline;
    case ClaimVocabulary::VerdictMark::DashDotted:
        return QTextCharFormat::DashDotLine;
    }
    return QTextCharFormat::NoUnderline;
}

void SentenceHighlighter::rehighlightRange(qsizetype start, qsizetype end)
{
    QTextDocument *doc = document();
    if (!doc) {
        return;
    }
    QTextBlock block = doc->findBlock(int(start));
    while (block.isValid() && block.position() < end) {
        rehighlightBlock(block);
        block = block.next();
    }
}

void SentenceHighlighter::setEagerRange(int firstBlock, int lastBlock)
{
    m_eagerFirst = firstBlock;
    m_eagerLast = lastBlock;
}

void SentenceHighlighter::highlightPending(int firstBlock, int lastBlock)
{
    QTextDocument *doc = document();
    if (!doc) {
        return;
    }
    const int first = std::max(firstBlock, 0);
    const int last = std::min<int>(lastBlock, int(m_pending.size()) - 1);
    if (first > last) {
        return;
    }
    const int savedFirst = std::exchange(m_eagerFirst, first);
    const int savedLast = std::exchange(m_eagerLast, last);
    for (QTextBlock block = doc->findBlockByNumber(first); block.isValid() && block.blockNumber() <= last;
        block = block.next()) {
        if (m_pending.at(block.blockNumber())) {
            rehighlightBlock(block);
        }
    }
    m_eagerFirst = savedFirst;
    m_eagerLast = savedLast;
}

void SentenceHighlighter::highlightBlock(const QString &text)
{
    ++m_highlightedBlocks;
    const int number = currentBlock().blockNumber();
    if (number >= m_pending.size()) {
        m_pending.resize(document()->blockCount(), false);
    }
    if (number < m_eagerFirst || number > m_eagerLast) {
        // Off screen: leave it plain for now. Its parsing state is not needed by the next block (the cue
        // definition has no multi-line contexts), and the view highlights it when it scrolls into sight.
        m_pending[number] = true;
        return;
    }
    m_pending[number] = false;
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    if (m_decorations.isEmpty()) {
        return;
    }
    const QTextBlock block = currentBlock();
    const qsizetype blockStart = block.position();
    const qsizetype blockEnd = blockStart + text.size();

    for (qsizetype i = decorationIndexAt(blockStart); i >= 0 && i < m_decorations.size(); ++i) {
        const SentenceDecoration &d = m_decorations.at(i);
        if (d.start >= blockEnd) {
            break;
        }
        const QColor background = tint(d, m_base);
        const bool narrowClaim = d.claimStart >= d.start && d.claimEnd > d.claimStart && d.claimEnd <= d.end;
        const bool styled = background.isValid() || d.underline != QTextCharFormat::NoUnderline || narrowClaim;
        if (!styled) {
            continue;
        }
        const int from = int(std::max(d.start, blockStart) - blockStart);
        const int to = int(std::min(d.end, blockEnd) - blockStart);
        const int claimFrom
            = narrowClaim ? int(std::clamp(d.claimStart - blockStart, qsizetype(from), qsizetype(to))) : from;
        const int claimTo = narrowClaim ? int(std::clamp(d.claimEnd - blockStart, qsizetype(from), qsizetype(to))) : to;
        // Merge with what the syntax definition set, run by run of identical formats, so cue and quotation
        // colours stay visible on the tint. A claim narrower than its sentence breaks the runs at its edges.
        int runStart = from;
        while (runStart < to) {
            const QTextCharFormat existing = format(runStart);
            const bool inClaim = runStart >= claimFrom && runStart < claimTo;
            const int limit = inClaim ? claimTo : (runStart < claimFrom ? claimFrom : to);
            int runEnd = runStart + 1;
            while (runEnd < limit && format(runEnd) == existing) {
                ++runEnd;
            }
            QTextCharFormat merged = existing;
            if (background.isValid()) {
                merged.setBackground(background);
            }
            if (d.underline != QTextCharFormat::NoUnderline && inClaim) {
                merged.setUnderlineStyle(d.underline);
                if (d.underlineColour.isValid()) {
                    merged.setUnderlineColor(d.underlineColour);
                }
            }
            if (narrowClaim && inClaim) {
                merged.setFontWeight(QFont::Bold);
            }
            setFormat(runStart, runEnd - runStart, merged);
            runStart = runEnd;
        }
    }
}

} // namespace Sourcelight
