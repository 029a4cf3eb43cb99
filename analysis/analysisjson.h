#pragma once

#include <QByteArray>
#include <QString>

namespace Sourcelight {

struct DocumentAnalysis;

/// The public output formats of `sourcelight analyze` (documented in README.md, "Command line"): one compact
/// JSON object, or TSV with one line per sentence after a header line. Offsets count Unicode code points
/// into the input, end-exclusive, so that `text` equals the input sliced by start and end in any language.
/// The JSON "version" field changes whenever the format does.
class AnalysisJson final
{
public:
    static constexpr int FormatVersion = 1;

    /// {"version":1,"language":…,"sentences":[…]} followed by a newline, UTF-8.
    static QByteArray toJson(const QString &text, const DocumentAnalysis &analysis);
    /// Header line, then one tab-separated line per sentence, UTF-8.
    static QByteArray toTsv(const QString &text, const DocumentAnalysis &analysis);
};

} // namespace Sourcelight
