#include "storetypes.h"

#include "enumnames.h"

namespace Sourcelight {

namespace {

using EnumNames::nameOf;
using EnumNames::valueOf;

constexpr std::array<std::pair<AttributionOrigin, const char *>, 3> OriginNames {{
    {AttributionOrigin::Suggested, "suggested"},
    {AttributionOrigin::Confirmed, "confirmed"},
    {AttributionOrigin::Edited, "edited"},
}};

constexpr std::array<std::pair<ClaimType, const char *>, 6> ClaimTypeNames {{
    {ClaimType::Fact, "fact"},
    {ClaimType::Statistic, "statistic"},
    {ClaimType::Forecast, "forecast"},
    {ClaimType::Opinion, "opinion"},
    {ClaimType::Quote, "quote"},
    {ClaimType::Other, "other"},
}};

constexpr std::array<std::pair<Verdict, const char *>, 6> VerdictNames {{
    {Verdict::Unverified, "unverified"},
    {Verdict::Supported, "supported"},
    {Verdict::Disputed, "disputed"},
    {Verdict::Misleading, "misleading"},
    {Verdict::False, "false"},
    {Verdict::Unverifiable, "unverifiable"},
}};

} // namespace

QString toString(AttributionOrigin origin)
{
    return nameOf(OriginNames, origin);
}

QString toString(ClaimType type)
{
    return nameOf(ClaimTypeNames, type);
}

QString toString(Verdict verdict)
{
    return nameOf(VerdictNames, verdict);
}

std::optional<AttributionOrigin> originFromString(const QString &name)
{
    return valueOf(OriginNames, name);
}

std::optional<ClaimType> claimTypeFromString(const QString &name)
{
    return valueOf(ClaimTypeNames, name);
}

std::optional<Verdict> verdictFromString(const QString &name)
{
    return valueOf(VerdictNames, name);
}

} // namespace Sourcelight
