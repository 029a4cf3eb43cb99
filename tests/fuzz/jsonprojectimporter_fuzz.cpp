// libFuzzer target: JsonProjectImporter on arbitrary bytes, each into a new, empty project file (on /dev/shm
// when there is one, so the run is not bound by the disk). A refused file must leave the project empty.
#include "documenttable.h"
#include "fuzzsupport.h"
#include "jsonprojectimporter.h"
#include "projectstore.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Sourcelight;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    static const QString base
        = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    static QTemporaryDir dir(base + QStringLiteral("/sourcelight-fuzz-XXXXXX"));
    const QString path = dir.filePath(QStringLiteral("fuzz.sourcelight"));
    for (const QString &file : {path, QString(path + QStringLiteral("-wal")), QString(path + QStringLiteral("-shm"))}) {
        QFile::remove(file);
    }
    ProjectStore store;
    Fuzz::require(store.open(path, ProjectStore::OpenMode::CreateIfMissing), "an empty project opens");
    JsonProjectImporter importer(store);
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!importer.import(json)) {
        Fuzz::require(!importer.errorString().isEmpty(), "a refused file says why");
        const std::optional<QList<DocumentSummary>> documents = store.documents().summaries(true);
        Fuzz::require(documents && documents->isEmpty(), "a refused file changes nothing");
    }
    return 0;
}
