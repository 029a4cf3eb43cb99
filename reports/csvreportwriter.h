#pragma once

#include "reportwriter.h"

#include <QStringList>

namespace Sourcelight {

/// One row per claim, RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break in
/// double quotes (quotes doubled), UTF-8 with an optional byte order mark. Enumerations use their stable names.
/// Cells that a spreadsheet would take for a formula are neutralised unless ReportOptions::csvRaw; control
/// characters other than TAB and line breaks are dropped.
class CsvReportWriter final : public ReportWriter
{
public:
    bool write(const ReportData &data, const ReportOptions &options, QIODevice &device) override;

    /// The header row; with ReportRequest::codings a last column "coder" (empty on the final decisions).
    static QStringList columns(const ReportData &data);
    /// The rows the CSV holds, before quoting: one per claim, in report order; with ReportRequest::codings each
    /// document's final claims are followed by each reviewer's own.
    static QList<QStringList> rows(const ReportData &data);
    /// One record as RFC 4180 text, CRLF included; formula-like cells neutralised unless raw.
    static QString record(const QStringList &fields, bool raw = false);
    /// The cell as a spreadsheet will show it as text: a leading apostrophe before =, +, -, @, TAB or CR, except
    /// for a plain number ("-12.5").
    static QString neutralised(const QString &field);
};

} // namespace Sourcelight
