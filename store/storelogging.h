#pragma once

#include <QLoggingCategory>

namespace Sourcelight {

/// The store's log category ("sourcelight.store"): what goes wrong with a project file out of the user's sight (a
/// failed checkpoint, a bulk write completed on open).
Q_DECLARE_LOGGING_CATEGORY(lcStore)

} // namespace Sourcelight
