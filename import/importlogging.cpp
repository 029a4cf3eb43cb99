#include "importlogging.h"

namespace Sourcelight {

Q_LOGGING_CATEGORY(lcImport, "sourcelight.import")

} // namespace Sourcelight
