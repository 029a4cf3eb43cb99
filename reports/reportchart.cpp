#include "reportchart.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>

namespace Sourcelight {

namespace {

constexpr int Width = 560;
constexpr int TitleHeight = 26;
constexpr int RowHeight = 22;
constexpr int LabelWidth = 190;
constexpr int ValueWidth = 50;
constexpr int Padding = 6;

QFont chartFont(bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(12);
    font.setBold(bold);
    return font;
}

} // namespace

ReportChart::ReportChart(const QString &title, const QList<Bar> &bars)
    : m_title(title)
    , m_bars(bars)
{
}

QSize ReportChart::size() const
{
    return QSize(Width, TitleHeight + RowHeight * int(std::max<qsizetype>(m_bars.size(), 1)) + Padding);
}

void ReportChart::paint(QPainter &painter) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRect(QPoint(0, 0), size()), Qt::white);
    painter.setPen(QColor(0x22, 0x22, 0x22));
    painter.setFont(chartFont(true));
    painter.drawText(QRectF(0, 0, Width, TitleHeight), Qt::AlignLeft | Qt::AlignVCenter, m_title);

    double maximum = 0;
    for (const Bar &bar : m_bars) {
        maximum = std::max(maximum, bar.value);
    }
    const QFont font = chartFont();
    const QFontMetricsF metrics(font);
    painter.setFont(font);
    const double barArea = Width - LabelWidth - ValueWidth - 2 * Padding;
    for (qsizetype i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars.at(i);
        const double y = TitleHeight + RowHeight * double(i);
        painter.setPen(QColor(0x22, 0x22, 0x22));
        painter.drawText(QRectF(0, y, LabelWidth, RowHeight), Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(bar.label, Qt::ElideRight, LabelWidth - Padding));
        const double length = maximum > 0 ? barArea * bar.value / maximum : 0;
        const QRectF rect(LabelWidth + Padding, y + 4, std::max(length, bar.value > 0 ? 2.0 : 0.0), RowHeight - 8);
        painter.setPen(Qt::NoPen);
        painter.setBrush(bar.colour);
        painter.drawRect(rect);
        if (bar.hatched) {
            painter.setBrush(QBrush(QColor(0, 0, 0, 110), Qt::BDiagPattern));
            painter.drawRect(rect);
        }
        painter.setPen(QColor(0x22, 0x22, 0x22));
        painter.drawText(QRectF(LabelWidth + Padding + length + 4, y, ValueWidth + barArea - length, RowHeight),
            Qt::AlignLeft | Qt::AlignVCenter, QString::number(bar.value, 'g', 6));
    }
    painter.restore();
}

QByteArray ReportChart::toSvg() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size());
    generator.setViewBox(QRect(QPoint(0, 0), size()));
    generator.setResolution(96);
    generator.setTitle(m_title);
    generator.setDescription(QStringLiteral("Sourcelight"));
    {
        QPainter painter(&generator);
        paint(painter);
    }
    buffer.close();
    // Inline SVG in HTML takes the element only; the title element QSvgGenerator writes stays, escaped by it.
    const qsizetype start = bytes.indexOf("<svg");
    return start >= 0 ? bytes.mid(start).trimmed() : QByteArray();
}

QImage ReportChart::toImage(qreal scale) const
{
    QImage image(size() * scale, QImage::Format_RGB32);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter);
    return image;
}

} // namespace Sourcelight
