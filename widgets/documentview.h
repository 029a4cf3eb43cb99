#pragma once

#include "sentencedecoration.h"

#include <QPlainTextEdit>

#include <functional>

namespace Sourcelight {

class SentenceHighlighter;

/// The central document pane: the article's text, read-only, one block per paragraph, every sentence tinted
/// by its source, the current sentence outlined. Built on QPlainTextEdit because its layout keeps
/// highlighting linear in the number of paragraphs.
class DocumentView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentView)

public:
    explicit DocumentView(QWidget *parent = nullptr);
    ~DocumentView() override;

    /// Shows an article with one decoration per sentence (sorted by start). The current sentence is reset.
    void setArticle(const QString &text, const SentenceDecorations &decorations);
    /// Repaints one sentence after an edit; only the blocks it covers are re-highlighted.
    void updateSentence(qsizetype index, const SentenceDecoration &decoration);
    /// Replaces every decoration of the current article (a source filter, a palette change).
    void setDecorations(const SentenceDecorations &decorations);
    const SentenceDecorations &decorations() const;

    qsizetype currentSentence() const { return m_current; }
    /// Outlines the sentence and scrolls it into view; -1 clears.
    void setCurrentSentence(qsizetype index);
    /// Index of the sentence at a text position, or -1.
    qsizetype sentenceAt(qsizetype position) const;

    /// Supplies the hover text of a sentence (source, via chain, cue, verdict).
    void setToolTipProvider(std::function<QString(qsizetype)> provider);

    SentenceHighlighter *highlighter() const { return m_highlighter; }

    /// Milliseconds after the pane is made until it loads its fonts and cue definition (warmUp()).
    static constexpr int WarmUpDelay = 300;

Q_SIGNALS:
    /// The user clicked a sentence.
    void sentenceActivated(qsizetype index);
    /// setArticle() put another text in the pane.
    void articleChanged();

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// Blocks highlighted right away when an article opens; the rest follow as they scroll into view.
    static constexpr int VisibleBlockGuess = 200;

    void highlightVisibleBlocks();
    /// Keeps the text in a centred column of readable width (ReadingLayout) as the pane is resized.
    void updateColumn();
    void applyTheme();
    void warmUp();
    void retranslateUi();
    QList<QRectF> sentenceRects(qsizetype start, qsizetype end, const QRectF &visible) const;
    void updateSentenceArea(qsizetype index);

    SentenceHighlighter *m_highlighter = nullptr;
    qsizetype m_current = -1;
    std::function<QString(qsizetype)> m_toolTipProvider;
};

} // namespace Sourcelight
