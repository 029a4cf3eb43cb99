#include "sourcetable.h"

#include "historylog.h"
#include "projectstore_p.h"
#include "sqltransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Sourcelight {

namespace {

const QString Table = QStringLiteral("sources");

SourceRecord readSource(const QSqlQuery &query)
{
    SourceRecord record;
    record.id = query.value(0).toLongLong();
    record.name = query.value(1).toString();
    record.kind = sourceKindFromString(query.value(2).toString()).value_or(SourceKind::Person);
    record.description = query.value(3).toString();
    record.colour = query.value(4).toString();
    record.parentId = ProjectStore::readOptionalId(query, 5);
    return record;
}

} // namespace

SourceTable::SourceTable(ProjectStore &store)
    : m_store(store)
{
}

std::optional<Id> SourceTable::addSource(const SourceRecord &source)
{
    m_store.startNewCacheGeneration(); // what find() answers may change
    const QString name = source.name.trimmed();
    if (name.isEmpty()) {
        m_store.setError(
            ProjectStore::Error::InvalidArgument, tr("A source needs a name.", "source: who a claim comes from"));
        return std::nullopt;
    }
    SqlTransaction transaction(m_store);
    if (!transaction.isActive()) {
        return std::nullopt;
    }
    const std::optional<Id> existing = find(name, source.kind);
    if (!existing) {
        return std::nullopt;
    }
    if (*existing != 0) {
        m_store.setError(ProjectStore::Error::InvalidArgument,
            tr("There is already a source called “%1”.", "source: who a claim comes from").arg(name));
        return std::nullopt;
    }
    QSqlQuery &insert = m_store.prepared(
        QStringLiteral("INSERT INTO sources (id, name, kind, description, colour, parent_id, created_at) "
                       "VALUES (:id, :name, :kind, :description, :colour, :parent, :created) RETURNING id"));
    insert.bindValue(
        QStringLiteral(":id"), source.id != 0 ? QVariant(source.id) : QVariant(QMetaType::fromType<qint64>()));
    insert.bindValue(QStringLiteral(":name"), name);
    insert.bindValue(QStringLiteral(":kind"), toString(source.kind));
    insert.bindValue(QStringLiteral(":description"), ProjectStore::text(source.description));
    insert.bindValue(QStringLiteral(":colour"), ProjectStore::text(source.colour));
    insert.bindValue(QStringLiteral(":parent"),
        source.parentId ? QVariant(*source.parentId) : QVariant(QMetaType::fromType<qint64>()));
    insert.bindValue(QStringLiteral(":created"), ProjectStore::timestamp());
    const std::optional<Id> added = m_store.insertReturningId(insert);
    if (!added) {
        return std::nullopt;
    }
    const Id id = *added;
    if (!m_store.history().record(Table, id, QStringLiteral("created"), {}, name)) {
        return std::nullopt;
    }
    for (const QString &alias : source.aliases) {
        if (!addAlias(id, alias)) {
            return std::nullopt;
        }
    }
    if (!transaction.commit()) {
        return std::nullopt;
    }
    return id;
}

std::optional<Id> SourceTable::find(const QString &name, SourceKind kind)
{
    // Two indexed lookups (name + kind, then alias) rather than one OR, which would scan every source on each
    // import of a sentence naming someone.
    const QString trimmed = name.trimmed();
    QSqlQuery &byName = m_store.prepared(QStringLiteral("SELECT id FROM sources WHERE name = :name AND kind = :kind"));
    byName.bindValue(QStringLiteral(":name"), trimmed);
    byName.bindValue(QStringLiteral(":kind"), toString(kind));
    if (!m_store.exec(byName)) {
        return std::nullopt;
    }
    Id id = byName.next() ? byName.value(0).toLongLong() : 0;
    byName.finish();
    if (id != 0) {
        return id;
    }
    QSqlQuery &byAlias = m_store.prepared(
        QStringLiteral("SELECT s.id FROM source_aliases a JOIN sources s ON s.id = a.source_id WHERE a.alias = :alias "
                       "AND s.kind = :kind ORDER BY s.id LIMIT 1"));
    byAlias.bindValue(QStringLiteral(":alias"), trimmed);
    byAlias.bindValue(QStringLiteral(":kind"), toString(kind));
    if (!m_store.exec(byAlias)) {
        return std::nullopt;
    }
    id = byAlias.next() ? byAlias.value(0).toLongLong() : 0;
    byAlias.finish();
    return id;
}

std::optional<Id> SourceTable::lookup(const QString &idOrName)
{
    const QString value = idOrName.trimmed();
    bool isNumber = false;
    const Id id = value.toLongLong(&isNumber);
    // Compared in C++, not SQL: Qt's case folding covers Cyrillic and accented names, SQLite's NOCASE only ASCII.
    const std::optional<QList<SourceRecord>> all = sources();
    if (!all) {
        return std::nullopt;
    }
    Id found = 0;
    for (const SourceRecord &s : *all) {
        const bool named
            = s.name.compare(value, Qt::CaseInsensitive) == 0 || s.aliases.contains(value, Qt::CaseInsensitive);
        if ((isNumber && s.id == id) || (!isNumber && named)) {
            found = s.id;
        }
    }
    return found;
}

