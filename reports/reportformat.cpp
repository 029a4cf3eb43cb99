#include "reportformat.h"

#include "enumnames.h"

#include <QCoreApplication>

namespace Sourcelight {

namespace {

constexpr EnumNames::Table<ReportFormat, 8> Names {{
    {ReportFormat::Html, "html"},
    {ReportFormat::Pdf, "pdf"},
    {ReportFormat::Markdown, "md"},
    {ReportFormat::Csv, "csv"},
    {ReportFormat::Json, "json"},
    {ReportFormat::WebAnnotation, "w3c"},
    {ReportFormat::ClaimReview, "claimreview"},
    {ReportFormat::Qdpx, "qdpx"},
}};

} // namespace

QList<ReportFormat> allReportFormats()
{
    QList<ReportFormat> formats;
    for (const auto &[format, name] : Names) {
        formats.append(format);
    }
    return formats;
}

QString reportFormatName(ReportFormat format)
{
    return EnumNames::nameOf(Names, format);
}

std::optional<ReportFormat> reportFormatFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("markdown")) {
        return ReportFormat::Markdown;
    }
    return EnumNames::valueOf(Names, lower);
}

QString reportFormatSuffix(ReportFormat format)
{
    switch (format) {
    case ReportFormat::WebAnnotation:
    case ReportFormat::ClaimReview:
        return QStringLiteral("jsonld");
    default:
        return reportFormatName(format);
    }
}

QString reportFormatDisplayName(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Html:
        return QCoreApplication::translate("ReportFormat", "HTML report");
    case ReportFormat::Pdf:
        return QCoreApplication::translate("ReportFormat", "PDF report");
    case ReportFormat::Markdown:
        return QCoreApplication::translate("ReportFormat", "Markdown report");
    case ReportFormat::Csv:
        return QCoreApplication::translate("ReportFormat", "CSV table of claims");
    case ReportFormat::Json:
        return QCoreApplication::translate("ReportFormat", "Sourcelight JSON (lossless, re-importable)");
    case ReportFormat::WebAnnotation:
        return QCoreApplication::translate("ReportFormat", "W3C Web Annotations (JSON-LD)");
    case ReportFormat::ClaimReview:
        return QCoreApplication::translate("ReportFormat", "schema.org ClaimReview (JSON-LD)");
    case ReportFormat::Qdpx:
        return QCoreApplication::translate("ReportFormat", "REFI-QDA project (.qdpx)");
    }
    return {};
}

bool isTextReportFormat(ReportFormat format)
{
    return format != ReportFormat::Pdf && format != ReportFormat::Qdpx;
}

bool showsAgreement(ReportFormat format)
{
    return format == ReportFormat::Html || format == ReportFormat::Pdf || format == ReportFormat::Markdown;
}

} // namespace Sourcelight
