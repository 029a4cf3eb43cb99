#include "reportslogging.h"

namespace Sourcelight {

Q_LOGGING_CATEGORY(lcReports, "sourcelight.reports")

} // namespace Sourcelight
