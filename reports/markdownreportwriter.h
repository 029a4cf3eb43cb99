#pragma once

#include "reportwriter.h"

namespace Sourcelight {

/// The report in CommonMark (with GitHub pipe tables): summary, each article with numbered attribution marks,
/// its attributions and claims, and the sources. Every ASCII punctuation character of project text is
/// backslash-escaped, so article text can neither form HTML nor Markdown syntax; only http(s) URLs become links.
class MarkdownReportWriter final : public ReportWriter
{
    // Its own context, as lupdate files its strings (ReportWriter's would leave them untranslated).
    Q_DECLARE_TR_FUNCTIONS(Sourcelight::MarkdownReportWriter)

public:
    bool write(const ReportData &data, const ReportOptions &options, QIODevice &device) override;
    QString markdown(const ReportData &data, const ReportOptions &options);

    /// Text as Markdown inline content (table cells too: newlines become spaces).
    static QString escaped(const QString &text);

private:
    static QString summarySection(const ReportData &data, const ReportOptions &options);
    static QString documentSection(const ReportData &data, const ReportDocument &document);
    static QString attributionTable(const ReportData &data, const ReportDocument &document);
    static QString claimTable(const ReportData &data, const ReportDocument &document);
    static QString sourcesSection(const ReportData &data);
    static QString agreementSection(const ReportData &data, Id documentId);
};

} // namespace Sourcelight
