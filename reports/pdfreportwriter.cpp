#include "pdfreportwriter.h"

#include "htmlreportwriter.h"
#include "reporttext.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace Sourcelight {

namespace {

/// A QTextDocument that only knows the resources added to it: no file, no network, whatever the HTML says.
class SealedTextDocument final : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

} // namespace

bool PdfReportWriter::write(const ReportData &data, const ReportOptions &options, QIODevice &device)
{
    HtmlReportWriter html;
    html.setProgress([this](qsizetype done, qsizetype total) { return progress(done, total * 2); });
    QList<ReportChart> charts;
    const QString text = html.html(data, options, HtmlReportWriter::Target::Print, &charts);
    if (html.wasCancelled()) {
        return fail(html.errorString());
    }

    QPdfWriter writer(&device);
    writer.setPageSize(QPageSize(options.pageSize));
    writer.setPageMargins(QMarginsF(18, 18, 18, 22), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(ReportText::title(data, options));
    writer.setCreator(QStringLiteral("Sourcelight %1").arg(QStringLiteral(SOURCELIGHT_VERSION)));

    SealedTextDocument document;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(
        QStringLiteral("h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 14pt; } h3 { font-size: 11pt; } "
                       "th { background-color: #eeeeee; font-weight: bold; } table { margin-bottom: 8pt; } "
                       "dt { font-weight: bold; } .ref { font-size: 6pt; } footer { color: #666666; }"));
    for (qsizetype i = 0; i < charts.size(); ++i) {
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("sourcelight-chart:%1").arg(i)),
            charts.at(i).toImage(3.0));
    }
    document.setHtml(text);

    QPainter painter;
    if (!painter.begin(&writer)) {
        return fail(tr("Cannot write the PDF: %1").arg(device.errorString()));
    }
    // Laid out for the PDF device itself (as QTextDocument::print does), so page breaks fall between lines with the
    // metrics the text is painted with; then painted a page at a time under our own footer.
    document.documentLayout()->setPaintDevice(&writer);
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    const QSizeF pageSize = page.size();
    document.setPageSize(pageSize);
    const int pages = document.pageCount();
    const QFont footerFont(font.family(), 8);
    for (int p = 0; p < pages; ++p) {
        if (p > 0 && !writer.newPage()) {
            return fail(tr("Cannot write the PDF: %1").arg(device.errorString()));
        }
        painter.save();
        const QRectF clip(0, p * pageSize.height(), pageSize.width(), pageSize.height());
        painter.translate(0, -clip.top());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const double mm = writer.resolution() / 25.4;
        const QRectF footer(0, page.height() + 2 * mm, page.width(), 6 * mm);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, tr("Page %1 of %2").arg(p + 1).arg(pages));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, ReportText::title(data, options));
        if (!progress(
                data.documents.size() + (p + 1) * data.documents.size() / qMax(1, pages), data.documents.size() * 2)) {
            painter.end();
            return false;
        }
    }
    if (!painter.end()) {
        return fail(tr("Cannot write the PDF: %1").arg(device.errorString()));
    }
    return true;
}

} // namespace Sourcelight
