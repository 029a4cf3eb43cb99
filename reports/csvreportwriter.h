#pragma once

#include "reportwriter.h"

#include <QStringList>

namespace Sourcelight {

/// One row per claim, RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break in
/// double quotes (quotes doubled), UTF-8 with an optional byte order mark. Enumerations use their stable names.
class CsvReportWriter final : public ReportWriter
{
public:
    CsvReportWriter() = default;

    bool write(const ReportData &data, const ReportOptions &options, QIODevice &device) override;

    /// The header row.
    static QStringList columns();
    /// The rows the CSV holds, before quoting: one per claim, in report order.
    static QList<QStringList> rows(const ReportData &data);
    /// One record as RFC 4180 text, CRLF included.
    static QString record(const QStringList &fields);
};

} // namespace Sourcelight
