// DocumentSnapshot: removing a document and putting it back gives exactly the rows it had — every column, every id —
// with foreign keys intact, its text found by search again, older versions linked again, and a history line for
// each step; a restore that would collide with something added since fails and changes nothing.
#include "../acceptsuggestion.h"
#include "../historyof.h"
#include "../projectfixture.h"
#include "attributiontable.h"
#include "claimtable.h"
#include "codebook.h"
#include "documentsnapshot.h"
#include "documenttable.h"
#include "fulltextsearch.h"
#include "projectstore_p.h"
#include "sourcetable.h"
#include "storetest.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Sourcelight;

namespace {

const QStringList Tables = {QStringLiteral("documents"), QStringLiteral("sentences"), QStringLiteral("attributions"),
    QStringLiteral("attribution_hops"), QStringLiteral("claims"), QStringLiteral("claim_tags"),
    QStringLiteral("evidence")};

QStringList dump(ProjectStore &store)
{
    return StoreTest::dumpTables(store, Tables);
}

QStringList pragmaRows(ProjectStore &store, const QString &pragma)
{
    if (store.onServer()) {
        // PostgreSQL checks every foreign key as it writes, and its pages as it reads them: what SQLite's checks
        // would find cannot be there.
        return pragma == QLatin1String("integrity_check") ? QStringList {QStringLiteral("ok")} : QStringList {};
    }
    QSqlQuery query(StoreAccess::database(store));
    QStringList rows;
    if (!query.exec(QStringLiteral("PRAGMA %1").arg(pragma))) {
        return {QStringLiteral("failed")};
    }
    while (query.next()) {
        QStringList values;
        for (int c = 0; c < query.record().count(); ++c) {
            values << query.value(c).toString();
        }
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

} // namespace

class DocumentSnapshotTest : public QObject
{
    Q_OBJECT

private:
    StoreTest::FreshStore m_store;
    Id m_older = 0;
    Id m_removed = 0;
    Id m_kept = 0;
    QList<Id> m_sentences;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_store.create(QStringLiteral("Ana")));
        m_older = Fixture::addArticle(*m_store, QStringLiteral("Convoy (first version)"));
        m_removed = Fixture::addArticle(*m_store, QStringLiteral("Convoy"), &m_sentences);
        m_kept = Fixture::addArticle(*m_store, QStringLiteral("Other"));
        QVERIFY(m_older && m_removed && m_kept);
        QVERIFY(m_store->documents().setSupersededBy(m_older, m_removed));

        // What an analyst did on it: a decision, a claim with a note, a tag and evidence, a span claim.
        QVERIFY(TestSupport::acceptSuggestion(*m_store, m_sentences.at(2)));
        ClaimRecord claim;
        claim.sentenceId = m_sentences.at(2);
        claim.verdict = Verdict::Disputed;
        claim.confidence = 0.75;
        claim.note = QStringLiteral("Kirby's timeline — check the transcript");
        QVERIFY(StoreTest::addTaggedClaimWithEvidence(*m_store, claim, QStringLiteral("briefing")));
        ClaimRecord span;
        span.sentenceId = m_sentences.at(4);
        const qsizetype start = m_store->documents().sentence(m_sentences.at(4))->span.start;
        span.span = {start, start + 6};
        span.type = ClaimType::Statistic;
        QVERIFY(m_store->claims().addClaim(span));
    }

    void cleanup() { m_store.reset(); }

    /// The removed article's fourth sentence, decided by the analyst as resting on this source alone: no other
    /// attribution cites it.
    bool citeOnly(Id sourceId)
    {
        AttributionRecord decided;
        decided.origin = AttributionOrigin::Edited;
        decided.scope = AttributionScope::Explicit;
        AttributionHop hop;
        hop.sourceId = sourceId;
        decided.hops = {hop};
        return m_store->attributions().setHumanAttribution(m_sentences.at(3), decided).has_value();
    }

