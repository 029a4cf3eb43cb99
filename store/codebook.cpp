#include "codebook.h"

#include "historylog.h"
#include "projectstore_p.h"
#include "sqltransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Sourcelight {

namespace {

const QString Table = QStringLiteral("tags");

TagRecord readTag(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
        query.value(3).toString(), query.value(4).toString()};
}

} // namespace

Codebook::Codebook(ProjectStore &store)
    : m_store(store)
{
}

std::optional<Id> Codebook::addTag(const TagRecord &tag)
{
    const QString name = tag.name.trimmed();
    if (name.isEmpty()) {
        m_store.setError(ProjectStore::Error::InvalidArgument, tr("A tag needs a name."));
        return std::nullopt;
    }
    SqlTransaction transaction(m_store);
    if (!transaction.isActive()) {
        return std::nullopt;
    }
    const std::optional<Id> existing = find(name);
    if (!existing) {
        return std::nullopt;
    }
    if (*existing != 0) {
        m_store.setError(ProjectStore::Error::InvalidArgument, tr("There is already a tag called “%1”.").arg(name));
        return std::nullopt;
    }
    QSqlQuery &insert = m_store.prepared(QStringLiteral("INSERT INTO tags (id, name, colour, shortcut, description) "
                                                        "VALUES (:id, :name, :colour, :shortcut, :d) RETURNING id"));
    insert.bindValue(QStringLiteral(":id"), tag.id != 0 ? QVariant(tag.id) : QVariant(QMetaType::fromType<qint64>()));
    insert.bindValue(QStringLiteral(":name"), name);
    insert.bindValue(QStringLiteral(":colour"), ProjectStore::text(tag.colour));
    insert.bindValue(QStringLiteral(":shortcut"), ProjectStore::text(tag.shortcut));
    insert.bindValue(QStringLiteral(":d"), ProjectStore::text(tag.description));
    const std::optional<Id> added = m_store.insertReturningId(insert);
    if (!added) {
        return std::nullopt;
    }
    const Id id = *added;
    if (!m_store.history().record(Table, id, QStringLiteral("created"), {}, name) || !transaction.commit()) {
        return std::nullopt;
    }
    return id;
}

bool Codebook::removeTag(Id tagId)
{
    return removeRecordedRow(
        m_store, Table, tagId, [this](Id id) { return tag(id); }, [](const TagRecord &t) { return t.name; });
}

bool Codebook::rename(Id tagId, const QString &name)
{
    if (name.trimmed().isEmpty()) {
        m_store.setError(ProjectStore::Error::InvalidArgument, tr("A tag needs a name."));
        return false;
    }
    return m_store.updateField(Table, tagId, QStringLiteral("name"), name.trimmed());
}

bool Codebook::setColour(Id tagId, const QString &colour)
{
    return m_store.updateField(Table, tagId, QStringLiteral("colour"), colour);
}

bool Codebook::setShortcut(Id tagId, const QString &shortcut)
{
    return m_store.updateField(Table, tagId, QStringLiteral("shortcut"), shortcut);
}

bool Codebook::setDescription(Id tagId, const QString &description)
{
    return m_store.updateField(Table, tagId, QStringLiteral("description"), description);
}

std::optional<TagRecord> Codebook::tag(Id tagId)
{
    return selectById(m_store,
        QStringLiteral("SELECT id, name, colour, shortcut, description FROM tags WHERE id = :id"), tagId,
        tr("There is no tag %1.").arg(tagId), readTag);
}

std::optional<QList<TagRecord>> Codebook::tags()
{
    QSqlQuery &select
        = m_store.prepared(QStringLiteral("SELECT id, name, colour, shortcut, description FROM tags ORDER BY name"));
    if (!m_store.exec(select)) {
        return std::nullopt;
    }
    QList<TagRecord> list;
    while (select.next()) {
        list.append(readTag(select));
    }
    select.finish();
    return list;
}

std::optional<Id> Codebook::find(const QString &name)
{
    QSqlQuery &select = m_store.prepared(QStringLiteral("SELECT id FROM tags WHERE name = :name"));
    select.bindValue(QStringLiteral(":name"), name.trimmed());
    if (!m_store.exec(select)) {
        return std::nullopt;
    }
    const Id id = select.next() ? select.value(0).toLongLong() : 0;
    select.finish();
    return id;
}

// ---- Restoring a backup (JsonProjectImporter) ----

bool Codebook::restoreTag(const QVariantMap &row)
{
    return m_store.insertRow(QStringLiteral("tags"),
        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("colour"), QStringLiteral("shortcut"),
            QStringLiteral("description")},
        row);
}

} // namespace Sourcelight
