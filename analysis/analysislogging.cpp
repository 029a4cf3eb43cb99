#include "analysislogging.h"

namespace Sourcelight {

Q_LOGGING_CATEGORY(lcAnalysis, "sourcelight.analysis")

} // namespace Sourcelight