    void countsWhatWouldBeLost()
    {
        const std::optional<DocumentContents> contents = DocumentSnapshot::count(*m_store, m_removed);
        QVERIFY(contents);
        QCOMPARE(contents->sentences, qint64(Fixture::Lines.size()));
        QCOMPARE(contents->claims, 2);
        QCOMPARE(contents->attributions, 1); // the decision; suggestions are not counted
        QCOMPARE(DocumentSnapshot::count(*m_store, m_kept)->claims, 0);
    }

    void removeAndRestoreGivesIdenticalRows()
    {
        const QStringList before = dump(*m_store);
        const auto search = [this](const QString &words) {
            QList<Id> found = m_store->fullText().matchingSentences(words).value_or(QList<Id> {-1});
            std::sort(found.begin(), found.end());
            return found;
        };
        const auto claimSearch = [this](const QString &words) {
            return m_store->fullText().matchingClaims(words).value_or(QList<Id> {-1});
        };
        const QList<Id> foundBefore = search(QStringLiteral("Convoy"));
        QCOMPARE(claimSearch(QStringLiteral("transcript")).size(), 1);

        std::optional<DocumentSnapshot> snapshot = DocumentSnapshot::take(*m_store, m_removed);
        QVERIFY(snapshot);
        QCOMPARE(snapshot->title(), QStringLiteral("Convoy"));
        QCOMPARE(snapshot->description(), QStringLiteral("“Convoy” (5 sentences, 2 claims)"));
        QVERIFY2(snapshot->remove(*m_store), qPrintable(m_store->errorString()));

        QVERIFY(!m_store->documents().document(m_removed));
        QVERIFY(m_store->documents().sentences(m_removed)->isEmpty());
        QVERIFY(claimSearch(QStringLiteral("transcript")).isEmpty());
        QVERIFY(foundBefore.contains(m_sentences.first()));
        QVERIFY(!search(QStringLiteral("Convoy")).contains(m_sentences.first()));
        QCOMPARE(pragmaRows(*m_store, QStringLiteral("foreign_key_check")), QStringList {});
        // The older version is current again.
        QVERIFY(!m_store->documents().document(m_older)->supersededBy);
        QCOMPARE(m_store->documents().count().value_or(0), 2);

        // Still gone after reopening.
        QVERIFY(m_store.reopen(QStringLiteral("Bo")));
        QVERIFY(!m_store->documents().document(m_removed));

        QVERIFY2(snapshot->restore(*m_store), qPrintable(m_store->errorString()));
        QCOMPARE(dump(*m_store), before);
        QCOMPARE(pragmaRows(*m_store, QStringLiteral("foreign_key_check")), QStringList {});
        QCOMPARE(pragmaRows(*m_store, QStringLiteral("integrity_check")), QStringList {QStringLiteral("ok")});
        QCOMPARE(search(QStringLiteral("Convoy")), foundBefore);
        QCOMPARE(claimSearch(QStringLiteral("transcript")).size(), 1);
        QCOMPARE(m_store->documents().document(m_older)->supersededBy.value_or(0), m_removed);

        // History: who removed it and what it held, who put it back.
        const QList<HistoryEntry> history = TestSupport::historyOf(*m_store, QStringLiteral("documents"), m_removed);
        QVERIFY(history.size() >= 3);
        const HistoryEntry &removed = history.at(history.size() - 2);
        QCOMPARE(removed.field, QStringLiteral("removed"));
        QCOMPARE(removed.oldValue.value_or(QString()), QStringLiteral("“Convoy” (5 sentences, 2 claims)"));
        QVERIFY(!removed.newValue);
        QCOMPARE(removed.reviewerName, QStringLiteral("Ana"));
        QCOMPARE(history.last().field, QStringLiteral("restored"));
        QCOMPARE(history.last().newValue.value_or(QString()), QStringLiteral("“Convoy” (5 sentences, 2 claims)"));
        QCOMPARE(history.last().reviewerName, QStringLiteral("Bo"));

        // And it can go again.
        const std::optional<DocumentSnapshot> again = DocumentSnapshot::take(*m_store, m_removed);
        QVERIFY(again && again->remove(*m_store));
    }

