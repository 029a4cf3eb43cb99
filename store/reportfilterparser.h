#pragma once

#include "reportdata.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Sourcelight {

class ProjectStore;

/// The export filter language of `sourcelight export --filter`: "verified", "anonymous", "verdict=<verdict>",
/// "type=<claim type>" (or "claim-type="), "source=<id, name or alias>". Turns a list of such strings into the
/// ClaimFilter they describe, looking sources up with SourceTable::lookup().
class ReportFilterParser final
{
    Q_DECLARE_TR_FUNCTIONS(ReportFilterParser)
    Q_DISABLE_COPY_MOVE(ReportFilterParser)

public:
    enum class Error {
        None,
        UnknownFilter, ///< a string that is not in the language (a usage error)
        UnknownSource, ///< source= names no source of the project
        Database,      ///< the store could not be read (its errorString() says why)
    };

    explicit ReportFilterParser(ProjectStore &store);

    /// The filter every string of filters describes together, or nullopt (error() and errorString() say why).
    std::optional<ClaimFilter> parse(const QStringList &filters);

    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }

private:
    bool apply(const QString &filter, ClaimFilter &result);

    ProjectStore &m_store;
    Error m_error = Error::None;
    QString m_errorString;
};

} // namespace Sourcelight
