#include "librarypaths.h"

#include <QDir>
#include <QStandardPaths>

namespace Sourcelight::LibraryPaths {

QString dataFolder()
{
    // GenericDataLocation + our own folder: ~/.local/share/sourcelight on Linux, whatever the org name.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("sourcelight"));
}

QString defaultLibrary()
{
    return QDir(dataFolder()).filePath(QStringLiteral("library.") + ProjectSuffix);
}

} // namespace Sourcelight::LibraryPaths