    void restoreRefusesTakenIds()
    {
        std::optional<DocumentSnapshot> snapshot = DocumentSnapshot::take(*m_store, m_removed);
        QVERIFY(snapshot && snapshot->remove(*m_store));
        // Removing the newest claims frees their ids; a claim made now takes one of them.
        ClaimRecord claim;
        claim.sentenceId = m_store->documents().sentences(m_kept)->first().id;
        const std::optional<Id> added = m_store->claims().addClaim(claim);
        QVERIFY(added);
        if (m_store->onServer()) {
            // A server's sequences never hand an id out twice: the new claim has an id of its own, and the document
            // comes back whole.
            QVERIFY2(snapshot->restore(*m_store), qPrintable(m_store->errorString()));
            QVERIFY(m_store->documents().document(m_removed));
            QVERIFY(m_store->claims().claim(*added));
            return;
        }
        const QStringList before = dump(*m_store);
        QVERIFY(!snapshot->restore(*m_store));
        QCOMPARE(m_store->error(), ProjectStore::Error::InvalidArgument);
        QVERIFY2(m_store->errorString().contains(QStringLiteral("“Convoy”")), qPrintable(m_store->errorString()));
        QCOMPARE(dump(*m_store), before); // nothing half put back
        QVERIFY(!m_store->documents().document(m_removed));
    }

    // What the rows cite outside the document may go while it is removed: the sources (once no attribution cites
    // them they can be deleted or merged) and the tags (deleting one drops it from claims). Putting the document
    // back must neither fail on a foreign key nor point at something else.
    void restorePutsBackSourcesAndTagsDeletedSince()
    {
        SourceRecord pilot;
        pilot.name = QStringLiteral("Ines Vaz");
        pilot.kind = SourceKind::Person;
        pilot.description = QStringLiteral("harbour pilot");
        pilot.aliases = {QStringLiteral("pilot Vaz")};
        const std::optional<Id> pilotId = m_store->sources().addSource(pilot);
        QVERIFY(pilotId);
        QVERIFY(citeOnly(*pilotId));
        const Id followUp = *m_store->codebook().find(QStringLiteral("follow up"));
        const QStringList before = dump(*m_store);

        std::optional<DocumentSnapshot> snapshot = DocumentSnapshot::take(*m_store, m_removed);
        QVERIFY(snapshot && snapshot->remove(*m_store));
        QVERIFY2(m_store->sources().removeSource(*pilotId), qPrintable(m_store->errorString()));
        QVERIFY(m_store->codebook().removeTag(followUp));

        QVERIFY2(snapshot->restore(*m_store), qPrintable(m_store->errorString()));
        QCOMPARE(dump(*m_store), before); // every row under its own id, the hop on the same source id
        const std::optional<SourceRecord> back = m_store->sources().source(*pilotId);
        QVERIFY(back);
        QCOMPARE(back->name, pilot.name);
        QCOMPARE(back->description, pilot.description);
        QCOMPARE(back->aliases, pilot.aliases);
        QCOMPARE(m_store->codebook().find(QStringLiteral("follow up")).value_or(0), followUp);
        QCOMPARE(pragmaRows(*m_store, QStringLiteral("foreign_key_check")), QStringList {});
        QCOMPARE(TestSupport::historyOf(*m_store, QStringLiteral("sources"), *pilotId).last().field,
            QStringLiteral("restored"));
        QCOMPARE(TestSupport::historyOf(*m_store, QStringLiteral("tags"), followUp).last().field,
            QStringLiteral("restored"));
    }

