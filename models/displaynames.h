#pragma once

#include "storetypes.h"

#include <QColor>
#include <QString>

#include <functional>
#include <optional>

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

/// What an attribution says, in a line: its source with the mention's profile, the via chain and the quote type
/// ("John Kirby (anonymous, spokesman) via Reuters · Direct quote"); none, or one without a source: the article's own
/// voice. sourceName: a source's name by id.
QString attribution(const std::optional<AttributionRecord> &attribution, const std::function<QString(Id)> &sourceName);

/// The colour a source is drawn in: its stored colour, else one of eight colour-blind-safe colours (Okabe–Ito)
/// chosen by its id, so it stays the same across sessions.
QColor sourceColour(Id sourceId, const QString &stored);

} // namespace Sourcelight::DisplayNames
