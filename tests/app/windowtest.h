#pragma once

// What the tests of the review window share: settings of their own, and the sample library to open.

#include "application.h"
#include "defaultlibrary.h"

#include <QSettings>
#include <QStandardPaths>
#include <QtDebug>

namespace Sourcelight::WindowTest {

/// Settings and standard paths in the tests' own place, cleared, and the application named as main() names it.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    setApplicationIdentity();
    QSettings().clear();
}

/// Creates the sample library (the articles the app ships) at path; says why when it cannot.
inline bool createSampleLibrary(const QString &path)
{
    QString error;
    if (!DefaultLibrary::ensureAt(path, QStringLiteral(":/samples"), &error)) {
        qWarning() << "cannot create the sample library:" << error;
        return false;
    }
    return true;
}

} // namespace Sourcelight::WindowTest
