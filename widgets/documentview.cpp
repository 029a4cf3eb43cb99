#include "documentview.h"

#include "readinglayout.h"
#include "sentencehighlighter.h"
#include "syntaxrepository.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPlainTextDocumentLayout>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimer>
#include <QToolTip>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

namespace Sourcelight {

namespace {

// Re-highlighting a block (a sentence confirmed, its source changed) only changes character formats. The text
// document reports that as `length` characters removed and `length` added, and QPlainTextDocumentLayout takes the
// sum for the changed range: it reaches into the next blocks, so every edit re-lays out more than it must and
// repaints the whole pane. While the view re-highlights (formatsOnly), such a change is reported as what it is (the
// same text, nothing removed): a one-block change stays a one-block change, that block is laid out again and only its
// rectangle is repainted. Any other change (new text) goes through as Qt reports it.
class SentenceDocumentLayout final : public QPlainTextDocumentLayout
{
public:
    using QPlainTextDocumentLayout::QPlainTextDocumentLayout;

    bool formatsOnly = false;

    // The reading layout's line height and paragraph gaps on top of the plain layout (see ReadingLayout).
    QRectF blockBoundingRect(const QTextBlock &block) const override
    {
        return ReadingLayout::spaceBlock(block, QPlainTextDocumentLayout::blockBoundingRect(block));
    }

protected:
    void documentChanged(int from, int charsRemoved, int charsAdded) override
    {
        const bool sameText = formatsOnly && charsRemoved == charsAdded;
        QPlainTextDocumentLayout::documentChanged(from, sameText ? 0 : charsRemoved, charsAdded);
    }
};

// Sets SentenceDocumentLayout::formatsOnly for the lifetime of a re-highlighting call.
class FormatsOnly
{
public:
    explicit FormatsOnly(QTextDocument *document)
        : m_layout(dynamic_cast<SentenceDocumentLayout *>(document->documentLayout()))
    {
        if (m_layout) {
            m_layout->formatsOnly = true;
        }
    }
    ~FormatsOnly()
    {
        if (m_layout) {
            m_layout->formatsOnly = false;
        }
    }
    Q_DISABLE_COPY_MOVE(FormatsOnly)

private:
    SentenceDocumentLayout *m_layout;
};

KSyntaxHighlighting::Definition cueDefinition()
{
    return SyntaxRepository::instance().definitionForName(QString::fromLatin1(SyntaxRepository::CueDefinitionName));
}

} // namespace

DocumentView::DocumentView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    auto *text = new QTextDocument(this);
    text->setDocumentLayout(new SentenceDocumentLayout(text));
    setDocument(text);
    m_highlighter = new SentenceHighlighter(document());
    setObjectName(QStringLiteral("documentView"));
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    retranslateUi();
    setMouseTracking(true);
    document()->setDocumentMargin(12);
    // The margins around the centred column are page, like the column.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &DocumentView::updateColumn);
    m_highlighter->setDefinition(cueDefinition());
    applyTheme();
    // The first article laid out pays for loading the pane's fonts and the cue highlighting's definition; pay it
    // a moment after the window is up (not before its first frame), not when the analyst opens the first article.
    QTimer::singleShot(WarmUpDelay, this, &DocumentView::warmUp);
}

DocumentView::~DocumentView() = default;

void DocumentView::warmUp()
{
    if (!document()->isEmpty()) {
        return; // an article came first and paid for it
    }
    QTextDocument sample;
    sample.setDefaultFont(font());
    sample.setTextWidth(viewport()->width() > 0 ? viewport()->width() : 600);
    SentenceHighlighter highlighter(&sample);
    highlighter.setDefinition(cueDefinition());
    highlighter.setTheme(SyntaxRepository::instance().themeForPalette(palette()));
    // Latin and Cyrillic, quotation marks and digits: the scripts and signs of the articles reviewed.
    sample.setPlainText(QStringLiteral("“Officials said on Tuesday,” 42 — «Представитель заявил» і «сказав» ’s."));
    (void)sample.size(); // lays the text out
}

void DocumentView::applyTheme()
{
    m_highlighter->setTheme(SyntaxRepository::instance().themeForPalette(palette()));
    m_highlighter->setBaseColour(palette().color(QPalette::Base));
}

