#pragma once

#include "storetypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace Sourcelight {

class CodePointMap;
class ProjectStore;

/// Reads Sourcelight's own JSON export ("format": "sourcelight-project", version 1; see README.md) back into an
/// empty project, keeping every id, timestamp, reviewer and history line, so a complete export round-trips to
/// the same project. Everything is written in one transaction: a bad file changes nothing.
///
/// Only a complete export (a backup: every version of every article, no filter) is read, and only into a project
/// that holds no documents. What such a project may hold besides (the default codebook and the reviewer's name a
/// window writes on opening it, sources without articles, their history) is replaced by the backup's, in the same
/// transaction: ids must stay the backup's for the round trip, and the backup's claims refer to its own codebook.
///
/// A team's backup (export --codings of a server project) also holds each reviewer's login and part, the review
/// mode, every reviewer's codings and who marked which document done. Into a server project they are put back as
/// they were (the restoring login must be an admin there); a project file cannot hold independent review, so there
/// only the logins and parts go in, and notice() says what was left out.
class JsonProjectImporter final
{
    Q_DECLARE_TR_FUNCTIONS(JsonProjectImporter)
    Q_DISABLE_COPY_MOVE(JsonProjectImporter)

public:
    /// The newest format version this build reads.
    static constexpr int SupportedVersion = 1;
    /// The largest backup read (QJsonDocument holds at most about 2 GB of JSON).
    static constexpr qint64 MaximumFileSize = qint64(2000) * 1024 * 1024;

    /// Called after each document written (done of total); returning false cancels the import (nothing stays).
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;

    explicit JsonProjectImporter(ProjectStore &store);

    void setProgress(Progress progress) { m_progress = std::move(progress); }

    /// Imports json (the bytes of an export) into the store, which must hold no documents yet.
    bool import(const QByteArray &json);
    bool importFile(const QString &path);

    qsizetype importedDocuments() const { return m_documents; }
    qsizetype importedSentences() const { return m_sentences; }
    qsizetype importedClaims() const { return m_claims; }
    /// Whether the last import failed because the project already holds documents (nothing was changed).
    bool refusedNonEmptyProject() const { return m_refusedNonEmpty; }
    bool wasCancelled() const { return m_cancelled; }
    QString errorString() const { return m_errorString; }
    /// After an import that worked: what of the backup the project could not hold (translated), or empty.
    QString notice() const { return m_notice; }

private:
    bool importObject(const QJsonObject &root);
    // The steps of importObject(), in order: each writes one part of the backup through the table it belongs to.
    bool restoreReviewers(const QJsonObject &root);
    bool restoreSources(const QJsonObject &root);
    bool restoreTags(const QJsonObject &root);
    /// One document with its sentences, attributions and claims.
    bool restoreDocument(const QJsonObject &document);
    bool restoreSentences(const QJsonObject &document, const QString &body, const CodePointMap &map);
    /// The decisions of one layer: the final ones (no coder), or a reviewer's codings (coder).
    bool restoreAttributions(const QJsonArray &attributions, const CodePointMap &map, std::optional<Id> coder);
    bool restoreClaims(const QJsonArray &claims, const CodePointMap &map, std::optional<Id> coder);
    /// Each reviewer's codings of the document and their done mark (a team's backup, into a server project).
    bool restoreCodings(const QJsonObject &document, const CodePointMap &map);
    /// The review mode (a team's backup), once the codings are in.
    bool restoreReviewMode(const QJsonObject &root);
    /// Which document replaced which, once all are there.
    bool restoreSupersession(const QJsonArray &documents);
    bool restoreHistory(const QJsonObject &root);
    /// Fails unless the project holds no documents; then clears what else it holds (see the class comment).
    bool prepareEmptyProject();
    bool fail(const QString &message);
    bool failStore();

    ProjectStore &m_store;
    Progress m_progress;
    qsizetype m_documents = 0;
    qsizetype m_sentences = 0;
    qsizetype m_claims = 0;
    bool m_refusedNonEmpty = false;
    bool m_cancelled = false;
    QString m_errorString;
    QString m_notice;
    QString m_exportedAt;        ///< the backup's time: when its done marks were made, at the latest
    qsizetype m_codingsLeft = 0; ///< reviewers' codings of documents a project file could not hold
};

} // namespace Sourcelight
