#pragma once

#include <QLoggingCategory>

namespace Sourcelight {

/// The log category of reading files and bringing them into a project ("sourcelight.import"), for import/ and the
/// project writers in ingest/.
Q_DECLARE_LOGGING_CATEGORY(lcImport)

} // namespace Sourcelight
