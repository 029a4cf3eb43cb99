#include "reportformat.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace Sourcelight {

namespace {

/// Every format: its stable name (CLI, settings, file suffix) and what the export dialog calls it.
struct FormatEntry
{
    ReportFormat format;
    const char *name;
    const char *displayName;
};

constexpr std::array<FormatEntry, 8> Formats {{
    {ReportFormat::Html, "html", QT_TRANSLATE_NOOP("ReportFormat", "HTML report")},
    {ReportFormat::Pdf, "pdf", QT_TRANSLATE_NOOP("ReportFormat", "PDF report")},
    {ReportFormat::Markdown, "md", QT_TRANSLATE_NOOP("ReportFormat", "Markdown report")},
    {ReportFormat::Csv, "csv", QT_TRANSLATE_NOOP("ReportFormat", "CSV table of claims")},
    {ReportFormat::Json, "json", QT_TRANSLATE_NOOP("ReportFormat", "Sourcelight JSON (lossless, re-importable)")},
    {ReportFormat::WebAnnotation, "w3c", QT_TRANSLATE_NOOP("ReportFormat", "W3C Web Annotations (JSON-LD)")},
    {ReportFormat::ClaimReview, "claimreview", QT_TRANSLATE_NOOP("ReportFormat", "schema.org ClaimReview (JSON-LD)")},
    {ReportFormat::Qdpx, "qdpx", QT_TRANSLATE_NOOP("ReportFormat", "REFI-QDA project (.qdpx)")},
}};

const FormatEntry *entryOf(ReportFormat format)
{
    const auto *entry
        = std::find_if(Formats.cbegin(), Formats.cend(), [format](const FormatEntry &e) { return e.format == format; });
    return entry != Formats.cend() ? entry : nullptr;
}

} // namespace

QList<ReportFormat> allReportFormats()
{
    QList<ReportFormat> formats;
    for (const FormatEntry &entry : Formats) {
        formats.append(entry.format);
    }
    return formats;
}

QString reportFormatName(ReportFormat format)
{
    const FormatEntry *entry = entryOf(format);
    return entry ? QString::fromLatin1(entry->name) : QString();
}

std::optional<ReportFormat> reportFormatFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("markdown")) {
        return ReportFormat::Markdown;
    }
    const auto *entry = std::find_if(Formats.cbegin(), Formats.cend(),
        [&lower](const FormatEntry &e) { return lower == QLatin1StringView(e.name); });
    return entry != Formats.cend() ? std::optional(entry->format) : std::nullopt;
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
    const FormatEntry *entry = entryOf(format);
    return entry ? QCoreApplication::translate("ReportFormat", entry->displayName) : QString();
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
