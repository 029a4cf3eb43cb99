#pragma once

#include "reportchart.h"
#include "reportwriter.h"

namespace Sourcelight {

struct ReportSummary;

/// The annotated report as one self-contained HTML file: metadata, a summary with inline SVG charts, each article
/// with its sentences tinted by source and linked to their attributions, the claims, and a sources appendix.
/// Every piece of text is escaped, links are made only of http(s) URLs, and a Content-Security-Policy forbids
/// scripts and every external resource.
class HtmlReportWriter final : public ReportWriter
{
    // Its own context, as lupdate files its strings (ReportWriter's would leave them untranslated).
    Q_DECLARE_TR_FUNCTIONS(Sourcelight::HtmlReportWriter)

public:
    enum class Target {
        Browser, ///< charts as inline SVG
        Print,   ///< for QTextDocument (the PDF): charts as images named "sourcelight-chart:N", simpler CSS
    };

    bool write(const ReportData &data, const ReportOptions &options, QIODevice &device) override;

    /// The whole report; with Target::Print, charts receives the charts the images refer to (in order).
    QString html(
        const ReportData &data, const ReportOptions &options, Target target, QList<ReportChart> *charts = nullptr);

private:
    static QString head(const ReportData &data, const ReportOptions &options, Target target);
    static QString summarySection(
        const ReportData &data, const ReportSummary &summary, Target target, QList<ReportChart> *charts);
    static QList<ReportChart> summaryCharts(const ReportData &data, const ReportSummary &summary);
    static QString sourcesSection(const ReportData &data, const ReportSummary &summary);
    static QString agreementSection(const ReportData &data, Id documentId);
    static QString documentSection(const ReportData &data, const ReportDocument &document, Target target);
    static QString articleText(const ReportData &data, const ReportDocument &document, Target target);
    static QString attributionTable(const ReportData &data, const ReportDocument &document);
    static QString claimTable(const ReportData &data, const ReportDocument &document);
};

} // namespace Sourcelight
