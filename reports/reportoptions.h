#pragma once

#include <QDateTime>
#include <QPageSize>
#include <QString>

namespace Sourcelight {

/// How a report is written, beyond what it contains. Everything a writer needs from settings is passed in here
/// (writers read no QSettings), and the time is injectable so tests get stable output.
struct ReportOptions
{
    /// The time the report says it was made; invalid: ReportData::generatedAt.
    QDateTime generatedAt;
    /// The report's title; empty: derived from the project name.
    QString title;
    /// The reviewing organisation (settings "Review/organisation" and "Review/organisationUrl"), for ClaimReview.
    QString organisation;
    QString organisationUrl;
    /// Who made the annotations, for W3C Web Annotation "creator"; empty: each claim's reviewer or the project.
    QString creator;
    /// The IRI the W3C and ClaimReview identifiers start with; empty: a urn derived from the project file.
    QString baseIri;
    /// PDF page size (A4 or Letter).
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    /// Start the CSV with a UTF-8 byte order mark (spreadsheet programs need it to read UTF-8).
    bool csvByteOrderMark = false;
    /// Write CSV cells that begin with =, +, -, @, TAB or CR exactly as they are. By default such a cell (unless it
    /// is a plain number) gets a leading apostrophe, so a spreadsheet shows it as text instead of running it as a
    /// formula (the OWASP rule against CSV injection): an article title "=HYPERLINK(…)" must not become a live link.
    bool csvRaw = false;
    /// Annotations per W3C AnnotationPage.
    int annotationsPerPage = 200;
    /// Pretty-print the JSON formats. Compact (the default) is much faster for the JSON export of a large
    /// project, whose documents are then streamed.
    bool indentJson = false;
};

} // namespace Sourcelight
