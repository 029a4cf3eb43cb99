#pragma once

#include "attributiontypes.h"

#include <QString>

#include <optional>

namespace Sourcelight {

/// W3C Web Annotation TextQuoteSelector: the quoted text plus a little context either side.
struct TextQuoteSelector
{
    QString exact;
    QString prefix;
    QString suffix;
};

/// Finds annotated text again in an edited version of a document (re-anchoring on import).
///
/// Exact matches are preferred, the one whose context (prefix/suffix) and position agree best; when the quote
/// itself was edited, an approximate match (edit distance up to a quarter of the quote) is accepted instead.
class TextQuoteAnchor final
{
public:
    /// The selector for span of text, with up to `context` characters of prefix and suffix.
    static TextQuoteSelector describe(const QString &text, TextSpan span, qsizetype context = 32);
    /// Where selector's quote is in text; hint is the expected start (e.g. the old position scaled), or -1.
    static std::optional<TextSpan> locate(const QString &text, const TextQuoteSelector &selector, qsizetype hint = -1);

    /// The largest number of edits accepted for an approximate match of a quote of this length.
    static qsizetype maximumEdits(qsizetype quoteLength);

private:
    static std::optional<TextSpan> approximate(
        QStringView text, qsizetype offset, const QString &quote, qsizetype hint);
};

} // namespace Sourcelight
