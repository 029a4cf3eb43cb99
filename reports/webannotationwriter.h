#pragma once

#include "reportwriter.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Sourcelight {

/// W3C Web Annotation Data Model export: one JSON-LD AnnotationCollection. Its first AnnotationPage is embedded
/// ("first"); the following pages, each with its "next"/"prev" links, are in the collection's "@included" (JSON-LD
/// 1.1), so one file holds every page. One Annotation per claim (motivation assessing) and per attributed sentence
/// without a claim (motivation identifying); the target is the article with a TextQuoteSelector (exact, prefix,
/// suffix) and a TextPositionSelector counted in Unicode code points; bodies carry the source (identifying: a
/// SpecificResource around its IRI, and its name), the via chain (describing), the verdict (assessing), the claim
/// type (classifying), the note (commenting), the tags (tagging) and the evidence (linking). Every annotation and
/// page carries its own @context, so each passes the W3C test suite's MUST assertions when read on its own.
class WebAnnotationWriter final : public ReportWriter
{
    // Its own context, as lupdate files its strings (ReportWriter's would leave them untranslated).
    Q_DECLARE_TR_FUNCTIONS(Sourcelight::WebAnnotationWriter)

public:
    bool write(const ReportData &data, const ReportOptions &options, QIODevice &device) override;
    QJsonObject toJson(const ReportData &data, const ReportOptions &options);

    /// The IRI an annotation's target names for a document: its web address, or an IRI under the report's base.
    static QString documentIri(const ReportDocument &document, const QString &base);

private:
    QJsonArray annotations(const ReportData &data, const ReportOptions &options, const QString &base);
};

} // namespace Sourcelight