std::optional<Id> SourceTable::findOrCreate(const QString &name, SourceKind kind)
{
    const std::optional<Id> existing = find(name, kind);
    if (!existing || *existing != 0) {
        return existing;
    }
    SourceRecord record;
    record.name = name;
    record.kind = kind;
    return addSource(record);
}

bool SourceTable::rename(Id sourceId, const QString &name)
{
    m_store.startNewCacheGeneration(); // what find() answers may change
    if (name.trimmed().isEmpty()) {
        m_store.setError(
            ProjectStore::Error::InvalidArgument, tr("A source needs a name.", "source: who a claim comes from"));
        return false;
    }
    return m_store.updateField(Table, sourceId, QStringLiteral("name"), name.trimmed());
}

bool SourceTable::setDescription(Id sourceId, const QString &description)
{
    return m_store.updateField(Table, sourceId, QStringLiteral("description"), description);
}

bool SourceTable::setColour(Id sourceId, const QString &colour)
{
    return m_store.updateField(Table, sourceId, QStringLiteral("colour"), colour);
}

bool SourceTable::setParent(Id sourceId, std::optional<Id> parentId)
{
    if (parentId) {
        // Walk up from the new parent: meeting sourceId would make the affiliation a loop.
        std::optional<Id> current = parentId;
        for (int depth = 0; current && depth < 1000; ++depth) {
            if (*current == sourceId) {
                m_store.setError(ProjectStore::Error::InvalidArgument,
                    tr("A source cannot be affiliated with itself or one of its own affiliates.",
                        "source: who a claim comes from"));
                return false;
            }
            const std::optional<SourceRecord> parent = source(*current);
            if (!parent) {
                return false;
            }
            current = parent->parentId;
        }
    }
    return m_store.updateField(Table, sourceId, QStringLiteral("parent_id"),
        parentId ? QVariant(*parentId) : QVariant(QMetaType::fromType<qint64>()));
}

bool SourceTable::addAlias(Id sourceId, const QString &alias)
{
    m_store.startNewCacheGeneration(); // what find() answers may change
    const QString trimmed = alias.trimmed();
    if (trimmed.isEmpty()) {
        return true;
    }
    SqlTransaction transaction(m_store);
    if (!transaction.isActive()) {
        return false;
    }
    QSqlQuery &insert = m_store.prepared(
        QStringLiteral("INSERT INTO source_aliases (source_id, alias) SELECT :id, :alias WHERE NOT EXISTS "
                       "(SELECT 1 FROM source_aliases WHERE source_id = :id2 AND alias = :alias2)"));
    insert.bindValue(QStringLiteral(":id"), sourceId);
    insert.bindValue(QStringLiteral(":alias"), trimmed);
    insert.bindValue(QStringLiteral(":id2"), sourceId);
    insert.bindValue(QStringLiteral(":alias2"), trimmed);
    if (!m_store.exec(insert)) {
        return false;
    }
    const int added = insert.numRowsAffected();
    insert.finish();
    if (added > 0 && !m_store.history().record(Table, sourceId, QStringLiteral("alias"), {}, trimmed)) {
        return false;
    }
    return transaction.commit();
}

bool SourceTable::removeAlias(Id sourceId, const QString &alias)
{
    m_store.startNewCacheGeneration(); // what find() answers may change
    SqlTransaction transaction(m_store);
    if (!transaction.isActive()) {
        return false;
    }
    QSqlQuery &remove
        = m_store.prepared(QStringLiteral("DELETE FROM source_aliases WHERE source_id = :id AND alias = :alias"));
    remove.bindValue(QStringLiteral(":id"), sourceId);
    remove.bindValue(QStringLiteral(":alias"), alias.trimmed());
    if (!m_store.exec(remove)) {
        return false;
    }
    const int removed = remove.numRowsAffected();
    remove.finish();
    if (removed > 0 && !m_store.history().record(Table, sourceId, QStringLiteral("alias"), alias.trimmed(), {})) {
        return false;
    }
    return transaction.commit();
}

bool SourceTable::merge(Id from, Id into)
{
    m_store.startNewCacheGeneration(); // what find() answers may change
    if (from == into) {
        return true;
    }
    SqlTransaction transaction(m_store);
    if (!transaction.isActive()) {
        return false;
    }
    const std::optional<SourceRecord> old = source(from);
    if (!old || !source(into)) {
        return false;
    }
    const auto run = [this](const QString &sql, Id a, Id b) {
        QSqlQuery &query = m_store.prepared(sql);
        query.bindValue(QStringLiteral(":into"), b);
        query.bindValue(QStringLiteral(":from"), a);
        const bool ok = m_store.exec(query);
        query.finish();
        return ok;
    };
    const bool moved
        = run(QStringLiteral("UPDATE attribution_hops SET source_id = :into WHERE source_id = :from"), from, into)
        && run(QStringLiteral("UPDATE sources SET parent_id = :into WHERE parent_id = :from"), from, into)
        && run(QStringLiteral("DELETE FROM source_aliases WHERE source_id = :from AND alias IN "
                              "(SELECT alias FROM source_aliases WHERE source_id = :into)"),
            from, into)
        && run(QStringLiteral("UPDATE source_aliases SET source_id = :into WHERE source_id = :from"), from, into);
    if (!moved || !addAlias(into, old->name)) {
        return false;
    }
    if (!m_store.deleteRow(Table, from)
        || !m_store.history().record(Table, from, QStringLiteral("merged_into"), old->name, into)) {
        return false;
    }
    return transaction.commit();
}

