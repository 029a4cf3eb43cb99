#pragma once

#include <QLoggingCategory>

namespace Sourcelight {

/// Messages of the text analysis ("sourcelight.analysis"); enable with QT_LOGGING_RULES="sourcelight.analysis=true".
Q_DECLARE_LOGGING_CATEGORY(lcAnalysis)

} // namespace Sourcelight