void DocumentView::setArticle(const QString &text, const SentenceDecorations &decorations)
{
    m_current = -1;
    // Decorations first, so the text is highlighted once, with them, as its blocks are laid out.
    m_highlighter->blockSignals(true);
    m_highlighter->setEagerRange(0, VisibleBlockGuess);
    m_highlighter->setDecorations(decorations);
    m_highlighter->blockSignals(false);
    setPlainText(text);
    moveCursor(QTextCursor::Start);
    Q_EMIT articleChanged();
}

void DocumentView::updateSentence(qsizetype index, const SentenceDecoration &decoration)
{
    const FormatsOnly formatsOnly(document());
    m_highlighter->updateDecoration(index, decoration);
    updateSentenceArea(index);
}

void DocumentView::setDecorations(const SentenceDecorations &decorations)
{
    {
        const FormatsOnly formatsOnly(document());
        m_highlighter->setDecorations(decorations);
    }
    viewport()->update();
}

const SentenceDecorations &DocumentView::decorations() const
{
    return m_highlighter->decorations();
}

void DocumentView::setCurrentSentence(qsizetype index)
{
    const SentenceDecorations &all = decorations();
    if (index < -1 || index >= all.size()) {
        return;
    }
    const qsizetype previous = std::exchange(m_current, index);
    updateSentenceArea(previous);
    if (index >= 0) {
        // A click leaves the text cursor where it was placed (a split happens there); otherwise it goes to the
        // sentence's start, which scrolls the sentence into view.
        const qsizetype at = textCursor().position();
        if (at < all.at(index).start || at > all.at(index).end) {
            QTextCursor cursor(document());
            cursor.setPosition(int(all.at(index).start));
            setTextCursor(cursor);
        }
        ensureCursorVisible();
        updateSentenceArea(index);
    }
}

qsizetype DocumentView::sentenceAt(qsizetype position) const
{
    const qsizetype index = m_highlighter->decorationIndexAt(position);
    if (index < 0 || decorations().at(index).start > position) {
        return -1;
    }
    return index;
}

void DocumentView::setToolTipProvider(std::function<QString(qsizetype)> provider)
{
    m_toolTipProvider = std::move(provider);
}

bool DocumentView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_toolTipProvider) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint inViewport = viewport()->mapFrom(this, help->pos());
        const qsizetype index = sentenceAt(cursorForPosition(inViewport).position());
        const QString text = index >= 0 ? m_toolTipProvider(index) : QString();
        if (text.isEmpty()) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QPlainTextEdit::event(event);
}

void DocumentView::resizeEvent(QResizeEvent *event)
{
    updateColumn();
    QPlainTextEdit::resizeEvent(event);
}

void DocumentView::updateColumn()
{
    // The width the text would have without side margins: the pane's inside, less the scroll bar when shown.
    // (Decided from the range: the bar itself is shown or hidden only later, from the event loop.)
    const QScrollBar *bar = verticalScrollBar();
    const bool barShown = verticalScrollBarPolicy() == Qt::ScrollBarAlwaysOn
        || (verticalScrollBarPolicy() == Qt::ScrollBarAsNeeded && bar->maximum() > bar->minimum());
    const int available = contentsRect().width() - (barShown ? bar->sizeHint().width() : 0);
    const int side = ReadingLayout::columnMargin(available, fontMetrics(), document()->documentMargin());
    if (viewportMargins() != QMargins(side, 0, side, 0)) {
        setViewportMargins(side, 0, side, 0);
    }
}

void DocumentView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateColumn();
    }
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        applyTheme();
    } else if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
}

void DocumentView::retranslateUi()
{
    setAccessibleName(tr("Article text"));
    setPlaceholderText(tr("No article is open. Import one from the File menu or pick one in the Library."));
}

void DocumentView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (textCursor().hasSelection()) {
        return; // the user selected text to copy, not a sentence
    }
    const qsizetype index = sentenceAt(textCursor().position());
    if (index >= 0) {
        setCurrentSentence(index);
        Q_EMIT sentenceActivated(index);
    }
}

