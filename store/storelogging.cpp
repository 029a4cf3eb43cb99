#include "storelogging.h"

namespace Sourcelight {

Q_LOGGING_CATEGORY(lcStore, "sourcelight.store")

} // namespace Sourcelight
