#include "legendstrip.h"

#include "claimvocabulary.h"
#include "sentencedecoration.h"
#include "sentencehighlighter.h"

#include <QEvent>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>
#include <QToolButton>

namespace Sourcelight {

namespace {

constexpr int Padding = 8;      // left and right of the strip
constexpr int ItemSpacing = 10; // between a mark and the next
constexpr int GroupSpacing = 20;
constexpr int LabelSpacing = 5; // between a sample and its name
constexpr int SamplePadding = 3;
constexpr int RowSpacing = 2;

// The sample tints use one of the pane's source colours (Okabe–Ito sky blue).
const QColor SampleSourceColour(0x56, 0xB4, 0xE9);

} // namespace

LegendStrip::LegendStrip(QWidget *parent)
    : QWidget(parent)
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("legendStrip"));
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_close->setObjectName(QStringLiteral("legendCloseButton"));
    m_close->setIcon(
        QIcon::fromTheme(QStringLiteral("window-close"), style()->standardIcon(QStyle::SP_TitleBarCloseButton)));
    m_close->setAutoRaise(true);
    m_close->setFixedSize(20, 20);
    connect(m_close, &QToolButton::clicked, this, &LegendStrip::closeRequested);
    rebuild();
}

LegendStrip::~LegendStrip() = default;

void LegendStrip::rebuild()
{
    const QColor base = palette().color(QPalette::Base);
    const auto tinted = [&base](bool confirmed) {
        SentenceDecoration d;
        d.colour = SampleSourceColour;
        d.confirmed = confirmed;
        QTextCharFormat format;
        format.setBackground(SentenceHighlighter::tint(d, base));
        return format;
    };
    const QString sample = tr("Aa", "a sample of text in the legend of the document pane");
    m_items.clear();
    m_items.append({sample, tinted(true), false, false, tr("Source, confirmed", "who a claim comes from"), true});
    m_items.append({sample, tinted(false), false, false, tr("Source, suggested", "who a claim comes from"), false});
    m_items.append({sample, {}, false, false, tr("Author's own voice"), false});
    m_items.append({sample, tinted(false), true, false, tr("Anonymous source", "who a claim comes from"), true});
    m_items.append({{}, {}, false, false, tr("Verdict:"), true});
    for (const ClaimVocabulary::VerdictEntry &e : ClaimVocabulary::verdicts()) {
        const QTextCharFormat::UnderlineStyle style = SentenceHighlighter::underlineStyle(e.mark);
        if (style == QTextCharFormat::NoUnderline) {
            continue;
        }
        QTextCharFormat format;
        format.setUnderlineStyle(style);
        format.setUnderlineColor(QColor::fromRgb(e.markColour));
        m_items.append({ClaimVocabulary::label(e.verdict), format, false, false, {}, false});
    }
    m_items.append({sample, {}, false, true, tr("Current sentence"), true});

    setToolTip(tr("Tint: the colour of the source a sentence rests on, solid once a reviewer confirmed it, lighter "
                  "while it is only suggested; no tint: the author's own voice. Dashed frame: an anonymous source. "
                  "Underline: the claim's verdict. Outline: the current sentence."));
    setAccessibleName(tr("Legend of the document pane"));
    setAccessibleDescription(itemTexts().join(QStringLiteral(", ")));
    m_close->setToolTip(tr("Hide the legend (View menu: Legend)"));
    m_close->setAccessibleName(tr("Hide the legend"));
    setFixedHeight(heightForWidth(width() > 0 ? width() : sizeHint().width()));
    update();
}

QStringList LegendStrip::itemTexts() const
{
    QStringList texts;
    for (const Item &item : m_items) {
        texts << (item.label.isEmpty() ? item.sample : item.label);
    }
    return texts;
}

int LegendStrip::lineHeight() const
{
    return fontMetrics().height() + 2 * SamplePadding + 2;
}

int LegendStrip::sampleWidth(const Item &item) const
{
    return item.sample.isEmpty() ? 0 : fontMetrics().horizontalAdvance(item.sample) + 2 * SamplePadding;
}