bool SourceTable::removeSource(Id sourceId)
{
    m_store.startNewCacheGeneration(); // what find() answers may change
    SqlTransaction transaction(m_store);
    if (!transaction.isActive()) {
        return false;
    }
    const std::optional<SourceRecord> old = source(sourceId);
    if (!old) {
        return false;
    }
    if (!m_store.deleteRow(Table, sourceId)) {
        // The hops' RESTRICT foreign key refuses: say so in the user's terms.
        if (m_store.error() == ProjectStore::Error::Query) {
            m_store.setError(ProjectStore::Error::InvalidArgument,
                tr("“%1” is still cited by attributions; merge it into another source instead.",
                    "source: who a claim comes from")
                    .arg(old->name));
        }
        return false;
    }
    if (!m_store.history().record(Table, sourceId, QStringLiteral("removed"), old->name, {})) {
        return false;
    }
    return transaction.commit();
}

std::optional<SourceRecord> SourceTable::source(Id sourceId)
{
    std::optional<SourceRecord> record = selectById(m_store,
        QStringLiteral("SELECT id, name, kind, description, colour, parent_id FROM sources WHERE id = :id"), sourceId,
        tr("There is no source %1.", "source: who a claim comes from").arg(sourceId), readSource);
    if (!record) {
        return std::nullopt;
    }
    const std::optional<QStringList> names = aliases(sourceId);
    if (!names) {
        return std::nullopt;
    }
    record->aliases = *names;
    return record;
}

namespace {

/// The columns of a source and its aliases (one per line), for readSources().
QString sourceColumns(const ProjectStore &store)
{
    return QStringLiteral("SELECT s.id, s.name, s.kind, s.description, s.colour, s.parent_id, (SELECT %1 FROM "
                          "source_aliases a WHERE a.source_id = s.id) FROM sources s ")
        .arg(StoreAccess::listAggregate(store, QStringLiteral("alias"), QLatin1Char('\n')));
}

} // namespace

std::optional<QList<SourceRecord>> SourceTable::readSources(QSqlQuery &select)
{
    if (!m_store.exec(select)) {
        return std::nullopt;
    }
    QList<SourceRecord> list;
    while (select.next()) {
        SourceRecord record = readSource(select);
        const QString names = select.value(6).toString();
        if (!names.isEmpty()) {
            record.aliases = names.split(QLatin1Char('\n'));
            record.aliases.sort();
        }
        list.append(record);
    }
    select.finish();
    return list;
}

std::optional<QList<SourceRecord>> SourceTable::sources()
{
    QSqlQuery &select = m_store.prepared(sourceColumns(m_store) + QLatin1StringView("ORDER BY s.kind, s.name"));
    return readSources(select);
}

std::optional<QList<SourceRecord>> SourceTable::sources(const QList<Id> &ids)
{
    if (ids.isEmpty()) {
        return QList<SourceRecord> {};
    }
    QSqlQuery &select = m_store.prepared(sourceColumns(m_store)
        + QStringLiteral("WHERE %1 ORDER BY s.kind, s.name")
            .arg(m_store.inJsonIds(QStringLiteral("s.id"), QStringLiteral(":ids"))));
    select.bindValue(QStringLiteral(":ids"), ProjectStore::jsonIds(ids));
    return readSources(select);
}

std::optional<QStringList> SourceTable::aliases(Id sourceId)
{
    QSqlQuery &select
        = m_store.prepared(QStringLiteral("SELECT alias FROM source_aliases WHERE source_id = :id ORDER BY alias"));
    select.bindValue(QStringLiteral(":id"), sourceId);
    return m_store.selectStrings(select);
}

// ---- Restoring a backup (JsonProjectImporter) ----

bool SourceTable::restoreSource(const QVariantMap &row)
{
    return m_store.insertRow(QStringLiteral("sources"),
        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("description"),
            QStringLiteral("colour"), QStringLiteral("parent_id"), QStringLiteral("created_at")},
        row);
}

bool SourceTable::restoreAlias(Id sourceId, const QString &alias)
{
    return m_store.insertRow(QStringLiteral("source_aliases"), {QStringLiteral("source_id"), QStringLiteral("alias")},
        {{QStringLiteral("source_id"), sourceId}, {QStringLiteral("alias"), alias}});
}

bool SourceTable::restoreParent(Id sourceId, Id parentId)
{
    return m_store.restoreField(Table, sourceId, QStringLiteral("parent_id"), parentId);
}

} // namespace Sourcelight
