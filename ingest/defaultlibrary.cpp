#include "defaultlibrary.h"

#include "librarypaths.h"
#include "projectimporter.h"
#include "projectstore.h"
#include "sqltransaction.h"

#include <QDir>
#include <QFileInfo>

namespace Sourcelight {

std::optional<QString> DefaultLibrary::ensure(QString *error)
{
    return ensureAt(LibraryPaths::defaultLibrary(), QStringLiteral(":/samples"), error);
}

std::optional<QString> DefaultLibrary::ensureAt(const QString &path, const QString &samplesFolder, QString *error)
{
    const bool existed = QFileInfo::exists(path);
    ProjectStore store;
    if (!store.open(path, existed ? ProjectStore::OpenMode::OpenExisting : ProjectStore::OpenMode::CreateIfMissing)) {
        *error = store.errorString();
        return std::nullopt;
    }
    if (existed) {
        return path;
    }
    const QStringList samples = QDir(samplesFolder).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    ProjectImporter importer(store);
    // One transaction: a first start that is interrupted leaves an empty library, never half a sample.
    SqlTransaction transaction(store);
    for (const QString &name : samples) {
        const ImportResult result = importer.importFile(QDir(samplesFolder).filePath(name));
        if (result.status == ImportStatus::Error) {
            *error = tr("The sample article “%1” could not be added: %2").arg(name, result.message);
            return std::nullopt;
        }
    }
    if (!samples.isEmpty() && !transaction.commit()) {
        *error = store.errorString();
        return std::nullopt;
    }
    return path;
}

} // namespace Sourcelight
