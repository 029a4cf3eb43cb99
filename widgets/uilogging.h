#pragma once

#include <QLoggingCategory>

namespace Sourcelight {

/// The user interface's log category, "sourcelight.ui" (widgets/ and the window wiring in app/). Debug output is
/// off by default; turn it on with QT_LOGGING_RULES="sourcelight.ui.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace Sourcelight
