#pragma once

#include "reportwriter.h"

namespace Sourcelight {

/// The HTML report, paged into a PDF with QPdfWriter (A4 or Letter, page numbers, fonts embedded). Laid out by
/// QTextDocument, which is given the charts as images and refuses to load anything else.
class PdfReportWriter final : public ReportWriter
{
public:
    PdfReportWriter() = default;

    bool write(const ReportData &data, const ReportOptions &options, QIODevice &device) override;
};

} // namespace Sourcelight
