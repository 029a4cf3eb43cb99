#pragma once

// What the store tests share.

#include "../testprojects.h"
#include "claimtable.h"
#include "codebook.h"
#include "projectqueries.h"
#include "projectstore.h"
#include "projectstore_p.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace Sourcelight::StoreTest {

/// The claims the Claims dock lists for filter, in document order (as ProjectQueries gives them to the product).
inline std::optional<QList<Id>> findClaims(ProjectStore &store, const ClaimFilter &filter)
{
    ClaimQuery query;
    query.filter = filter;
    const std::optional<QList<ClaimRow>> rows = ProjectQueries::claimRows(store, query, 0, 1000);
    if (!rows) {
        return std::nullopt;
    }
    QList<Id> ids;
    for (const ClaimRow &row : *rows) {
        ids.append(row.claimId);
    }
    return ids;
}

/// A new project for the test function that runs (and its data row, if any: one project a row), in dir; null (and a
/// warning) when it cannot be created.
inline std::unique_ptr<ProjectStore> createForTestFunction(const QTemporaryDir &dir)
{
    auto store = std::make_unique<ProjectStore>();
    const QString name = QString::fromLatin1(QTest::currentTestFunction())
        + QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".sourcelight");
    if (!store->open(TestProjects::newProject(dir, name), ProjectStore::OpenMode::CreateIfMissing)) {
        qWarning() << "cannot create" << name << store->errorString();
        return nullptr;
    }
    return store;
}

/// A new project for each test function (and data row), in a temporary folder of the test's own: what the store
/// tests' init() makes. Used as the store itself (->, *) once created.
class FreshStore final
{
public:
    /// Creates the project for the test function that runs, with the reviewer set when one is given (the history
    /// names who made each change); false when it cannot.
    bool create(const QString &reviewer = {})
    {
        m_store = createForTestFunction(m_dir);
        return m_store && (reviewer.isEmpty() || m_store->setReviewer(reviewer));
    }

    /// Closes the project and opens it again on a new connection, with the reviewer set.
    bool reopen(const QString &reviewer)
    {
        const QString path = m_store->path();
        m_store = std::make_unique<ProjectStore>();
        return m_store->open(path) && m_store->setReviewer(reviewer);
    }

    void reset() { m_store.reset(); }

    ProjectStore *operator->() const { return m_store.get(); }
    ProjectStore &operator*() const { return *m_store; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
};

/// Adds claim tagged "follow up" (a new tag) and with the briefing transcript as evidence (evidenceNote its note): a
/// claim with rows in every claim table, for the tests that remove or move claims and check each row comes back.
/// Its id; nothing when a step fails.
inline std::optional<Id> addTaggedClaimWithEvidence(
    ProjectStore &store, ClaimRecord claim, const QString &evidenceNote = {})
{
    TagRecord tag;
    tag.name = QStringLiteral("follow up");
    const std::optional<Id> tagId = store.codebook().addTag(tag);
    if (!tagId) {
        return std::nullopt;
    }
    claim.tagIds = {*tagId};
    const std::optional<Id> claimId = store.claims().addClaim(claim);
    if (!claimId) {
        return std::nullopt;
    }
    EvidenceRecord evidence;
    evidence.claimId = *claimId;
    evidence.url = QStringLiteral("https://example.org/transcript");
    evidence.note = evidenceNote;
    if (!store.claims().addEvidence(evidence)) {
        return std::nullopt;
    }
    return claimId;
}

/// Every row of tables, each value as SQL quotes it (type and value exactly), in a stable order, then the sentence
/// text index: what a test compares before an edit and after its undo.
inline QStringList dumpTables(ProjectStore &store, const QStringList &tables)
{
    QStringList lines;
    QSqlDatabase db = StoreAccess::database(store);
    for (const QString &table : tables) {
        QSqlQuery columns(db);
        columns.exec(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(table));
        const QSqlRecord record = columns.record();
        QStringList quoted;
        for (int c = 0; c < record.count(); ++c) {
            // SQLite's quote() and PostgreSQL's quote_nullable() show type and value (5, '5' and NULL differ).
            quoted
                << QString::fromLatin1(store.onServer() ? "quote_nullable(%1)" : "quote(%1)").arg(record.fieldName(c));
        }
        QSqlQuery rows(db);
        if (!rows.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                    .arg(quoted.join(QLatin1Char(',')), table, quoted.join(QLatin1Char(','))))) {
            qFatal("dump %s", qPrintable(table));
        }
        while (rows.next()) {
            QStringList values;
            for (int c = 0; c < record.count(); ++c) {
                values << rows.value(c).toString();
            }
            lines << table + QLatin1Char(':') + values.join(QLatin1Char('|'));
        }
    }
    QSqlQuery fts(db);
    fts.exec(store.onServer() ? QStringLiteral("SELECT id, body FROM sentence_fts ORDER BY id")
                              : QStringLiteral("SELECT rowid, body FROM sentence_fts ORDER BY rowid"));
    while (fts.next()) {
        lines << QStringLiteral("sentence_fts:%1|%2").arg(fts.value(0).toString(), fts.value(1).toString());
    }
    return lines;
}

} // namespace Sourcelight::StoreTest
