#include "displaynames.h"

#include "claimvocabulary.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>

namespace Sourcelight::DisplayNames {

QString verdict(Verdict verdict)
{
    return ClaimVocabulary::label(verdict);
}

QString claimType(ClaimType type)
{
    return ClaimVocabulary::label(type);
}

QString sourceKind(SourceKind kind)
{
    return ClaimVocabulary::label(kind);
}

QString sourceKindPlural(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Outlet:
        return QCoreApplication::translate("DisplayNames", "Outlets", "source kind");
    case SourceKind::Person:
        return QCoreApplication::translate("DisplayNames", "People", "source kind");
    case SourceKind::OfficialBody:
        return QCoreApplication::translate("DisplayNames", "Official bodies", "source kind");
    case SourceKind::Anonymous:
        return QCoreApplication::translate("DisplayNames", "Anonymous sources", "source kind");
    case SourceKind::Document:
        return QCoreApplication::translate("DisplayNames", "Documents", "source kind");
    case SourceKind::Author:
        return QCoreApplication::translate("DisplayNames", "Authors", "source kind");
    }
    return {};
}

QString origin(AttributionOrigin origin)
{
    switch (origin) {
    case AttributionOrigin::Suggested:
        return QCoreApplication::translate("DisplayNames", "Suggested", "attribution origin");
    case AttributionOrigin::Confirmed:
        return QCoreApplication::translate("DisplayNames", "Confirmed", "attribution origin");
    case AttributionOrigin::Edited:
        return QCoreApplication::translate("DisplayNames", "Edited", "attribution origin");
    }
    return {};
}

QString quoteType(QuoteType quote)
{
    switch (quote) {
    case QuoteType::None:
        return QCoreApplication::translate("DisplayNames", "No quotation", "quote type");
    case QuoteType::Direct:
        return QCoreApplication::translate("DisplayNames", "Direct quote", "quote type");
    case QuoteType::Indirect:
        return QCoreApplication::translate("DisplayNames", "Indirect (reported speech)", "quote type");
    case QuoteType::Mixed:
        return QCoreApplication::translate("DisplayNames", "Mixed quote", "quote type");
    }
    return {};
}

QString scope(AttributionScope scope)
{
    switch (scope) {
    case AttributionScope::Explicit:
        return QCoreApplication::translate("DisplayNames", "Explicit", "attribution scope");
    case AttributionScope::Backward:
        return QCoreApplication::translate("DisplayNames", "Attributed by a later sentence", "attribution scope");
    case AttributionScope::Carried:
        return QCoreApplication::translate("DisplayNames", "Carried from an earlier sentence", "attribution scope");
    case AttributionScope::Author:
        return QCoreApplication::translate("DisplayNames", "Author's own voice", "attribution scope");
    }
    return {};
}

QString count(SourceCount count)
{
    switch (count) {
    case SourceCount::Unspecified:
        return QCoreApplication::translate("DisplayNames", "Unspecified", "number of speakers");
    case SourceCount::One:
        return QCoreApplication::translate("DisplayNames", "One", "number of speakers");
    case SourceCount::Another:
        return QCoreApplication::translate("DisplayNames", "Another", "number of speakers");
    case SourceCount::Several:
        return QCoreApplication::translate("DisplayNames", "Several", "number of speakers");
    }
    return {};
}

QString attribution(const std::optional<AttributionRecord> &attribution, const std::function<QString(Id)> &sourceName)
{
    if (!attribution || attribution->hops.isEmpty()) {
        return QCoreApplication::translate("DisplayNames", "article's own voice", "attribution");
    }
    const AttributionHop &first = attribution->hops.first();
    QString line = sourceName(first.sourceId);
    QStringList profile;
    if (first.anonymous) {
        profile << QCoreApplication::translate("DisplayNames", "anonymous", "source mention");
    }
    if (!first.title.isEmpty()) {
        profile << first.title;
    }
    if (!first.onRecord) {
        profile << QCoreApplication::translate("DisplayNames", "off the record", "source mention");
    }
    if (!profile.isEmpty()) {
        line += QStringLiteral(" (%1)").arg(profile.join(QStringLiteral(", ")));
    }
    for (qsizetype hop = 1; hop < attribution->hops.size(); ++hop) {
        line += QLatin1Char(' ')
            + QCoreApplication::translate(
                "DisplayNames", "via %1", "attribution: the conduit a source is quoted through")
                  .arg(sourceName(attribution->hops.at(hop).sourceId));
    }
    if (attribution->quote != QuoteType::None) {
        line += QStringLiteral(" · ") + quoteType(attribution->quote);
    }
    return line;
}

QColor sourceColour(Id sourceId, const QString &stored)
{
    if (!stored.isEmpty()) {
        const QColor colour = QColor::fromString(stored);
        if (colour.isValid()) {
            return colour;
        }
    }
    // Okabe & Ito's palette without black: distinguishable with the common colour-vision deficiencies.
    static constexpr std::array<QRgb, 7> Palette {0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7};
    return QColor(Palette[std::size_t(sourceId) % Palette.size()]);
}

} // namespace Sourcelight::DisplayNames
