#include "uilogging.h"

namespace Sourcelight {

Q_LOGGING_CATEGORY(lcUi, "sourcelight.ui", QtInfoMsg)

} // namespace Sourcelight
