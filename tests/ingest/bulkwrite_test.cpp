// ProjectStore's bulk write (what an import uses): the claims' source copy and both full-text indexes are filled at
// the commit instead of row by row, and the result is the same as the row-by-row triggers give, including after a
// savepoint is rolled back and when older rows change in the same transaction.
#include "../projectfixture.h"
#include "batchimporter.h"
#include "claimtable.h"
#include "fulltextsearch.h"
#include "projectimporter.h"
#include "projectstore_p.h"
#include "sourcetable.h"
#include "sqltransaction.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Sourcelight;

namespace {

// Our own wire copy: officials, outlets, anonymous sources, the writer's voice; one article per topic.
QString article(const QString &topic, int number)
{
    return QStringLiteral(
        "---\ntitle: %1 report %2\noutlet: Harbour Wire\nurl: https://wire.invalid/%2\nlanguage: en\n---\n\n"
        "Talks on the %1 resumed in Tallinn on Monday. "
        "Port director Ilse Marten said the %1 would reopen within %2 days. "
        "\"Nobody wants a second winter of this,\" Senator Paul Okafor told reporters. "
        "Two officials familiar with the talks said the ferry operators had asked for guarantees, Reuters reported. "
        "Speaking on condition of anonymity, a senior diplomat said the %1 tariff was still disputed.\n\n"
        "Freight volumes fell %3 percent in the quarter, according to the statistics office. "
        "The ministry declined to comment on the %1.\n")
        .arg(topic)
        .arg(number)
        .arg(number * 3);
}

ClaimRecord claimOn(Id sentenceId, const QString &note = {})
{
    ClaimRecord claim;
    claim.sentenceId = sentenceId;
    claim.note = note;
    return claim;
}

qint64 scalar(ProjectStore &store, const QString &sql)
{
    QSqlQuery query(StoreAccess::database(store));
    if (!query.exec(sql) || !query.next()) {
        qWarning() << sql << query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

QList<QVariantList> rows(ProjectStore &store, const QString &sql)
{
    QSqlQuery query(StoreAccess::database(store));
    QList<QVariantList> result;
    if (!query.exec(sql)) {
        qWarning() << sql << query.lastError().text();
        return result;
    }
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < query.record().count(); ++i) {
            row.append(query.value(i));
        }
        result.append(row);
    }
    return result;
}

// Claims whose copy of their sentence's source differs from what the view (the triggers' definition) gives.
qint64 staleSourceCopies(ProjectStore &store)
{
    return scalar(store,
        QStringLiteral("SELECT count(*) FROM claims c WHERE c.source_id IS NOT (SELECT e.source_id FROM "
                       "sentence_sources e WHERE e.sentence_id = c.sentence_id) OR c.source_anonymous <> COALESCE("
                       "(SELECT e.anonymous FROM sentence_sources e WHERE e.sentence_id = c.sentence_id), 0)"));
}

qint64 sentencesWithoutIndex(ProjectStore &store)
{
    return scalar(store,
        QStringLiteral("SELECT count(*) FROM sentences s WHERE NOT EXISTS "
                       "(SELECT 1 FROM sentence_fts f WHERE f.rowid = s.id)"));
}

// Every claim has exactly one entry in claim_fts, and a word finds the claims whose sentence or note holds it.
void verifyClaimIndex(ProjectStore &store, const QStringList &words)
{
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM claim_fts_docsize")),
        scalar(store, QStringLiteral("SELECT count(*) FROM claims")));
    const QList<QVariantList> claims = rows(
        store, QStringLiteral("SELECT c.id, s.id, c.note FROM claims c JOIN sentences s ON s.id = c.sentence_id"));
    for (const QString &word : words) {
        const QRegularExpression whole(QStringLiteral("\\b%1\\b").arg(word), QRegularExpression::CaseInsensitiveOption);
        QSet<Id> expected;
        for (const QVariantList &claim : claims) {
            const QString text = store.documents().sentenceText(claim.at(1).toLongLong()).value_or(QString());
            if (text.contains(whole) || claim.at(2).toString().contains(whole)) {
                expected.insert(claim.at(0).toLongLong());
            }
        }
        const std::optional<QList<Id>> found = store.fullText().matchingClaims(word);
        QVERIFY(found);
        QCOMPARE(QSet<Id>(found->cbegin(), found->cend()), expected);
    }
}

} // namespace

class BulkWriteTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QStringList writeArticles(int count)
    {
        static const QStringList topics = {QStringLiteral("grain corridor"), QStringLiteral("ferry strike"),
            QStringLiteral("border crossing"), QStringLiteral("fuel subsidy")};
        QStringList files;
        for (int i = 0; i < count; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("article-%1.md").arg(i));
            QFile file(path);
            const QByteArray bytes = article(topics.at(i % topics.size()), i + 1).toUtf8();
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
                return {};
            }
            files.append(path);
        }
        return files;
    }

private Q_SLOTS:
    void folderImportMatchesTheRowByRowTriggers()
    {
        const QStringList files = writeArticles(9);
        QCOMPARE(files.size(), 9);
        // The reference: a schema-5 project, where every row fires its triggers as it is written.
        const QString reference = m_dir.filePath(QStringLiteral("reference.sourcelight"));
        {
            ProjectStore store;
            QVERIFY(store.open(reference, ProjectStore::OpenMode::CreateIfMissing, 5));
            ProjectImporter importer(store);
            for (const QString &file : files) {
                QCOMPARE(toString(importer.importFile(file).status), toString(ImportStatus::Imported));
            }
            QVERIFY(!store.isBulkWriting());
        }
        const QString bulk = m_dir.filePath(QStringLiteral("bulk.sourcelight"));
        QFuture<ImportResult> future = BatchImporter::start(bulk, files);
        future.waitForFinished();
        for (const ImportResult &result : future.results()) {
            QVERIFY2(result.status == ImportStatus::Imported, qPrintable(result.message));
        }

        ProjectStore expected;
        QVERIFY(expected.open(reference, ProjectStore::OpenMode::OpenExisting, 5));
        ProjectStore store;
        QVERIFY(store.open(bulk));
        QVERIFY(scalar(store, QStringLiteral("SELECT count(*) FROM claims")) >= 9 * 4);
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM bulk_import")), 0);
        QCOMPARE(staleSourceCopies(store), 0);
        QCOMPARE(sentencesWithoutIndex(store), 0);
        const QString claimSources
            = QStringLiteral("SELECT c.id, c.sentence_id, s.name, c.source_anonymous FROM claims c LEFT JOIN sources s "
                             "ON s.id = c.source_id ORDER BY c.id");
        QCOMPARE(rows(store, claimSources), rows(expected, claimSources));
        const QStringList words = {QStringLiteral("ferry"), QStringLiteral("tariff"), QStringLiteral("talks"),
            QStringLiteral("reporters"), QStringLiteral("freight")};
        verifyClaimIndex(store, words);
        for (const QString &word : words) {
            QCOMPARE(store.fullText().matchingClaims(word), expected.fullText().matchingClaims(word));
            QCOMPARE(
                store.fullText().matchingSentences(word)->size(), expected.fullText().matchingSentences(word)->size());
        }
        QVERIFY(rows(store, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
        QVERIFY(store.checkIntegrity());
    }

    void savepointRollbackInsideABulkWrite()
    {
        ProjectStore store;
        QVERIFY(store.open(
            m_dir.filePath(QStringLiteral("rollback.sourcelight")), ProjectStore::OpenMode::CreateIfMissing));
        SqlTransaction outer(store);
        QVERIFY(outer.isActive());
        {
            // A bulk write begun inside a savepoint goes with it.
            SqlTransaction file(store);
            QVERIFY(store.beginBulkWrite());
            QVERIFY(store.isBulkWriting());
            QVERIFY(Fixture::addArticle(store, QStringLiteral("Rolled back")) > 0);
            file.rollback();
        }
        QVERIFY(!store.isBulkWriting());
        QVERIFY(store.beginBulkWrite());
        QList<Id> kept;
        QVERIFY(Fixture::addArticle(store, QStringLiteral("Kept"), &kept) > 0);
        {
            // A file rolled back inside a bulk write begun outside it: the bulk write goes on, its staged text not.
            SqlTransaction file(store);
            QVERIFY(Fixture::addArticle(store, QStringLiteral("Also rolled back")) > 0);
            file.rollback();
        }
        QVERIFY(store.isBulkWriting());
        QVERIFY(store.claims().addClaims({claimOn(kept.at(2), QStringLiteral("check the wire copy"))}));
        QVERIFY(outer.commit());
        QVERIFY(!store.isBulkWriting());

        QCOMPARE(store.documents().count().value_or(-1), 1);
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM sentence_fts")),
            scalar(store, QStringLiteral("SELECT count(*) FROM sentences")));
        QCOMPARE(sentencesWithoutIndex(store), 0);
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM bulk_import")), 0);
        QCOMPARE(staleSourceCopies(store), 0);
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM claims WHERE source_id IS NOT NULL")), 1);
        verifyClaimIndex(store, {QStringLiteral("kirby"), QStringLiteral("wire"), QStringLiteral("convoy")});
    }

    void olderRowsStayCurrentDuringABulkWrite()
    {
        ProjectStore store;
        QVERIFY(
            store.open(m_dir.filePath(QStringLiteral("older.sourcelight")), ProjectStore::OpenMode::CreateIfMissing));
        QVERIFY(store.setReviewer(QStringLiteral("Ana")));
        QList<Id> old;
        QVERIFY(Fixture::addArticle(store, QStringLiteral("Earlier"), &old) > 0);
        const std::optional<QList<Id>> oldClaims
            = store.claims().addClaims({claimOn(old.at(1)), claimOn(old.at(3)), claimOn(old.at(4))});
        QVERIFY(oldClaims);

        SqlTransaction transaction(store);
        QVERIFY(store.beginBulkWrite());
        QList<Id> fresh;
        QVERIFY(Fixture::addArticle(store, QStringLiteral("Later"), &fresh) > 0);
        const std::optional<QList<Id>> newClaims
            = store.claims().addClaims({claimOn(fresh.at(1)), claimOn(fresh.at(2)), claimOn(fresh.at(4))});
        QVERIFY(newClaims);
        // An older sentence gets the analyst's attribution: its claim's copy follows at once (trigger).
        AttributionRecord human;
        human.origin = AttributionOrigin::Edited;
        human.scope = AttributionScope::Explicit;
        const std::optional<Id> ministry
            = store.sources().findOrCreate(QStringLiteral("the Ministry"), SourceKind::OfficialBody);
        QVERIFY(ministry);
        AttributionHop hop;
        hop.sourceId = *ministry;
        human.hops.append(hop);
        QVERIFY(store.attributions().setHumanAttribution(old.at(1), human));
        // A new claim on an older sentence, a note on a new claim, a new claim removed again, a note on an old one.
        QVERIFY(store.claims().addClaims({claimOn(old.at(0), QStringLiteral("harbour"))}));
        QVERIFY(store.claims().setNote(newClaims->at(0), QStringLiteral("lighthouse")));
        QVERIFY(store.claims().removeClaim(newClaims->at(2)));
        QVERIFY(store.claims().setNote(oldClaims->at(2), QStringLiteral("quayside")));
        // An older claim moved onto a new sentence (nothing in the app does this yet; the triggers allow it), which
        // then gets the analyst's attribution: the copy is the one the bulk write fills at the end.
        QSqlQuery move(StoreAccess::database(store));
        QVERIFY(move.exec(
            QStringLiteral("UPDATE claims SET sentence_id = %1 WHERE id = %2").arg(fresh.at(3)).arg(oldClaims->at(1))));
        QVERIFY(store.attributions().setHumanAttribution(fresh.at(3), human));
        QVERIFY(transaction.commit());

        QCOMPARE(staleSourceCopies(store), 0);
        QCOMPARE(sentencesWithoutIndex(store), 0);
        QCOMPARE(store.claims().claim(oldClaims->at(0))->sentenceId, old.at(1));
        for (const Id moved : {oldClaims->at(0), oldClaims->at(1)}) {
            QCOMPARE(scalar(store, QStringLiteral("SELECT source_id FROM claims WHERE id = %1").arg(moved)), *ministry);
        }
        verifyClaimIndex(store,
            {QStringLiteral("harbour"), QStringLiteral("lighthouse"), QStringLiteral("quayside"),
                QStringLiteral("disputed"), QStringLiteral("kirby"), QStringLiteral("prices"),
                QStringLiteral("convoy")});
        QCOMPARE(store.fullText().matchingClaims(QStringLiteral("disputed"))->size(), 1); // the moved claim only
        QVERIFY(rows(store, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
    }

    void anUnfinishedBulkWriteIsCompletedOnOpen()
    {
        // Should a bulk write's marker ever be committed (SqlTransaction finishes every one before COMMIT, and stops
        // a transaction SQLite may have rolled back by itself), the triggers stand aside from then on; the next
        // open finishes the write, indexing the sentences whose staged text was lost.
        const QString file = m_dir.filePath(QStringLiteral("unfinished.sourcelight"));
        QList<Id> fresh;
        Id lateClaim = 0;
        {
            ProjectStore store;
            QVERIFY(store.open(file, ProjectStore::OpenMode::CreateIfMissing));
            QVERIFY(Fixture::addArticle(store, QStringLiteral("Before")) > 0);
            QSqlQuery marker(StoreAccess::database(store));
            QVERIFY(marker.exec(
                QStringLiteral("INSERT INTO bulk_import (sentence_mark, claim_mark) SELECT "
                               "(SELECT max(id) FROM sentences), (SELECT COALESCE(max(id), 0) FROM claims)")));
            QVERIFY(Fixture::addArticle(store, QStringLiteral("After"), &fresh) > 0);
            const std::optional<QList<Id>> claims
                = store.claims().addClaims({claimOn(fresh.at(1)), claimOn(fresh.at(2))});
            QVERIFY(claims);
            lateClaim = claims->at(1);
            QVERIFY(store.claims().setNote(lateClaim, QStringLiteral("lighthouse")));
            // The staged text of a bulk write that never finished is gone with its connection.
            QVERIFY(marker.exec(QStringLiteral("DELETE FROM sentence_fts WHERE rowid >= %1").arg(fresh.first())));
            QCOMPARE(staleSourceCopies(store), 2);
        }
        ProjectStore store;
        QVERIFY2(store.open(file), qPrintable(store.errorString()));
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM bulk_import")), 0);
        QCOMPARE(staleSourceCopies(store), 0);
        QCOMPARE(sentencesWithoutIndex(store), 0);
        verifyClaimIndex(store, {QStringLiteral("lighthouse"), QStringLiteral("kirby"), QStringLiteral("official")});
        // And the triggers keep the next claim again.
        const std::optional<Id> next = store.claims().addClaim(claimOn(fresh.at(4), QStringLiteral("quayside")));
        QVERIFY(next);
        QCOMPARE(staleSourceCopies(store), 0);
        QCOMPARE(store.fullText().matchingClaims(QStringLiteral("quayside")), QList<Id> {*next});
    }

    void aGivenSourceCopyIsCheckedAtTheCommit()
    {
        // An importer passes each new claim's source copy (from the suggestions it stored); a wrong one, or one made
        // wrong by an analyst's attribution written later in the same bulk write, is put right before the commit.
        ProjectStore store;
        QVERIFY(
            store.open(m_dir.filePath(QStringLiteral("given.sourcelight")), ProjectStore::OpenMode::CreateIfMissing));
        const std::optional<Id> ministry
            = store.sources().findOrCreate(QStringLiteral("the Ministry"), SourceKind::OfficialBody);
        QVERIFY(ministry);
        SqlTransaction transaction(store);
        QVERIFY(store.beginBulkWrite());
        QList<Id> fresh;
        QVERIFY(Fixture::addArticle(store, QStringLiteral("Given"), &fresh) > 0);
        QList<ClaimRecord> claims;
        for (const Id sentence : fresh) {
            ClaimRecord claim = claimOn(sentence);
            claim.sourceId = *ministry; // right for none of them
            claim.sourceAnonymous = true;
            claims.append(claim);
        }
        const std::optional<QList<Id>> ids = store.claims().addClaims(claims);
        QVERIFY(ids);
        QCOMPARE(staleSourceCopies(store), fresh.size()); // as given, until the commit
        AttributionRecord human;
        human.origin = AttributionOrigin::Edited;
        human.scope = AttributionScope::Explicit;
        AttributionHop hop;
        hop.sourceId = *ministry;
        human.hops.append(hop);
        QVERIFY(store.attributions().setHumanAttribution(fresh.at(0), human));
        QVERIFY(transaction.commit());
        QCOMPARE(staleSourceCopies(store), 0);
        QCOMPARE(store.claims().claim(ids->at(0))->sourceId, *ministry);
        QVERIFY(!store.claims().claim(ids->at(0))->sourceAnonymous);
        QVERIFY(store.claims().claim(ids->at(1))->sourceId != ministry);

        // Outside a bulk write the trigger works the copy out, whatever was given.
        ClaimRecord again = claimOn(fresh.at(1));
        again.sourceId = *ministry;
        QVERIFY(store.claims().addClaims({again}));
        QCOMPARE(staleSourceCopies(store), 0);
    }

    void aNoteChangesWhatFindsTheClaim()
    {
        // Outside a bulk write the triggers keep claim_fts current as the note changes, clearing it included (a
        // cleared field comes as a null string; the column is NOT NULL).
        ProjectStore store;
        QVERIFY(
            store.open(m_dir.filePath(QStringLiteral("notes.sourcelight")), ProjectStore::OpenMode::CreateIfMissing));
        QList<Id> sentences;
        QVERIFY(Fixture::addArticle(store, QStringLiteral("Notes"), &sentences) > 0);
        const QString sentenceWord = QStringLiteral("kirby");
        const Id sentence = sentences.at(2);
        QVERIFY(store.documents().sentenceText(sentence)->contains(QStringLiteral("Kirby")));
        const std::optional<Id> claim = store.claims().addClaim(claimOn(sentence));
        QVERIFY(claim);
        const auto indexed
            = [&store] { return scalar(store, QStringLiteral("SELECT count(*) FROM claim_fts_docsize")); };
        QCOMPARE(indexed(), 1);
        QCOMPARE(store.fullText().matchingClaims(sentenceWord), QList<Id> {*claim});

        QVERIFY(store.claims().setNote(*claim, QStringLiteral("lighthouse")));
        QCOMPARE(indexed(), 1);
        QCOMPARE(store.fullText().matchingClaims(QStringLiteral("lighthouse")), QList<Id> {*claim});
        QCOMPARE(store.fullText().matchingClaims(sentenceWord), QList<Id> {*claim});
        QCOMPARE(store.fullText().matchingClaims(QStringLiteral("lighthouse kirby")), QList<Id> {*claim});

        QVERIFY2(store.claims().setNote(*claim, QString()), qPrintable(store.errorString()));
        QCOMPARE(store.claims().claim(*claim)->note, QString());
        QCOMPARE(indexed(), 1);
        QVERIFY(store.fullText().matchingClaims(QStringLiteral("lighthouse"))->isEmpty());
        QCOMPARE(store.fullText().matchingClaims(sentenceWord), QList<Id> {*claim});

        QVERIFY(store.claims().setNote(*claim, QStringLiteral("quayside")));
        QVERIFY(store.claims().removeClaim(*claim));
        QCOMPARE(indexed(), 0);
        QVERIFY(store.fullText().matchingClaims(QStringLiteral("quayside"))->isEmpty());
        QVERIFY(store.fullText().matchingClaims(sentenceWord)->isEmpty());
    }

    void sourceIdsAreRememberedOnlyWhileTheyHold()
    {
        // The importer's suggestions resolve each source name once per transaction; a rollback or a renamed source
        // makes them look again.
        ProjectStore store;
        QVERIFY(store.open(
            m_dir.filePath(QStringLiteral("remembered.sourcelight")), ProjectStore::OpenMode::CreateIfMissing));
        QList<Id> sentences;
        QVERIFY(Fixture::addArticle(store, QStringLiteral("Remembered"), &sentences) > 0);
        const auto naming = [](const QString &name) {
            AttributionSuggestion suggestion;
            suggestion.source = Fixture::mention(name, SourceKind::OfficialBody);
            suggestion.cueText = QStringLiteral("said");
            suggestion.scope = AttributionScope::Explicit;
            return suggestion;
        };
        const auto firstHopSource = [&store](Id sentence) {
            return scalar(store,
                QStringLiteral("SELECT h.source_id FROM attributions a JOIN attribution_hops h ON h.attribution_id = "
                               "a.id AND h.position = 0 WHERE a.sentence_id = %1 AND a.origin = 'suggested'")
                    .arg(sentence));
        };
        SqlTransaction outer(store);
        {
            SqlTransaction file(store); // creates the source, then is undone
            QVERIFY(
                store.attributions().storeSuggestions({sentences.at(0)}, {naming(QStringLiteral("Port Authority"))}));
            file.rollback();
        }
        QVERIFY2(store.attributions().storeSuggestions({sentences.at(1)}, {naming(QStringLiteral("Port Authority"))}),
            qPrintable(store.errorString()));
        const Id authority = firstHopSource(sentences.at(1));
        QCOMPARE(
            store.sources().find(QStringLiteral("Port Authority"), SourceKind::OfficialBody).value_or(0), authority);
        QVERIFY(store.sources().rename(authority, QStringLiteral("Harbour Board")));
        QVERIFY(store.attributions().storeSuggestions({sentences.at(3)}, {naming(QStringLiteral("Port Authority"))}));
        QVERIFY(outer.commit());
        const Id again = firstHopSource(sentences.at(3));
        QVERIFY(again > 0 && again != authority); // a new "Port Authority", not the renamed one
        QCOMPARE(store.sources().source(again)->name, QStringLiteral("Port Authority"));
        QVERIFY(rows(store, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
    }

    void olderProjectsKeepTheRowByRowTriggers()
    {
        ProjectStore store;
        QVERIFY(
            store.open(m_dir.filePath(QStringLiteral("v5.sourcelight")), ProjectStore::OpenMode::CreateIfMissing, 5));
        SqlTransaction transaction(store);
        QVERIFY(store.beginBulkWrite());
        QVERIFY(!store.isBulkWriting());
        QVERIFY(Fixture::addArticle(store, QStringLiteral("Old format")) > 0);
        QVERIFY(transaction.commit());
        QCOMPARE(sentencesWithoutIndex(store), 0);
        // Outside a transaction there is nothing to write in bulk.
        QVERIFY(!store.beginBulkWrite());
        QCOMPARE(store.error(), ProjectStore::Error::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(BulkWriteTest)
#include "bulkwrite_test.moc"
