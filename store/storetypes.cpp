#include "storetypes.h"

#include <QTimeZone>

#include "claimvocabulary.h"
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

} // namespace

QString toString(AttributionOrigin origin)
{
    return nameOf(OriginNames, origin);
}

QString toString(ClaimType type)
{
    return QString::fromLatin1(ClaimVocabulary::entry(type).key);
}

QString toString(Verdict verdict)
{
    return QString::fromLatin1(ClaimVocabulary::entry(verdict).key);
}

std::optional<AttributionOrigin> originFromString(const QString &name)
{
    return valueOf(OriginNames, name);
}

std::optional<ClaimType> claimTypeFromString(const QString &name)
{
    for (const ClaimVocabulary::ClaimTypeEntry &e : ClaimVocabulary::claimTypes()) {
        if (name == QLatin1StringView(e.key)) {
            return e.type;
        }
    }
    return std::nullopt;
}

std::optional<Verdict> verdictFromString(const QString &name)
{
    for (const ClaimVocabulary::VerdictEntry &e : ClaimVocabulary::verdicts()) {
        if (name == QLatin1StringView(e.key)) {
            return e.verdict;
        }
    }
    return std::nullopt;
}

QDateTime timestampFromString(const QString &text)
{
    // yyyy-MM-ddTHH:mm:ss.zzzZ
    const auto digits = [&text](qsizetype at, qsizetype count, int *value) {
        int v = 0;
        for (qsizetype i = at; i < at + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9') {
                return false;
            }
            v = v * 10 + (c - u'0');
        }
        *value = v;
        return true;
    };
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0, ms = 0;
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' && text.at(13) == u':'
        && text.at(16) == u':' && text.at(19) == u'.' && text.at(23) == u'Z' && digits(0, 4, &y) && digits(5, 2, &mo)
        && digits(8, 2, &d) && digits(11, 2, &h) && digits(14, 2, &mi) && digits(17, 2, &sec) && digits(20, 3, &ms)) {
        const QDate date(y, mo, d);
        const QTime time(h, mi, sec, ms);
        if (date.isValid() && time.isValid()) {
            return QDateTime(date, time, QTimeZone::UTC);
        }
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace Sourcelight
