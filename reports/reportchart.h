#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

class QPainter;

namespace Sourcelight {

/// A horizontal bar chart for the report summary, painted with QPainter: as inline SVG (QSvgGenerator) for the
/// HTML report, as an image for the PDF. Labels are painted as text, so the SVG needs no fonts or files.
class ReportChart final
{
public:
    struct Bar
    {
        QString label;
        double value = 0;
        QColor colour;
        bool hatched = false; ///< drawn with a pattern too, so anonymous sources do not rely on colour alone
    };

    ReportChart(const QString &title, const QList<Bar> &bars);

    QSize size() const;
    void paint(QPainter &painter) const;
    /// An `<svg>` element to put inside HTML (no XML declaration).
    QByteArray toSvg() const;
    QImage toImage(qreal scale = 2.0) const;

private:
    QString m_title;
    QList<Bar> m_bars;
};

} // namespace Sourcelight