    void restoreFollowsSourcesMergedAndTagsRemadeSince()
    {
        const std::optional<Id> pilotId
            = m_store->sources().findOrCreate(QStringLiteral("Ines Vaz"), SourceKind::Person);
        const std::optional<Id> board
            = m_store->sources().findOrCreate(QStringLiteral("Harbour Board"), SourceKind::OfficialBody);
        QVERIFY(pilotId && board);
        QVERIFY(citeOnly(*pilotId));
        std::optional<DocumentSnapshot> snapshot = DocumentSnapshot::take(*m_store, m_removed);
        QVERIFY(snapshot && snapshot->remove(*m_store));

        // The analyst merges the pilot into the board, and deletes the tag and makes one of the same name.
        QVERIFY2(m_store->sources().merge(*pilotId, *board), qPrintable(m_store->errorString()));
        const Id oldFollowUp = *m_store->codebook().find(QStringLiteral("follow up"));
        QVERIFY(m_store->codebook().removeTag(oldFollowUp));
        TagRecord other;
        other.name = QStringLiteral("numbers");
        QVERIFY(m_store->codebook().addTag(other)); // takes the old tag's id
        TagRecord again;
        again.name = QStringLiteral("follow up");
        QVERIFY(m_store->codebook().addTag(again));
        const Id followUp = *m_store->codebook().find(QStringLiteral("follow up"));
        QVERIFY(followUp != oldFollowUp);

        QVERIFY2(snapshot->restore(*m_store), qPrintable(m_store->errorString()));
        const auto attribution = AttributionTable::effective(*m_store->attributions().forSentence(m_sentences.at(3)));
        QVERIFY(attribution && !attribution->hops.isEmpty());
        QCOMPARE(attribution->hops.first().sourceId, *board);
        QVERIFY(!m_store->sources().source(*pilotId)); // not brought back beside the source it became
        QList<Id> tags;
        const std::optional<QList<ClaimRecord>> claims = m_store->claims().forDocument(m_removed);
        QVERIFY(claims);
        for (const ClaimRecord &claim : *claims) {
            tags += claim.tagIds;
        }
        QCOMPARE(tags, QList<Id> {followUp});
        QCOMPARE(pragmaRows(*m_store, QStringLiteral("foreign_key_check")), QStringList {});
    }

    void restoreKeepsSourcesAndTagsRenamedSince()
    {
        const std::optional<Id> pilotId
            = m_store->sources().findOrCreate(QStringLiteral("Ines Vaz"), SourceKind::Person);
        QVERIFY(pilotId);
        QVERIFY(citeOnly(*pilotId));
        const Id followUp = *m_store->codebook().find(QStringLiteral("follow up"));
        const qint64 sourcesBefore = m_store->sources().sources()->size();
        const QStringList before = dump(*m_store);
        std::optional<DocumentSnapshot> snapshot = DocumentSnapshot::take(*m_store, m_removed);
        QVERIFY(snapshot && snapshot->remove(*m_store));
        QVERIFY(m_store->sources().rename(*pilotId, QStringLiteral("Captain Ines Vaz")));
        QVERIFY(m_store->codebook().rename(followUp, QStringLiteral("to check")));

        QVERIFY2(snapshot->restore(*m_store), qPrintable(m_store->errorString()));
        QCOMPARE(dump(*m_store), before); // the same source and tag ids: renamed, not copied
        QCOMPARE(m_store->sources().sources()->size(), sourcesBefore);
        QCOMPARE(m_store->sources().source(*pilotId)->name, QStringLiteral("Captain Ines Vaz"));
        QCOMPARE(m_store->codebook().find(QStringLiteral("follow up")).value_or(-1), Id(0));
    }

    void removingAMissingDocumentFails()
    {
        QVERIFY(!DocumentSnapshot::take(*m_store, 999));
        QCOMPARE(m_store->error(), ProjectStore::Error::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(DocumentSnapshotTest)
#include "documentsnapshot_test.moc"
