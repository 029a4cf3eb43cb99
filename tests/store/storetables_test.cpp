// The per-entity store API the item models and undo commands build on: every write returns an id or a bool,
// commits at once, goes into history, and human decisions survive re-running the suggester.
#include "../acceptsuggestion.h"
#include "../historyof.h"
#include "attributiontable.h"
#include "claimtable.h"
#include "codebook.h"
#include "documenttable.h"
#include "fulltextsearch.h"
#include "projectqueries.h"
#include "projectstats.h"
#include "projectstore.h"
#include "projectstore_p.h"
#include "sourcetable.h"
#include "sqltransaction.h"
#include "storetest.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Sourcelight;

namespace {

using StoreTest::findClaims;

const QString Body
    = QStringLiteral("North Korean troops crossed the border, two officials said on condition of anonymity. "
                     "The ministry denied the report. "
                     "North Korean shells hit the depot, Defence Minister Arno Weil told parliament.");

SourceMention mention(const QString &name, SourceKind kind, bool anonymous = false)
{
    SourceMention m;
    m.name = name;
    m.kind = kind;
    m.anonymous = anonymous;
    return m;
}

} // namespace

class StoreTablesTest : public QObject
{
    Q_OBJECT

private:
    StoreTest::FreshStore m_store;
    Id m_document = 0;
    QList<Id> m_sentences;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_store.create(QStringLiteral("Ana")));
        DocumentRecord document;
        document.metadata.title = QStringLiteral("Border");
        document.body = Body;
        const qsizetype s2 = Body.indexOf(QLatin1String("The ministry"));
        const qsizetype s3 = Body.indexOf(QLatin1String("North Korean shells"));
        const auto id
            = m_store->documents().addDocument(document, {{0, s2 - 1}, {s2, s3 - 1}, {s3, Body.size()}}, &m_sentences);
        QVERIFY(id);
        m_document = *id;
        AttributionSuggestion anonymous;
        anonymous.source = mention(QStringLiteral("officials"), SourceKind::Anonymous, true);
        anonymous.scope = AttributionScope::Explicit;
        anonymous.cueText = QStringLiteral("said");
        anonymous.confidence = 0.8;
        AttributionSuggestion ministry;
        ministry.source = mention(QStringLiteral("the ministry"), SourceKind::OfficialBody);
        ministry.scope = AttributionScope::Explicit;
        AttributionSuggestion minister;
        minister.source = mention(QStringLiteral("Arno Weil"), SourceKind::Person);
        minister.scope = AttributionScope::Explicit;
        QVERIFY(m_store->attributions().storeSuggestions(m_sentences, {anonymous, ministry, minister}));
    }

    void cleanup() { m_store.reset(); }

    void documents()
    {
        const auto record = m_store->documents().document(m_document);
        QVERIFY(record);
        QCOMPARE(record->body, Body);
        QCOMPARE(record->contentHash, DocumentTable::contentHash(Body));
        QCOMPARE(m_store->documents().findByHash(record->contentHash).value_or(0), m_document);
        QCOMPARE(m_store->documents().sentences(m_document)->size(), 3);
        QCOMPARE(m_store->documents().sentenceText(m_sentences.at(1)).value_or(QString()),
            QStringLiteral("The ministry denied the report."));
        DocumentMetadata metadata = record->metadata;
        metadata.outlet = QStringLiteral("Wire");
        QVERIFY(m_store->documents().setMetadata(m_document, metadata));
        const QList<HistoryEntry> history = TestSupport::historyOf(*m_store, QStringLiteral("documents"), m_document);
        QVERIFY(history.size() == 2); // imported, outlet
        QCOMPARE(history.last().field, QStringLiteral("outlet"));
        QCOMPARE(history.last().newValue.value_or(QString()), QStringLiteral("Wire"));
        QCOMPARE(history.last().reviewerName, QStringLiteral("Ana"));
        const auto summaries = m_store->documents().summaries();
        QVERIFY(summaries && summaries->size() == 1);
        QCOMPARE(summaries->first().metadata.outlet, QStringLiteral("Wire"));
        QVERIFY(m_store->documents().counts(m_document).value_or(DocumentCounts {}) == (DocumentCounts {3, 0}));
        QVERIFY(m_store->documents().counts().value_or(QHash<Id, DocumentCounts> {}).value(m_document)
            == (DocumentCounts {3, 0}));
    }

    void sources()
    {
        SourceTable &sources = m_store->sources();
        SourceRecord nsc;
        nsc.name = QStringLiteral("National Security Council");
        nsc.kind = SourceKind::OfficialBody;
        nsc.aliases = {QStringLiteral("NSC")};
        const auto nscId = sources.addSource(nsc);
        QVERIFY(nscId);
        QVERIFY(!sources.addSource(nsc));
        QCOMPARE(m_store->error(), ProjectStore::Error::InvalidArgument);
        QCOMPARE(sources.findOrCreate(QStringLiteral("NSC"), SourceKind::OfficialBody).value_or(0), *nscId);
        const auto kirby = sources.findOrCreate(QStringLiteral("John Kirby"), SourceKind::Person);
        QVERIFY(kirby && *kirby != *nscId);
        QVERIFY(sources.setParent(*kirby, *nscId));
        QVERIFY(!sources.setParent(*nscId, *kirby)); // a loop
        QCOMPARE(sources.source(*kirby)->parentId.value_or(0), *nscId);
        QVERIFY(sources.rename(*kirby, QStringLiteral("John F. Kirby")));
        QCOMPARE(sources.source(*kirby)->name, QStringLiteral("John F. Kirby"));

        // Merging: hops move to the survivor, the old name becomes an alias, the old source is gone.
        const Id officials = sources.find(QStringLiteral("officials"), SourceKind::Anonymous).value_or(0);
        QVERIFY(officials != 0);
        const auto usOfficials = sources.findOrCreate(QStringLiteral("US officials"), SourceKind::Anonymous);
        QVERIFY(usOfficials);
        QVERIFY(!sources.removeSource(officials)); // still cited
        QVERIFY(sources.merge(officials, *usOfficials));
        QVERIFY(!sources.source(officials));
        QVERIFY(sources.source(*usOfficials)->aliases.contains(QStringLiteral("officials")));
        const auto attributions = m_store->attributions().forSentence(m_sentences.at(0));
        QVERIFY(attributions && attributions->size() == 1);
        QCOMPARE(attributions->first().hops.value(0).sourceId, *usOfficials);

        // A document's view reads only the sources it names: exactly those asked for, aliases included, none
        // other, ids of no source left out.
        const auto some = sources.sources({*kirby, *usOfficials, officials});
        QVERIFY(some);
        QStringList names;
        for (const SourceRecord &record : *some) {
            names.append(record.name);
        }
        names.sort();
        QCOMPARE(names, (QStringList {QStringLiteral("John F. Kirby"), QStringLiteral("US officials")}));
        const auto all = sources.sources();
        QVERIFY(all && all->size() > some->size());
        const auto it = std::find_if(
            some->cbegin(), some->cend(), [&](const SourceRecord &record) { return record.id == *usOfficials; });
        QVERIFY(it != some->cend());
        QCOMPARE(it->aliases, sources.source(*usOfficials)->aliases);
        QCOMPARE(sources.sources(QList<Id> {})->size(), 0);
    }

    void humanDecisionsSurviveNewSuggestions()
    {
        AttributionTable &attributions = m_store->attributions();
        const auto confirmed = TestSupport::acceptSuggestion(*m_store, m_sentences.at(0));
        QVERIFY2(confirmed, qPrintable(m_store->errorString()));
        AttributionRecord edited;
        edited.origin = AttributionOrigin::Edited;
        edited.scope = AttributionScope::Author;
        QVERIFY(attributions.setHumanAttribution(m_sentences.at(1), edited));

        // The suggester runs again with different ideas.
        AttributionSuggestion other;
        other.source = mention(QStringLiteral("Reuters"), SourceKind::Outlet);
        other.scope = AttributionScope::Explicit;
        QVERIFY(attributions.storeSuggestions(m_sentences, {other, other, other}));

        const auto first = attributions.forSentence(m_sentences.at(0));
        QVERIFY(first && first->size() == 2);
        const auto effective = AttributionTable::effective(*first);
        QCOMPARE(toString(effective->origin), toString(AttributionOrigin::Confirmed));
        QCOMPARE(effective->id, *confirmed);
        const Id officials = m_store->sources().find(QStringLiteral("officials"), SourceKind::Anonymous).value_or(0);
        QCOMPARE(effective->hops.value(0).sourceId, officials);
        QVERIFY(effective->hops.value(0).anonymous);
        QCOMPARE(effective->reviewerId.value_or(0), m_store->reviewerId().value_or(-1));
        const auto second = AttributionTable::effective(*attributions.forSentence(m_sentences.at(1)));
        QCOMPARE(toString(second->origin), toString(AttributionOrigin::Edited));
        const auto third = AttributionTable::effective(*attributions.forSentence(m_sentences.at(2)));
        QCOMPARE(toString(third->origin), toString(AttributionOrigin::Suggested));
        QCOMPARE(m_store->sources().source(third->hops.value(0).sourceId)->name, QStringLiteral("Reuters"));

        // Undoing the confirmation lets the (new) suggestion count again; both steps are in the history.
        QVERIFY(attributions.removeHumanAttribution(m_sentences.at(0)));
        QCOMPARE(toString(AttributionTable::effective(*attributions.forSentence(m_sentences.at(0)))->origin),
            toString(AttributionOrigin::Suggested));
        const QList<HistoryEntry> history
            = TestSupport::historyOf(*m_store, QStringLiteral("sentences"), m_sentences.at(0));
        QVERIFY(history.size() == 2);
        QVERIFY(!history.at(0).oldValue && history.at(0).newValue);
        QVERIFY(history.at(1).oldValue && !history.at(1).newValue);
        QCOMPARE(attributions.forDocument(m_document)->size(), 4);

        // The whole document reads as its sentences do, one by one: the suggestion before the human decision even
        // where the decision is the older row (sentence 1's), with each record's own hops.
        QList<AttributionRecord> bySentence;
        for (const Id sentence : std::as_const(m_sentences)) {
            bySentence += *attributions.forSentence(sentence);
        }
        const QList<AttributionRecord> whole = *attributions.forDocument(m_document);
        QCOMPARE(whole.size(), bySentence.size());
        for (qsizetype i = 0; i < whole.size(); ++i) {
            QCOMPARE(whole.at(i).id, bySentence.at(i).id);
            QCOMPARE(AttributionTable::describe(whole.at(i)), AttributionTable::describe(bySentence.at(i)));
        }
        const auto humanFirst = std::find_if(whole.cbegin(), whole.cend(), [&](const AttributionRecord &r) {
            return r.sentenceId == m_sentences.at(1) && r.origin == AttributionOrigin::Edited;
        });
        QVERIFY(humanFirst != whole.cend() && humanFirst != whole.cbegin());
        QCOMPARE(toString(std::prev(humanFirst)->origin), toString(AttributionOrigin::Suggested));
        QVERIFY(std::prev(humanFirst)->id > humanFirst->id);
    }

    void claims()
    {
        ClaimTable &claims = m_store->claims();
        Codebook &codebook = m_store->codebook();
        const auto tag = codebook.addTag({0, QStringLiteral("military"), QStringLiteral("#aa0000"),
            QStringLiteral("Ctrl+1"), QStringLiteral("Troops and weapons")});
        QVERIFY(tag);
        QVERIFY(!codebook.addTag({0, QStringLiteral("military"), {}, {}, {}}));

        ClaimRecord record;
        record.sentenceId = m_sentences.at(0);
        record.span = {0, 12}; // "North Korean"
        record.type = ClaimType::Fact;
        const auto claim = claims.addClaim(record);
        QVERIFY2(claim, qPrintable(m_store->errorString()));
        record.span = {0, 500};
        QVERIFY(!claims.addClaim(record)); // outside its sentence
        QCOMPARE(m_store->error(), ProjectStore::Error::InvalidArgument);

        QVERIFY(claims.setVerdict(*claim, Verdict::Disputed));
        QVERIFY(claims.setNote(*claim, QStringLiteral("Only one side confirms")));
        QVERIFY(claims.setConfidence(*claim, 0.4));
        QVERIFY(claims.addTag(*claim, *tag));
        QVERIFY(claims.addTag(*claim, *tag)); // twice is once
        const auto evidence = claims.addEvidence({0, *claim, QStringLiteral("https://example.invalid/satellite"),
            QStringLiteral("imagery"), QStringLiteral("2026-03-01"), {}});
        QVERIFY(evidence);
        // The store, not only the widget, refuses links that are not web addresses: others open them.
        for (const QString &bad : {QStringLiteral("javascript:alert(1)"), QStringLiteral("file:///etc/passwd"),
                 QStringLiteral("example.invalid/no-scheme")}) {
            QVERIFY(!claims.addEvidence({0, *claim, bad, {}, {}, {}}));
            QVERIFY(m_store->errorString().contains(QLatin1String("not a web address")));
        }
        // A link an old project already holds is kept when carried over (re-anchoring).
        const auto kept = claims.addEvidence(
            {0, *claim, QStringLiteral("file:///archive/scan.pdf"), {}, {}, {}}, ClaimTable::LinkOrigin::Stored);
        QVERIFY(kept);
        QVERIFY(claims.removeEvidence(*kept));
        QVERIFY(!claims.setVerdict(999999, Verdict::False));

        auto stored = claims.claim(*claim);
        QVERIFY(stored);
        QCOMPARE(toString(stored->verdict), toString(Verdict::Disputed));
        QCOMPARE(stored->note, QStringLiteral("Only one side confirms"));
        QCOMPARE(stored->confidence.value_or(0), 0.4);
        QCOMPARE(stored->tagIds, QList<Id> {*tag});
        QCOMPARE(stored->span, (TextSpan {0, 12}));
        QCOMPARE(stored->reviewerId.value_or(0), m_store->reviewerId().value_or(-1));
        const QList<HistoryEntry> history = TestSupport::historyOf(*m_store, QStringLiteral("claims"), *claim);
        QVERIFY(history.size() >= 2);
        QCOMPARE(history.at(1).field, QStringLiteral("verdict"));
        QCOMPARE(history.at(1).oldValue.value_or(QString()), QStringLiteral("unverified"));
        QCOMPARE(history.at(1).newValue.value_or(QString()), QStringLiteral("disputed"));

        // Remove and restore (what an undo does): same id, same tags and evidence.
        const auto links = claims.evidence(*claim);
        QVERIFY(links && links->size() == 1);
        QVERIFY(claims.removeClaim(*claim));
        QVERIFY(!claims.claim(*claim));
        QCOMPARE(claims.restoreClaim(*stored, *links).value_or(0), *claim);
        QCOMPARE(claims.claim(*claim)->tagIds, QList<Id> {*tag});
        QCOMPARE(claims.evidence(*claim)->size(), 1);

        // Removing a tag from the codebook takes it off every claim.
        QVERIFY(codebook.removeTag(*tag));
        QVERIFY(claims.claim(*claim)->tagIds.isEmpty());
    }

    void claimQueryCombinesSourceAndText()
    {
        // "All claims whose source is anonymous and whose text matches 'North Korean'."
        ClaimTable &claims = m_store->claims();
        QList<Id> ids;
        for (const Id sentence : std::as_const(m_sentences)) {
            ClaimRecord record;
            record.sentenceId = sentence;
            const auto id = claims.addClaim(record);
            QVERIFY(id);
            ids.append(*id);
        }
        ClaimFilter filter;
        filter.anonymous = true;
        filter.text = QStringLiteral("North Korean");
        QCOMPARE(findClaims(*m_store, filter).value_or(QList<Id> {}), QList<Id> {ids.at(0)});
        filter.anonymous = false;
        QCOMPARE(findClaims(*m_store, filter).value_or(QList<Id> {}), QList<Id> {ids.at(2)});
        filter.anonymous.reset();
        QCOMPARE(findClaims(*m_store, filter).value_or(QList<Id> {}), (QList<Id> {ids.at(0), ids.at(2)}));
        filter.text = QStringLiteral("\"Korean troops\"");
        QCOMPARE(findClaims(*m_store, filter).value_or(QList<Id> {}), QList<Id> {ids.at(0)});
        filter.text = QStringLiteral("\"troops Korean\"");
        QVERIFY(findClaims(*m_store, filter).value_or(QList<Id> {1}).isEmpty());
        filter.text = QStringLiteral("shel*");
        QCOMPARE(findClaims(*m_store, filter).value_or(QList<Id> {}), QList<Id> {ids.at(2)});
        // Engine syntax typed by a user is searched for, not obeyed (and never an SQL or FTS error).
        filter.text = QStringLiteral("NEAR(ministry OR body:x) ^ \"");
        QVERIFY(findClaims(*m_store, filter).has_value());
        // The note is searched too, and the claim query sees note edits at once.
        QVERIFY(claims.setNote(ids.at(1), QStringLiteral("see the Pyongyang statement")));
        filter = {};
        filter.text = QStringLiteral("pyongyang");
        QCOMPARE(findClaims(*m_store, filter).value_or(QList<Id> {}), QList<Id> {ids.at(1)});
        filter.sourceId = m_store->sources().find(QStringLiteral("the ministry"), SourceKind::OfficialBody).value_or(0);
        QCOMPARE(findClaims(*m_store, filter).value_or(QList<Id> {}), QList<Id> {ids.at(1)});
        QVERIFY(claims.setVerdict(ids.at(1), Verdict::False));
        ClaimFilter byVerdict;
        byVerdict.verdict = Verdict::False;
        QCOMPARE(findClaims(*m_store, byVerdict).value_or(QList<Id> {}), QList<Id> {ids.at(1)});
    }

    void addClaimsInBulk()
    {
        // 300 claims: statements of 256, 16, 16, 4, 4 and 4 rows, with a span claim and a tagged one in between.
        ClaimTable &claims = m_store->claims();
        const auto tag = m_store->codebook().addTag({0, QStringLiteral("checked"), {}, {}, {}});
        QVERIFY(tag);
        QList<ClaimRecord> records;
        for (int i = 0; i < 300; ++i) {
            ClaimRecord record;
            record.sentenceId = m_sentences.at(i % 3);
            record.note = QStringLiteral("bulk note %1").arg(i);
            record.type = i % 2 == 0 ? ClaimType::Quote : ClaimType::Fact;
            if (i == 6) { // on the first sentence
                record.span = {0, 12};
            }
            if (i == 150) {
                record.tagIds = {*tag};
            }
            records.append(record);
        }
        const std::optional<QList<Id>> ids = claims.addClaims(records);
        QVERIFY2(ids, qPrintable(m_store->errorString()));
        QCOMPARE(ids->size(), 300);
        for (int i = 0; i < 300; ++i) {
            const std::optional<ClaimRecord> stored = claims.claim(ids->at(i));
            QVERIFY(stored);
            QCOMPARE(stored->sentenceId, records.at(i).sentenceId);
            QCOMPARE(stored->note, records.at(i).note);
            QCOMPARE(toString(stored->type), toString(records.at(i).type));
            QCOMPARE(stored->span, records.at(i).span);
            QCOMPARE(stored->tagIds, records.at(i).tagIds);
            QCOMPARE(stored->reviewerId.value_or(0), m_store->reviewerId().value_or(-1));
        }
        // Each claim is in the history, the full-text index and the source filter, as with addClaim().
        const QList<HistoryEntry> history = TestSupport::historyOf(*m_store, QStringLiteral("claims"), ids->at(299));
        QVERIFY(history.size() == 1);
        QCOMPARE(history.first().field, QStringLiteral("created"));
        QCOMPARE(history.first().newValue.value_or(QString()), QString::number(records.at(299).sentenceId));
        const QList<HistoryEntry> all = TestSupport::history(*m_store);
        for (int i = 0; i < 300; ++i) { // exactly one line each, whichever way the claim was written
            const QList<HistoryEntry> lines = TestSupport::historyOf(all, QStringLiteral("claims"), ids->at(i));
            QVERIFY(lines.size() == 1);
            QCOMPARE(lines.first().newValue.value_or(QString()), QString::number(records.at(i).sentenceId));
            QVERIFY(!lines.first().oldValue);
        }
        ClaimFilter byNote;
        byNote.text = QStringLiteral("\"bulk note 299\"");
        QCOMPARE(findClaims(*m_store, byNote).value_or(QList<Id> {}), QList<Id> {ids->at(299)});
        ClaimFilter bySource;
        bySource.sourceId
            = m_store->sources().find(QStringLiteral("the ministry"), SourceKind::OfficialBody).value_or(0);
        QCOMPARE(findClaims(*m_store, bySource).value_or(QList<Id> {}).size(), 100);
        QCOMPARE(claims.sentencesWithClaims(m_document).value_or(QSet<Id> {}),
            QSet<Id>(m_sentences.cbegin(), m_sentences.cend()));

        // One bad row (a sentence that does not exist) and none is added.
        const qint64 before = findClaims(*m_store, {}).value_or(QList<Id> {}).size();
        QList<ClaimRecord> broken = records.mid(0, 70);
        broken[40].sentenceId = 987654;
        QVERIFY(!claims.addClaims(broken));
        QCOMPARE(findClaims(*m_store, {}).value_or(QList<Id> {}).size(), before);
    }

    void windowConnectionPlansWithoutParallelWorkers()
    {
        // Proves a window's connection (setInteractive) asks the server for no parallel plans, and asks again on a
        // new connection after the old one was lost, while a worker's connection keeps them. Without it a claims
        // filter on 5,000,000 sentences waited 10–30 ms for parallel workers to start (README, benchmarks).
        if (!TestProjects::onServer()) {
            QSKIP("parallel plans are a server's");
        }
        const QString path = m_store->path();
        const auto parallelWorkers = [](ProjectStore &store) {
            QSqlQuery &show = StoreAccess::prepared(
                store, QStringLiteral("SELECT current_setting('max_parallel_workers_per_gather')"));
            return StoreAccess::selectStrings(store, show).value_or(QStringList {}).value(0);
        };
        ProjectStore window;
        window.setInteractive(true);
        QVERIFY(window.open(path));
        QCOMPARE(parallelWorkers(window), QStringLiteral("0"));
        ProjectStore worker;
        QVERIFY(worker.open(path, ProjectStore::OpenMode::ReadOnly));
        QVERIFY(parallelWorkers(worker) != QStringLiteral("0"));

        QVERIFY(TestProjects::dropConnections(path));
        QVERIFY(parallelWorkers(window).isEmpty()); // the statement fails: the connection is gone
        QVERIFY(window.isConnectionLost());
        QVERIFY2(window.reconnect(), qPrintable(window.errorString()));
        QCOMPARE(parallelWorkers(window), QStringLiteral("0"));
    }

    void serverBulkWriteProbesByKeyAndGathersStatistics()
    {
        // Proves the hop trigger finds each new hop's attribution by its key inside a bulk write (schema 10). The
        // server keeps a PL/pgSQL statement's plan for the session; the trigger's old test, one EXISTS joining
        // bulk_import to attributions, kept a plan that read the whole table for every hop, so an import slowed
        // with every row it wrote. This counts the table scans the server made in the writing transaction: with
        // the old trigger it is one per hop (about 400), with the lookup by key a handful.
        if (!TestProjects::onServer()) {
            QSKIP("the plans a server keeps; a project file's trigger probes by rowid");
        }
        SqlTransaction transaction(*m_store);
        QVERIFY(m_store->beginBulkWrite());
        AttributionSuggestion said;
        said.source = mention(QStringLiteral("a harbour pilot"), SourceKind::Person);
        said.scope = AttributionScope::Explicit;
        said.cueText = QStringLiteral("said");
        for (int d = 0; d < 8; ++d) {
            DocumentRecord document;
            document.metadata.title = QStringLiteral("Harbour log %1").arg(d);
            QList<SentenceSpan> spans;
            for (int i = 0; i < 50; ++i) {
                const QString sentence
                    = QStringLiteral("Ship %1 docked %2 hours late, a harbour pilot said. ").arg(i).arg(d);
                spans.append({document.body.size(), document.body.size() + sentence.size() - 1});
                document.body += sentence;
            }
            QList<Id> sentences;
            QVERIFY2(m_store->documents().addDocument(document, spans, &sentences), qPrintable(m_store->errorString()));
            QVERIFY(m_store->attributions().storeSuggestions(
                sentences, QList<AttributionSuggestion>(sentences.size(), said), AttributionTable::Previous::None));
        }
        QSqlQuery scans(StoreAccess::database(*m_store));
        QVERIFY(
            scans.exec(QStringLiteral("SELECT seq_scan FROM pg_stat_xact_user_tables WHERE relname = 'attributions'")));
        QVERIFY(scans.next());
        const qint64 count = scans.value(0).toLongLong();
        QVERIFY2(count < 40, qPrintable(QStringLiteral("%1 scans of attributions for 400 hops").arg(count)));
        QVERIFY(transaction.commit());

        // Proves the planner's statistics are gathered at the commit of a bulk write that grew the project by a
        // tenth or more (here from 3 to 403 sentences): without them the server plans the library's counts as for
        // an empty table until its autovacuum comes by. A table never analysed has reltuples -1.
        QSqlQuery planned(StoreAccess::database(*m_store));
        QVERIFY(planned.exec(QStringLiteral("SELECT reltuples FROM pg_class WHERE relname = 'sentences'")));
        QVERIFY(planned.next());
        QCOMPARE(planned.value(0).toLongLong(), 403);
    }

    void statistics()
    {
        for (const Id sentence : std::as_const(m_sentences)) {
            ClaimRecord record;
            record.sentenceId = sentence;
            record.verdict = sentence == m_sentences.at(2) ? Verdict::Supported : Verdict::Disputed;
            QVERIFY(m_store->claims().addClaim(record));
        }
        // The analyst decides the second sentence is the article's own voice.
        AttributionRecord own;
        own.origin = AttributionOrigin::Edited;
        own.scope = AttributionScope::Author;
        QVERIFY(m_store->attributions().setHumanAttribution(m_sentences.at(1), own));

        const std::optional<ProjectStats> stats = ProjectStats::compute(*m_store);
        QVERIFY2(stats, qPrintable(m_store->errorString()));
        QCOMPARE(stats->documents, 1);
        QCOMPARE(stats->sentences, 3);
        QCOMPARE(stats->attributedSentences, 2);
        QCOMPARE(stats->reviewedSentences, 1);
        QCOMPARE(stats->claims, 3);
        QCOMPARE(stats->anonymousClaims, 1);
        QCOMPARE(stats->perSource.size(), 2); // the ministry no longer counts: the human decision wins
        for (const ProjectStats::SourceCounts &counts : stats->perSource) {
            QCOMPARE(counts.sentences, 1);
            QCOMPARE(counts.claims, 1);
            QVERIFY(counts.name == QLatin1String("officials") || counts.name == QLatin1String("Arno Weil"));
        }
        QCOMPARE(stats->perVerdict.size(), 6);
        for (const auto &[verdict, count] : stats->perVerdict) {
            QCOMPARE(count, verdict == Verdict::Disputed ? 2 : verdict == Verdict::Supported ? 1 : 0);
        }
        QCOMPARE(stats->toJson().value(QStringLiteral("anonymous_claim_share")).toDouble(), 1.0 / 3.0);
        QVERIFY(stats->toText().contains(QStringLiteral("Arno Weil")));
    }

    void searchSentences()
    {
        const auto found = m_store->fullText().matchingSentences(QStringLiteral("korean"));
        QVERIFY(found);
        QCOMPARE(found->size(), 2);
        QVERIFY(m_store->fullText().matchingSentences(QStringLiteral("   "))->isEmpty());
        // Removing a document removes its sentences from the index.
        QVERIFY(m_store->documents().removeDocument(m_document));
        QVERIFY(m_store->fullText().matchingSentences(QStringLiteral("korean"))->isEmpty());
    }
};

QTEST_GUILESS_MAIN(StoreTablesTest)
#include "storetables_test.moc"
