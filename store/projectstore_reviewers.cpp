#include "projectstore.h"

#include "sqltransaction.h"

#include <QSqlQuery>

namespace Sourcelight {

std::optional<Id> ProjectStore::setReviewer(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        setError(Error::InvalidArgument, tr("A reviewer needs a name."));
        return std::nullopt;
    }
    if (onServer() && m_schemaVersion >= TeamSchemaVersion) {
        // A team project knows its people by their database login (migrations/postgresql/0009_team_roles.sql): the
        // name in the settings only names an admin who has no row yet (the project's owner).
        QSqlQuery &who
            = prepared(QStringLiteral("SELECT r.id, r.name, r.created_at FROM sourcelight_reviewer_of(current_user) s "
                                      "JOIN reviewers r ON r.id = s.reviewer"));
        if (!exec(who)) {
            return std::nullopt;
        }
        if (who.next()) {
            m_reviewerId = who.value(0).toLongLong();
            m_reviewerName = who.value(1).toString();
            m_reviewerSince = who.value(2).toString();
            who.finish();
            return m_reviewerId;
        }
        who.finish();
        // Not listed: the owner (open() turned away every other login without a part).
    }
    QSqlQuery &find = prepared(QStringLiteral("SELECT id, created_at FROM reviewers WHERE name = :name"));
    find.bindValue(QStringLiteral(":name"), trimmed);
    if (!exec(find)) {
        return std::nullopt;
    }
    std::optional<Id> id;
    QString since;
    if (find.next()) {
        id = find.value(0).toLongLong();
        since = find.value(1).toString();
    }
    find.finish();
    if (!id) {
        SqlTransaction transaction(*this);
        if (!transaction.isActive()) {
            return std::nullopt;
        }
        QSqlQuery &insert = prepared(
            QStringLiteral("INSERT INTO reviewers (name, created_at) VALUES (:name, :created) RETURNING id"));
        insert.bindValue(QStringLiteral(":name"), trimmed);
        since = timestamp();
        insert.bindValue(QStringLiteral(":created"), since);
        id = insertReturningId(insert);
        if (!id) {
            return std::nullopt;
        }
        if (!transaction.commit()) {
            return std::nullopt;
        }
    }
    m_reviewerId = id;
    m_reviewerName = trimmed;
    m_reviewerSince = since;
    return id;
}
// ---- Restoring a backup (JsonProjectImporter) ----

bool ProjectStore::clearForRestore()
{
    // On a server, the rows an admin writes in this transaction keep the authors the backup gives them
    // (migrations/postgresql/0012_admin_restores_codings.sql); for anyone else the server ignores the mark.
    if (onServer() && m_schemaVersion >= 12 && !execDirect(QStringLiteral("SET LOCAL sourcelight.restoring = on"))) {
        return false;
    }
    // Children before parents, so no foreign key stands in the way; the caller's transaction undoes it all on failure.
    for (const char *sql : {"DELETE FROM history", "DELETE FROM claim_tags", "DELETE FROM tags",
             "DELETE FROM source_aliases", "DELETE FROM sources", "DELETE FROM reviewers"}) {
        QSqlQuery &clear = prepared(QString::fromLatin1(sql));
        const bool ok = exec(clear);
        clear.finish();
        if (!ok) {
            return false;
        }
    }
    return true;
}

bool ProjectStore::restoreReviewer(
    Id id, const QString &name, const QString &createdAt, const QString &login, const QString &role)
{
    if (m_schemaVersion < TeamSchemaVersion) {
        return insertRow(QStringLiteral("reviewers"),
            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("created_at")},
            {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("created_at"), createdAt}});
    }
    return insertRow(QStringLiteral("reviewers"),
        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("created_at"), QStringLiteral("login"),
            QStringLiteral("role")},
        {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("login"), login.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(login)},
            {QStringLiteral("role"), role}});
}

bool ProjectStore::restoreReviewMode(const QString &mode)
{
    QSqlQuery &update = prepared(QStringLiteral("UPDATE project_settings SET value = :mode WHERE key = 'review_mode'"));
    update.bindValue(QStringLiteral(":mode"), mode);
    const bool ok = exec(update);
    update.finish();
    return ok;
}

bool ProjectStore::restoreDocumentReview(Id documentId, Id reviewerId, const QString &doneAt)
{
    return insertRow(QStringLiteral("document_reviews"),
        {QStringLiteral("document_id"), QStringLiteral("reviewer_id"), QStringLiteral("done_at")},
        {{QStringLiteral("document_id"), documentId}, {QStringLiteral("reviewer_id"), reviewerId},
            {QStringLiteral("done_at"), doneAt.isEmpty() ? timestamp() : doneAt}});
}

} // namespace Sourcelight
