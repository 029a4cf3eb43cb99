#include "reviewteam.h"

#include "historylog.h"
#include "projectstore_p.h"

#include <QCoreApplication>

namespace Sourcelight::ReviewTeam {

namespace {

bool hasTeam(const ProjectStore &store)
{
    return store.schemaVersion() >= ProjectStore::TeamSchemaVersion;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Sourcelight::ReviewTeam", text);
}

} // namespace

QString toString(Role role)
{
    switch (role) {
    case Role::Reviewer:
        return QStringLiteral("reviewer");
    case Role::Curator:
        return QStringLiteral("curator");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromString(const QString &text)
{
    for (Role role : {Role::Reviewer, Role::Curator, Role::Admin}) {
        if (text == toString(role)) {
            return role;
        }
    }
    return std::nullopt;
}

QString toString(Mode mode)
{
    return mode == Mode::Independent ? QStringLiteral("independent") : QStringLiteral("shared");
}

std::optional<Mode> modeFromString(const QString &text)
{
    if (text == QLatin1String("shared")) {
        return Mode::Shared;
    }
    if (text == QLatin1String("independent")) {
        return Mode::Independent;
    }
    return std::nullopt;
}

QString displayName(Role role)
{
    switch (role) {
    case Role::Reviewer:
        return tr("reviewer");
    case Role::Curator:
        return tr("curator");
    case Role::Admin:
        return tr("admin");
    }
    return {};
}

std::optional<Session> session(ProjectStore &store)
{
    Session session;
    session.reviewerId = store.reviewerId();
    session.role = Role::Admin;
    if (!hasTeam(store) || !store.onServer()) {
        return session;
    }
    QSqlQuery &who = StoreAccess::prepared(
        store, QStringLiteral("SELECT reviewer, part, independent FROM sourcelight_reviewer_of(current_user)"));
    if (!StoreAccess::selectRow(store, who, tr("The server did not say who you are."))) {
        return std::nullopt;
    }
    session.reviewerId = who.value(0).isNull() ? std::nullopt : std::optional<Id>(who.value(0).toLongLong());
    session.role = roleFromString(who.value(1).toString());
    session.mode = who.value(2).toBool() ? Mode::Independent : Mode::Shared;
    who.finish();
    return session;
}

std::optional<QList<Member>> members(ProjectStore &store)
{
    QSqlQuery &select = StoreAccess::prepared(store,
        hasTeam(store) ? QStringLiteral("SELECT id, name, login, role FROM reviewers ORDER BY name")
                       : QStringLiteral("SELECT id, name, NULL, 'reviewer' FROM reviewers ORDER BY name"));
    if (!StoreAccess::exec(store, select)) {
        return std::nullopt;
    }
    QList<Member> team;
    while (select.next()) {
        team.append({select.value(0).toLongLong(), select.value(1).toString(), select.value(2).toString(),
            roleFromString(select.value(3).toString()).value_or(Role::Reviewer)});
    }
    select.finish();
    return team;
}

std::optional<Id> setMember(ProjectStore &store, const QString &login, const QString &name, Role role)
{
    const QString person = login.trimmed();
    const QString shownName = name.trimmed().isEmpty() ? person : name.trimmed();
    if (person.isEmpty()) {
        StoreAccess::setError(store, ProjectStore::Error::InvalidArgument, tr("A team member needs a login."));
        return std::nullopt;
    }
    if (!hasTeam(store)) {
        StoreAccess::setError(store, ProjectStore::Error::ReadOnly,
            tr("This project is older than team review; open it once with this version to upgrade it."));
        return std::nullopt;
    }
    if (store.onServer()) {
        QSqlQuery &exists
            = StoreAccess::prepared(store, QStringLiteral("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = :login"));
        exists.bindValue(QStringLiteral(":login"), person);
        if (!StoreAccess::selectRow(store, exists,
                tr("The server has no database role “%1”; create it first (CREATE ROLE %1 LOGIN …), then add it.")
                    .arg(person))) {
            return std::nullopt;
        }
        exists.finish();
    }
    SqlTransaction transaction(store);
    if (!transaction.isActive()) {
        return std::nullopt;
    }
    QSqlQuery &find = StoreAccess::prepared(store,
        QStringLiteral("SELECT id, role FROM reviewers WHERE login = :login OR (login IS NULL AND name = :name) "
                       "ORDER BY login IS NULL LIMIT 1"));
    find.bindValue(QStringLiteral(":login"), person);
    find.bindValue(QStringLiteral(":name"), shownName);
    if (!StoreAccess::exec(store, find)) {
        return std::nullopt;
    }
    std::optional<Id> id;
    QString oldRole;
    if (find.next()) {
        id = find.value(0).toLongLong();
        oldRole = find.value(1).toString();
    }
    find.finish();
    if (id) {
        QSqlQuery &update = StoreAccess::prepared(
            store, QStringLiteral("UPDATE reviewers SET login = :login, name = :name, role = :role WHERE id = :id"));
        update.bindValue(QStringLiteral(":login"), person);
        update.bindValue(QStringLiteral(":name"), shownName);
        update.bindValue(QStringLiteral(":role"), toString(role));
        update.bindValue(QStringLiteral(":id"), *id);
        if (!StoreAccess::exec(store, update)) {
            return std::nullopt;
        }
        const bool changed = update.numRowsAffected() > 0;
        update.finish();
        if (!changed) {
            StoreAccess::setError(store, ProjectStore::Error::ReadOnly,
                tr("The server does not let you change the team of “%1”: only its admins may.").arg(store.path()));
            return std::nullopt;
        }
    } else {
        QSqlQuery &insert = StoreAccess::prepared(store,
            QStringLiteral("INSERT INTO reviewers (name, login, role, created_at) VALUES (:name, :login, :role, "
                           ":created) RETURNING id"));
        insert.bindValue(QStringLiteral(":name"), shownName);
        insert.bindValue(QStringLiteral(":login"), person);
        insert.bindValue(QStringLiteral(":role"), toString(role));
        insert.bindValue(QStringLiteral(":created"), ProjectStore::timestamp());
        id = StoreAccess::insertReturningId(store, insert);
        if (!id) {
            return std::nullopt;
        }
    }
    if (!store.history().record(QStringLiteral("reviewers"), *id, QStringLiteral("role"),
            oldRole.isEmpty() ? QVariant() : QVariant(oldRole), QStringLiteral("%1 %2").arg(person, toString(role)))
        || !transaction.commit()) {
        return std::nullopt;
    }
    return id;
}

std::optional<Mode> mode(ProjectStore &store)
{
    if (!hasTeam(store)) {
        return Mode::Shared;
    }
    QSqlQuery &select
        = StoreAccess::prepared(store, QStringLiteral("SELECT value FROM project_settings WHERE key = 'review_mode'"));
    if (!StoreAccess::exec(store, select)) {
        return std::nullopt;
    }
    const std::optional<Mode> found = select.next() ? modeFromString(select.value(0).toString()) : std::nullopt;
    select.finish();
    return found.value_or(Mode::Shared);
}

bool setMode(ProjectStore &store, Mode mode)
{
    if (!hasTeam(store)) {
        StoreAccess::setError(store, ProjectStore::Error::ReadOnly,
            tr("This project is older than team review; open it once with this version to upgrade it."));
        return false;
    }
    if (mode == Mode::Independent && !store.onServer()) {
        StoreAccess::setError(store, ProjectStore::Error::InvalidArgument,
            tr("Independent review needs a team project on a server: in a file, nothing would keep the reviewers' "
               "codings apart."));
        return false;
    }
    const std::optional<Mode> before = ReviewTeam::mode(store);
    if (!before) {
        return false;
    }
    if (*before == mode) {
        return true;
    }
    SqlTransaction transaction(store);
    if (!transaction.isActive()) {
        return false;
    }
    QSqlQuery &update = StoreAccess::prepared(
        store, QStringLiteral("UPDATE project_settings SET value = :mode WHERE key = 'review_mode'"));
    update.bindValue(QStringLiteral(":mode"), toString(mode));
    if (!StoreAccess::exec(store, update)) {
        return false;
    }
    const bool changed = update.numRowsAffected() > 0;
    update.finish();
    if (!changed) {
        StoreAccess::setError(store, ProjectStore::Error::ReadOnly,
            tr("The server does not let you change the review mode of “%1”: only its admins may.").arg(store.path()));
        return false;
    }
    return store.history().record(
               QStringLiteral("project"), 0, QStringLiteral("review_mode"), toString(*before), toString(mode))
        && transaction.commit();
}

bool markDone(ProjectStore &store, Id documentId)
{
    if (!hasTeam(store) || !store.reviewerId()) {
        StoreAccess::setError(store, ProjectStore::Error::InvalidArgument,
            tr("Only a named reviewer of a team project can mark a document done."));
        return false;
    }
    SqlTransaction transaction(store);
    if (!transaction.isActive()) {
        return false;
    }
    QSqlQuery &insert = StoreAccess::prepared(store,
        QStringLiteral("INSERT INTO document_reviews (document_id, reviewer_id, done_at) VALUES (:document, "
                       ":reviewer, :at) ON CONFLICT DO NOTHING"));
    insert.bindValue(QStringLiteral(":document"), documentId);
    insert.bindValue(QStringLiteral(":reviewer"), *store.reviewerId());
    insert.bindValue(QStringLiteral(":at"), ProjectStore::timestamp());
    if (!StoreAccess::exec(store, insert)) {
        return false;
    }
    const bool marked = insert.numRowsAffected() > 0;
    insert.finish();
    return (!marked
               || store.history().record(
                   QStringLiteral("documents"), documentId, QStringLiteral("done"), {}, store.reviewerName()))
        && transaction.commit();
}

bool reopen(ProjectStore &store, Id documentId, Id reviewerId)
{
    if (!hasTeam(store)) {
        return true;
    }
    SqlTransaction transaction(store);
    if (!transaction.isActive()) {
        return false;
    }
    QSqlQuery &remove = StoreAccess::prepared(store,
        QStringLiteral("DELETE FROM document_reviews WHERE document_id = :document AND reviewer_id = :reviewer"));
    remove.bindValue(QStringLiteral(":document"), documentId);
    remove.bindValue(QStringLiteral(":reviewer"), reviewerId);
    if (!StoreAccess::exec(store, remove)) {
        return false;
    }
    const bool removed = remove.numRowsAffected() > 0;
    remove.finish();
    return (!removed
               || store.history().record(
                   QStringLiteral("documents"), documentId, QStringLiteral("done"), QString::number(reviewerId), {}))
        && transaction.commit();
}

std::optional<QList<Id>> doneBy(ProjectStore &store, Id documentId)
{
    if (!hasTeam(store)) {
        return QList<Id> {};
    }
    QSqlQuery &select = StoreAccess::prepared(store,
        QStringLiteral("SELECT reviewer_id FROM document_reviews WHERE document_id = :document ORDER BY reviewer_id"));
    select.bindValue(QStringLiteral(":document"), documentId);
    return StoreAccess::selectIds(store, select);
}

} // namespace Sourcelight::ReviewTeam
