#pragma once

#include "storetypes.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Sourcelight {

class ProjectStore;

/// Reads Sourcelight's own JSON export ("format": "sourcelight-project", version 1; see README.md) back into an
/// empty project, keeping every id, timestamp, reviewer and history line, so a complete export round-trips to
/// the same project. Everything is written in one transaction: a bad file changes nothing.
class JsonProjectImporter final
{
    Q_DECLARE_TR_FUNCTIONS(JsonProjectImporter)
    Q_DISABLE_COPY_MOVE(JsonProjectImporter)

public:
    /// The newest format version this build reads.
    static constexpr int SupportedVersion = 1;

    explicit JsonProjectImporter(ProjectStore &store);

    /// Imports json (the bytes of an export) into the store, which must hold no documents, sources, tags,
    /// reviewers or history yet.
    bool import(const QByteArray &json);
    bool importFile(const QString &path);

    qsizetype importedDocuments() const { return m_documents; }
    QString errorString() const { return m_errorString; }

private:
    bool importObject(const QJsonObject &root);
    bool isEmptyProject();
    bool fail(const QString &message);
    bool failStore();

    ProjectStore &m_store;
    qsizetype m_documents = 0;
    QString m_errorString;
};

} // namespace Sourcelight
