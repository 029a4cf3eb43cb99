#include "attributiontypes.h"

#include <array>
#include <utility>

namespace Sourcelight {

namespace {

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[v, name] : table) {
        if (v == value) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table, const QString &name)
{
    for (const auto &[v, n] : table) {
        if (name == QLatin1StringView(n)) {
            return v;
        }
    }
    return std::nullopt;
}

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
