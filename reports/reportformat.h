#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Sourcelight {

/// The formats a report can be exported in.
enum class ReportFormat {
    Html, ///< one self-contained annotated report
    Pdf,  ///< the same report, paged
    Markdown,
    Csv,           ///< one row per claim
    Json,          ///< lossless, versioned; re-imports (JsonProjectImporter)
    WebAnnotation, ///< W3C Web Annotation AnnotationCollection (JSON-LD)
    ClaimReview,   ///< schema.org ClaimReview (JSON-LD), one per claim with a verdict
    Qdpx,          ///< REFI-QDA project for QualCoder, MAXQDA, ATLAS.ti, NVivo
};

/// Every format, in menu order.
QList<ReportFormat> allReportFormats();
/// The command-line name: html, pdf, md, csv, json, w3c, claimreview, qdpx.
QString reportFormatName(ReportFormat format);
std::optional<ReportFormat> reportFormatFromName(const QString &name);
/// The usual file name suffix, without the dot.
QString reportFormatSuffix(ReportFormat format);
/// The name shown in the export dialog (translated).
QString reportFormatDisplayName(ReportFormat format);
/// Whether the output is text (it can be previewed and written to stdout).
bool isTextReportFormat(ReportFormat format);
/// Whether the format is a report people read, which shows the reviewers' agreement (ReportRequest::agreement).
bool showsAgreement(ReportFormat format);

} // namespace Sourcelight
