#pragma once

#include "reportwriter.h"

#include <QJsonObject>

namespace Sourcelight {

/// The lossless, versioned JSON export ("format": "sourcelight-project", "version": 1; README.md documents it):
/// documents with their text, sentences, attributions with their chains, claims with tags and evidence, sources
/// with aliases, the codebook, reviewers and the history. Offsets count Unicode code points. A complete export
/// (whole project, no filter) re-imports into an empty project with JsonProjectImporter, every field intact.
class JsonReportWriter final : public ReportWriter
{
public:
    static constexpr int FormatVersion = 1;

    bool write(const ReportData &data, const ReportOptions &options, QIODevice &device) override;
    /// The whole export as one object; empty when cancelled.
    QJsonObject toJson(const ReportData &data, const ReportOptions &options);

private:
    static QJsonObject documentObject(const ReportDocument &document);
};

} // namespace Sourcelight
