#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Sourcelight {

/// The user's default library (LibraryPaths::defaultLibrary()): created on first start and seeded with the sample
/// articles compiled into the application (":/samples/*.md"), so a new user has something to review.
class DefaultLibrary final
{
    Q_DECLARE_TR_FUNCTIONS(DefaultLibrary)

public:
    DefaultLibrary() = delete;

    /// Makes sure the library exists; returns its path, or nullopt with *error (translated) set.
    /// An existing library is left exactly as it is.
    static std::optional<QString> ensure(QString *error);
    /// Creates the project at path if it does not exist, seeding it from samplesFolder (a qrc or disk folder).
    static std::optional<QString> ensureAt(const QString &path, const QString &samplesFolder, QString *error);
};

} // namespace Sourcelight
