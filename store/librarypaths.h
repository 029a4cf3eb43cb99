#pragma once

#include <QString>

namespace Sourcelight::LibraryPaths {

/// The file extension of Sourcelight projects, without the dot.
inline constexpr QLatin1StringView ProjectSuffix {"sourcelight"};

/// The folder holding the user's default library (created on demand).
QString dataFolder();

/// The default library: the project `make run` and a plain start open, in the user's data folder.
QString defaultLibrary();

} // namespace Sourcelight::LibraryPaths
