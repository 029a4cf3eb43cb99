#pragma once

#include <QLoggingCategory>

namespace Sourcelight {

/// Messages of the report writers and exports ("sourcelight.reports"): what failed without failing the export.
Q_DECLARE_LOGGING_CATEGORY(lcReports)

} // namespace Sourcelight
