#pragma once

#include "reportwriter.h"

namespace Sourcelight {

/// The HTML report, paged into a PDF with QPdfWriter (A4 or Letter, page numbers, fonts embedded). Laid out by
/// QTextDocument, which is given the charts as images and refuses to load anything else.
class PdfReportWriter final : public ReportWriter
{
    // Its own context, as lupdate files its strings (ReportWriter's would leave them untranslated).
    Q_DECLARE_TR_FUNCTIONS(Sourcelight::PdfReportWriter)

public:
    bool write(const ReportData &data, const ReportOptions &options, QIODevice &device) override;
};

} // namespace Sourcelight