QList<QRectF> DocumentView::sentenceRects(qsizetype start, qsizetype end, const QRectF &visible) const
{
    QList<QRectF> rects;
    const QPointF offset = contentOffset();
    for (QTextBlock block = document()->findBlock(int(start)); block.isValid() && block.position() < end;
        block = block.next()) {
        const QRectF geometry = blockBoundingGeometry(block).translated(offset);
        if (geometry.top() > visible.bottom()) {
            break;
        }
        if (geometry.bottom() < visible.top() || !block.isVisible()) {
            continue;
        }
        const QTextLayout *layout = block.layout();
        const int from = int(std::max<qsizetype>(start - block.position(), 0));
        const int to = int(std::min<qsizetype>(end - block.position(), block.length() - 1));
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const int lineStart = line.textStart();
            const int lineEnd = lineStart + line.textLength();
            const int a = std::max(from, lineStart);
            const int b = std::min(to, lineEnd);
            if (a >= b) {
                continue;
            }
            const qreal x1 = line.cursorToX(a);
            const qreal x2 = line.cursorToX(b);
            rects.append(QRectF(x1, line.y(), x2 - x1, line.height()).translated(geometry.topLeft()));
        }
    }
    return rects;
}

void DocumentView::updateSentenceArea(qsizetype index)
{
    const SentenceDecorations &all = decorations();
    if (index < 0 || index >= all.size()) {
        return;
    }
    for (const QRectF &r : sentenceRects(all.at(index).start, all.at(index).end, viewport()->rect())) {
        viewport()->update(r.toAlignedRect().adjusted(-3, -3, 3, 3));
    }
}

void DocumentView::highlightVisibleBlocks()
{
    const QTextBlock first = firstVisibleBlock();
    if (!first.isValid()) {
        return;
    }
    // The visible blocks and one screen below, so scrolling down finds them ready.
    const qreal limit = viewport()->height() * 2.0;
    QTextBlock last = first;
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        last = b;
        if (blockBoundingGeometry(b).translated(contentOffset()).top() > limit) {
            break;
        }
    }
    const FormatsOnly formatsOnly(document());
    m_highlighter->highlightPending(first.blockNumber(), last.blockNumber());
    // Later whole-document passes (a source filter, a palette change) highlight around here eagerly.
    m_highlighter->setEagerRange(first.blockNumber(), last.blockNumber());
}

void DocumentView::paintEvent(QPaintEvent *event)
{
    highlightVisibleBlocks();
    QPlainTextEdit::paintEvent(event);
    const SentenceDecorations &all = decorations();
    if (all.isEmpty()) {
        return;
    }
    const QRectF visible = viewport()->rect();
    const QTextBlock first = firstVisibleBlock();
    if (!first.isValid()) {
        return;
    }
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QColor text = palette().color(QPalette::Text);

    // Anonymous sources: a dashed frame, so they are told apart without relying on colour.
    QPen dashed(text, 1, Qt::DashLine);
    dashed.setCosmetic(true);
    for (qsizetype i = m_highlighter->decorationIndexAt(first.position()); i >= 0 && i < all.size(); ++i) {
        const SentenceDecoration &d = all.at(i);
        const QList<QRectF> rects = sentenceRects(d.start, d.end, visible);
        if (rects.isEmpty() && d.start > first.position()) {
            // Past the visible area (or folded away): nothing further down is visible either.
            const QRectF geometry
                = blockBoundingGeometry(document()->findBlock(int(d.start))).translated(contentOffset());
            if (geometry.top() > visible.bottom()) {
                break;
            }
        }
        if (d.anonymous && !d.dimmed) {
            painter.setPen(dashed);
            painter.setBrush(Qt::NoBrush);
            for (const QRectF &r : rects) {
                painter.drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5));
            }
        }
    }
    if (m_current >= 0 && m_current < all.size()) {
        QPen outline(palette().color(QPalette::Highlight), 2);
        painter.setPen(outline);
        painter.setBrush(Qt::NoBrush);
        for (const QRectF &r : sentenceRects(all.at(m_current).start, all.at(m_current).end, visible)) {
            painter.drawRoundedRect(r.adjusted(-1, 0, 1, 0), 2, 2);
        }
    }
}

} // namespace Sourcelight
