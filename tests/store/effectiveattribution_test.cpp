// "A human decision beats the suggestion": one sentence with both a suggestion and the analyst's attribution counts
// under the analyst's source everywhere the store reports it (library, stats, Claims dock queries, report data),
// and counts under the suggestion again once the analyst's attribution is removed.
#include "attributiontable.h"
#include "claimtable.h"
#include "documenttable.h"
#include "projectqueries.h"
#include "projectstats.h"
#include "projectstore.h"
#include "reportbuilder.h"
#include "sourcetable.h"

#include "../testprojects.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Sourcelight;

class EffectiveAttributionTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Which source the store says the only claim rests on, through each of its readers.
    struct Seen
    {
        Id queries = 0;
        Id report = 0;
        qint64 reviewedInLibrary = 0;
        qint64 reviewedInStats = 0;
        QHash<Id, qint64> statsClaims;
        QHash<Id, qint64> sourceCounts;
    };

    static Seen seen(ProjectStore &store, Id claimId)
    {
        Seen s;
        const auto row = ProjectQueries::claimRow(store, claimId);
        s.queries = row ? row->sourceId : -1;
        ReportBuilder builder(store);
        const auto data = builder.build({});
        if (data && !data->documents.isEmpty()) {
            const ReportDocument &document = data->documents.first();
            const ClaimRecord &claim = document.claims.first().record;
            const AttributionRecord *a = document.effectiveAttribution(claim.sentenceId);
            s.report = a && !a->hops.isEmpty() ? a->hops.first().sourceId : 0;
        }
        // The library counts every document at once (on a worker) and one document after an edit: both by the rule.
        const auto summaries = store.documents().summaries();
        const auto counts = store.documents().counts();
        const Id documentId = summaries && !summaries->isEmpty() ? summaries->first().id : 0;
        const auto one = store.documents().counts(documentId);
        s.reviewedInLibrary = counts && one && counts->value(documentId) == *one ? one->reviewed : -1;
        if (const auto stats = ProjectStats::compute(store)) {
            s.reviewedInStats = stats->reviewedSentences;
            for (const ProjectStats::SourceCounts &c : stats->perSource) {
                s.statsClaims.insert(c.sourceId, c.claims);
            }
        }
        s.sourceCounts = ProjectQueries::effectiveSourceCounts(store).value_or(QHash<Id, qint64> {});
        return s;
    }

    // Every reader counts the claim under source and none under other, with reviewed sentences reviewed.
    static void checkRestsOn(const Seen &s, Id source, Id other, qint64 reviewed)
    {
        QCOMPARE(s.queries, source);
        QCOMPARE(s.report, source);
        QCOMPARE(s.reviewedInLibrary, reviewed);
        QCOMPARE(s.reviewedInStats, reviewed);
        QCOMPARE(s.statsClaims.value(source), 1);
        QCOMPARE(s.statsClaims.value(other), 0);
        QCOMPARE(s.sourceCounts.value(source), 1);
        QCOMPARE(s.sourceCounts.value(other), 0);
    }

private Q_SLOTS:
    void humanDecisionBeatsTheSuggestion()
    {
        ProjectStore store;
        QVERIFY(store.open(
            TestProjects::newProject(m_dir, QStringLiteral("p.sourcelight")), ProjectStore::OpenMode::CreateIfMissing));
        QVERIFY(store.setReviewer(QStringLiteral("Ana")));
        DocumentRecord document;
        document.metadata.title = QStringLiteral("Strike");
        document.body = QStringLiteral("The depot burned, officials said.");
        QList<Id> sentences;
        QVERIFY(store.documents().addDocument(document, {{0, document.body.size()}}, &sentences));
        AttributionSuggestion suggestion;
        SourceMention officials;
        officials.name = QStringLiteral("officials");
        officials.kind = SourceKind::Anonymous;
        suggestion.source = officials;
        suggestion.scope = AttributionScope::Explicit;
        QVERIFY(store.attributions().storeSuggestions(sentences, {suggestion}));
        const Id suggested = store.sources().find(QStringLiteral("officials"), SourceKind::Anonymous).value_or(0);
        QVERIFY(suggested > 0);
        const auto reuters = store.sources().findOrCreate(QStringLiteral("Reuters"), SourceKind::Outlet);
        QVERIFY(reuters);
        ClaimRecord claim;
        claim.sentenceId = sentences.first();
        const auto claimId = store.claims().addClaim(claim);
        QVERIFY(claimId);

        checkRestsOn(seen(store, *claimId), suggested, *reuters, 0);
        if (QTest::currentTestFailed()) {
            return;
        }

        AttributionRecord human;
        human.origin = AttributionOrigin::Edited;
        human.scope = AttributionScope::Explicit;
        AttributionHop hop;
        hop.sourceId = *reuters;
        human.hops = {hop};
        QVERIFY(store.attributions().setHumanAttribution(sentences.first(), human));

        checkRestsOn(seen(store, *claimId), *reuters, suggested, 1);
        if (QTest::currentTestFailed()) {
            return;
        }

        QVERIFY(store.attributions().removeHumanAttribution(sentences.first()));
        checkRestsOn(seen(store, *claimId), suggested, *reuters, 0); // under the suggestion again
    }
};

QTEST_GUILESS_MAIN(EffectiveAttributionTest)
#include "effectiveattribution_test.moc"
