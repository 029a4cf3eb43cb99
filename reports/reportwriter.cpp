#include "reportwriter.h"

#include "claimreviewwriter.h"
#include "csvreportwriter.h"
#include "htmlreportwriter.h"
#include "jsonreportwriter.h"
#include "markdownreportwriter.h"
#include "pdfreportwriter.h"
#include "qdpxwriter.h"
#include "webannotationwriter.h"

#include <QIODevice>
#include <QJsonDocument>

namespace Sourcelight {

ReportWriter::~ReportWriter() = default;

std::unique_ptr<ReportWriter> ReportWriter::create(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Html:
        return std::make_unique<HtmlReportWriter>();
    case ReportFormat::Pdf:
        return std::make_unique<PdfReportWriter>();
    case ReportFormat::Markdown:
        return std::make_unique<MarkdownReportWriter>();
    case ReportFormat::Csv:
        return std::make_unique<CsvReportWriter>();
    case ReportFormat::Json:
        return std::make_unique<JsonReportWriter>();
    case ReportFormat::WebAnnotation:
        return std::make_unique<WebAnnotationWriter>();
    case ReportFormat::ClaimReview:
        return std::make_unique<ClaimReviewWriter>();
    case ReportFormat::Qdpx:
        return std::make_unique<QdpxWriter>();
    }
    return {};
}

bool ReportWriter::progress(qsizetype done, qsizetype total)
{
    if (m_progress && !m_progress(done, total)) {
        m_cancelled = true;
        m_errorString = tr("The export was cancelled.");
        return false;
    }
    return true;
}

bool ReportWriter::writeText(QIODevice &device, const QString &text)
{
    return !wasCancelled() && writeAll(device, text.toUtf8());
}

bool ReportWriter::writeJson(QIODevice &device, const QJsonDocument &json, const ReportOptions &options)
{
    return !wasCancelled()
        && writeAll(device, json.toJson(options.indentJson ? QJsonDocument::Indented : QJsonDocument::Compact));
}

bool ReportWriter::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

bool ReportWriter::writeAll(QIODevice &device, const QByteArray &bytes)
{
    if (device.write(bytes) != bytes.size()) {
        return fail(tr("Cannot write the report: %1").arg(device.errorString()));
    }
    return true;
}

} // namespace Sourcelight
