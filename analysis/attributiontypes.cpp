#include "attributiontypes.h"

#include "enumnames.h"

namespace Sourcelight {

namespace {

using EnumNames::nameOf;
using EnumNames::valueOf;

constexpr std::array<std::pair<SourceKind, const char *>, 6> KindNames {{
    {SourceKind::Outlet, "outlet"},
    {SourceKind::Person, "person"},
    {SourceKind::OfficialBody, "official_body"},
    {SourceKind::Anonymous, "anonymous"},
    {SourceKind::Document, "document"},
    {SourceKind::Author, "author"},
}};

constexpr std::array<std::pair<SourceCount, const char *>, 4> CountNames {{
    {SourceCount::Unspecified, "unspecified"},
    {SourceCount::One, "one"},
    {SourceCount::Another, "another"},
    {SourceCount::Several, "several"},
}};

constexpr std::array<std::pair<QuoteType, const char *>, 4> QuoteNames {{
    {QuoteType::None, "none"},
    {QuoteType::Direct, "direct"},
    {QuoteType::Indirect, "indirect"},
    {QuoteType::Mixed, "mixed"},
}};

constexpr std::array<std::pair<AttributionScope, const char *>, 4> ScopeNames {{
    {AttributionScope::Explicit, "explicit"},
    {AttributionScope::Backward, "backward"},
    {AttributionScope::Carried, "carried"},
    {AttributionScope::Author, "author"},
}};

} // namespace

QString toString(SourceKind kind)
{
    return nameOf(KindNames, kind);
}
QString toString(SourceCount count)
{
    return nameOf(CountNames, count);
}
QString toString(QuoteType quote)
{
    return nameOf(QuoteNames, quote);
}
QString toString(AttributionScope scope)
{
    return nameOf(ScopeNames, scope);
}
std::optional<SourceKind> sourceKindFromString(const QString &name)
{
    return valueOf(KindNames, name);
}
std::optional<SourceCount> sourceCountFromString(const QString &name)
{
    return valueOf(CountNames, name);
}
std::optional<QuoteType> quoteTypeFromString(const QString &name)
{
    return valueOf(QuoteNames, name);
}
std::optional<AttributionScope> scopeFromString(const QString &name)
{
    return valueOf(ScopeNames, name);
}

} // namespace Sourcelight
