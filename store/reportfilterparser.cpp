#include "reportfilterparser.h"

#include "projectstore.h"
#include "sourcetable.h"

namespace Sourcelight {

ReportFilterParser::ReportFilterParser(ProjectStore &store)
    : m_store(store)
{
}

std::optional<ClaimFilter> ReportFilterParser::parse(const QStringList &filters)
{
    m_error = Error::None;
    m_errorString.clear();
    ClaimFilter result;
    for (const QString &filter : filters) {
        if (!apply(filter, result)) {
            return std::nullopt;
        }
    }
    return result;
}

bool ReportFilterParser::apply(const QString &filter, ClaimFilter &result)
{
    const QString key = filter.section(QLatin1Char('='), 0, 0).trimmed().toLower();
    const QString value = filter.section(QLatin1Char('='), 1).trimmed();
    const bool hasValue = filter.contains(QLatin1Char('='));
    if (key == QLatin1String("verified") && !hasValue) {
        result.onlyVerified = true;
    } else if (key == QLatin1String("anonymous") && !hasValue) {
        result.anonymous = true;
    } else if (key == QLatin1String("verdict") && verdictFromString(value)) {
        result.verdict = verdictFromString(value);
    } else if ((key == QLatin1String("type") || key == QLatin1String("claim-type")) && claimTypeFromString(value)) {
        result.type = claimTypeFromString(value);
    } else if (key == QLatin1String("source") && !value.isEmpty()) {
        const std::optional<Id> id = m_store.sources().lookup(value);
        if (!id) {
            m_error = Error::Database;
            m_errorString = m_store.errorString();
            return false;
        }
        if (*id == 0) {
            m_error = Error::UnknownSource;
            m_errorString = tr("there is no source '%1' in the project", "source: who a claim comes from").arg(value);
            return false;
        }
        result.sourceId = id;
    } else {
        m_error = Error::UnknownFilter;
        m_errorString = tr("unknown filter '%1'").arg(filter);
        return false;
    }
    return true;
}

} // namespace Sourcelight
