#pragma once

#include "storetypes.h"

#include <QColor>
#include <QString>

namespace Sourcelight::DisplayNames {

/// Translated names of the vocabulary, as the interface and reports show them.
QString verdict(Verdict verdict);
QString claimType(ClaimType type);
QString sourceKind(SourceKind kind);
QString sourceKindPlural(SourceKind kind);
QString origin(AttributionOrigin origin);
QString quoteType(QuoteType quote);
QString scope(AttributionScope scope);
QString count(SourceCount count);

/// The colour a source is drawn in: its stored colour, else one of eight colour-blind-safe colours (Okabe–Ito)
/// chosen by its id, so it stays the same across sessions.
QColor sourceColour(Id sourceId, const QString &stored);

} // namespace Sourcelight::DisplayNames