int LegendStrip::itemWidth(const Item &item) const
{
    int width = sampleWidth(item);
    if (!item.label.isEmpty()) {
        width += (width > 0 ? LabelSpacing : 0) + fontMetrics().horizontalAdvance(item.label);
    }
    return width;
}

QList<QRect> LegendStrip::layoutItems(int width, int *height) const
{
    QList<QRect> rects;
    const int right = width - Padding - m_close->width() - ItemSpacing;
    const int row = lineHeight();
    int x = Padding;
    int y = RowSpacing;
    for (const Item &item : m_items) {
        const int w = itemWidth(item);
        const int before = item.groupStart ? GroupSpacing : ItemSpacing;
        if (!rects.isEmpty()) {
            if (x + before + w > right) {
                x = Padding;
                y += row + RowSpacing;
            } else {
                x += before;
            }
        }
        rects.append(QRect(x, y, w, row));
        x += w;
    }
    if (height) {
        *height = y + row + RowSpacing;
    }
    return rects;
}

int LegendStrip::heightForWidth(int width) const
{
    int height = 0;
    layoutItems(width, &height);
    return height;
}

QSize LegendStrip::sizeHint() const
{
    int width = 2 * Padding + m_close->width();
    for (const Item &item : m_items) {
        width += itemWidth(item) + (item.groupStart ? GroupSpacing : ItemSpacing);
    }
    return {width, heightForWidth(width)};
}

QSize LegendStrip::minimumSizeHint() const
{
    return {m_close->width() + 2 * Padding, lineHeight() + 2 * RowSpacing};
}

void LegendStrip::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_close->move(width() - Padding / 2 - m_close->width(), (lineHeight() + 2 * RowSpacing - m_close->height()) / 2);
    // The height follows the width: a narrow pane wraps the marks onto more rows.
    const int wanted = heightForWidth(width());
    if (wanted != height()) {
        setFixedHeight(wanted);
    }
}

void LegendStrip::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
    case QEvent::PaletteChange:
    case QEvent::FontChange:
    case QEvent::StyleChange:
        rebuild();
        break;
    default:
        break;
    }
}

void LegendStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QList<QRect> rects = layoutItems(width(), nullptr);
    const QColor text = palette().color(QPalette::Text);
    const QColor windowText = palette().color(QPalette::WindowText);
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const Item &item = m_items.at(i);
        const QRect rect = rects.at(i);
        int x = rect.x();
        if (!item.sample.isEmpty()) {
            const int w = sampleWidth(item);
            const QRect sampleRect(x, rect.y() + 1, w, rect.height() - 2);
            // The sample sits on the pane's page colour, so its tint looks as it does there.
            painter.fillRect(sampleRect, palette().color(QPalette::Base));
            QTextLayout layout(item.sample, font(), this);
            layout.setFormats({{0, int(item.sample.size()), item.format}});
            layout.beginLayout();
            QTextLine line = layout.createLine();
            line.setLeadingIncluded(true);
            layout.endLayout();
            const QPointF origin(x + SamplePadding, sampleRect.center().y() - line.height() / 2.0);
            painter.setPen(text);
            layout.draw(&painter, origin);
            const QRectF lineRect(origin.x(), origin.y(), line.naturalTextWidth(), line.height());
            if (item.dashedFrame) {
                QPen dashed(text, 1, Qt::DashLine);
                dashed.setCosmetic(true);
                painter.setPen(dashed);
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(lineRect.adjusted(0.5, 0.5, -0.5, -0.5));
            }
            if (item.outline) {
                painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
                painter.setBrush(Qt::NoBrush);
                painter.drawRoundedRect(lineRect.adjusted(-1, 0, 1, 0), 2, 2);
            }
            x += w + LabelSpacing;
        }
        if (!item.label.isEmpty()) {
            painter.setPen(windowText);
            painter.drawText(
                QRect(x, rect.y(), rect.right() - x + 1, rect.height()), Qt::AlignVCenter | Qt::AlignLeft, item.label);
        }
    }
}

} // namespace Sourcelight
