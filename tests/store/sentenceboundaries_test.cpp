// SentenceBoundaries: a split and a merge keep the analyst's attributions and claims where they belong, and putting
// the boundaries back gives exactly the rows there were — every id and column, the text indexes too; a refused edit
// changes nothing.
#include "../acceptsuggestion.h"
#include "../historyof.h"
#include "../projectfixture.h"
#include "claimtable.h"
#include "documenttable.h"
#include "fulltextsearch.h"
#include "projectstore_p.h"
#include "sentenceboundaries.h"
#include "storetest.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Sourcelight;

namespace {

const QStringList Tables
    = {QStringLiteral("sentences"), QStringLiteral("attributions"), QStringLiteral("attribution_hops"),
        QStringLiteral("claims"), QStringLiteral("claim_tags"), QStringLiteral("evidence")};

QStringList dump(ProjectStore &store)
{
    return StoreTest::dumpTables(store, Tables);
}

} // namespace

class SentenceBoundariesTest : public QObject
{
    Q_OBJECT

private:
    StoreTest::FreshStore m_store;
    Id m_document = 0;
    QList<Id> m_sentences;
    Id m_wholeClaim = 0; ///< on sentence 2, with a tag and evidence
    Id m_spanClaim = 0;  ///< on sentence 2: "Kirby said"
    Id m_nextClaim = 0;  ///< on sentence 3, the whole sentence
    QString m_body;

    qsizetype at(const QString &words) const { return m_body.indexOf(words); }

    QList<Id> found(const QString &words)
    {
        QList<Id> ids = m_store->fullText().matchingSentences(words).value_or(QList<Id> {-1});
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    Id restingSource(Id sentenceId)
    {
        const auto all = m_store->attributions().forSentence(sentenceId);
        const auto effective = all ? AttributionTable::effective(*all) : std::nullopt;
        return effective && !effective->hops.isEmpty() ? effective->hops.first().sourceId : 0;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_store.create(QStringLiteral("Ana")));
        m_document = Fixture::addArticle(*m_store, QStringLiteral("Convoy"), &m_sentences);
        QVERIFY(m_document);
        m_body = m_store->documents().document(m_document)->body;
        QVERIFY(TestSupport::acceptSuggestion(*m_store, m_sentences.at(2)));
        // The analyst marked where the cue and Kirby's name are.
        AttributionRecord decided
            = *AttributionTable::effective(*m_store->attributions().forSentence(m_sentences.at(2)));
        decided.cue = {at(QStringLiteral("said, as quoted by")), at(QStringLiteral("said, as quoted by")) + 18};
        decided.hops.first().mention = {at(QStringLiteral("Kirby")), at(QStringLiteral("Kirby")) + 5};
        decided.origin = AttributionOrigin::Edited;
        QVERIFY(m_store->attributions().setHumanAttribution(m_sentences.at(2), decided));

        ClaimRecord whole;
        whole.sentenceId = m_sentences.at(2);
        whole.verdict = Verdict::Disputed;
        whole.note = QStringLiteral("check the transcript");
        m_wholeClaim = StoreTest::addTaggedClaimWithEvidence(*m_store, whole).value_or(0);
        QVERIFY(m_wholeClaim);
        ClaimRecord span;
        span.sentenceId = m_sentences.at(2);
        span.span = {at(QStringLiteral("Kirby said")), at(QStringLiteral("Kirby said")) + 10};
        m_spanClaim = m_store->claims().addClaim(span).value_or(0);
        QVERIFY(m_spanClaim);
        ClaimRecord next;
        next.sentenceId = m_sentences.at(3);
        next.note = QStringLiteral("who disputed it");
        m_nextClaim = m_store->claims().addClaim(next).value_or(0);
        QVERIFY(m_nextClaim);
    }

    void cleanup() { m_store.reset(); }

    void splitKeepsAttributionsAndClaims()
    {
        const QStringList before = dump(*m_store);
        const QList<Id> kirbyBefore = found(QStringLiteral("Kirby"));
        QCOMPARE(kirbyBefore, QList<Id> {m_sentences.at(2)});
        const Id kirby = restingSource(m_sentences.at(2));
        QVERIFY(kirby != 0);

        SentenceBoundaries boundaries(*m_store);
        // The cursor just before the space ahead of "Kirby": the space goes to neither part.
        const qsizetype cut = at(QStringLiteral(" Kirby said"));
        const std::optional<BoundaryEdit> edit = boundaries.split(m_sentences.at(2), cut);
        QVERIFY2(edit, qPrintable(m_store->errorString()));
        QCOMPARE(edit->after.size(), 2);
        QCOMPARE(edit->after.first(), m_sentences.at(2));
        const Id second = edit->after.at(1);

        const QList<SentenceRecord> sentences = *m_store->documents().sentences(m_document);
        QCOMPARE(sentences.size(), Fixture::Lines.size() + 1);
        for (qsizetype i = 0; i < sentences.size(); ++i) {
            QCOMPARE(sentences.at(i).ordinal, int(i));
        }
        QCOMPARE(sentences.at(2).id, m_sentences.at(2));
        QCOMPARE(
            *m_store->documents().sentenceText(m_sentences.at(2)), QStringLiteral("“We expect a deal within days,”"));
        QCOMPARE(sentences.at(3).id, second);
        QCOMPARE(*m_store->documents().sentenceText(second), QStringLiteral("Kirby said, as quoted by Reuters."));
        QCOMPARE(sentences.at(4).id, m_sentences.at(3));

        // Both parts keep the decision (confirmed) and its source.
        for (const Id part : {m_sentences.at(2), second}) {
            const auto all = m_store->attributions().forSentence(part);
            QVERIFY(all);
            QCOMPARE(all->size(), 2);
            const auto human = AttributionTable::effective(*all);
            QCOMPARE(int(human->origin), int(AttributionOrigin::Edited));
            QCOMPARE(human->hops.first().sourceId, kirby);
        }
        // The cue ("said, as quoted by") and the mention of Kirby lie in the second part only.
        const AttributionRecord firstHuman
            = *AttributionTable::effective(*m_store->attributions().forSentence(m_sentences.at(2)));
        const AttributionRecord secondHuman
            = *AttributionTable::effective(*m_store->attributions().forSentence(second));
        QVERIFY(!firstHuman.cue.isValid());
        QVERIFY(firstHuman.cueText.isEmpty());
        QVERIFY(!firstHuman.hops.first().mention.isValid());
        QCOMPARE(secondHuman.cue.start, at(QStringLiteral("said, as quoted by")));
        QCOMPARE(secondHuman.cueText, QStringLiteral("said, as quoted by"));
        QCOMPARE(secondHuman.hops.first().mention.start, at(QStringLiteral("Kirby")));
        QCOMPARE(secondHuman.hops.size(), 2); // via Reuters

        // The whole-sentence claim stays on the first part with its tag and evidence; the span claim moves.
        const ClaimRecord whole = *m_store->claims().claim(m_wholeClaim);
        QCOMPARE(whole.sentenceId, m_sentences.at(2));
        QVERIFY(!whole.span.isValid());
        QCOMPARE(whole.tagIds.size(), 1);
        QCOMPARE(m_store->claims().evidence(m_wholeClaim)->size(), 1);
        const ClaimRecord span = *m_store->claims().claim(m_spanClaim);
        QCOMPARE(span.sentenceId, second);
        QCOMPARE(span.span.start, at(QStringLiteral("Kirby said")));
        QCOMPARE(span.sourceId.value_or(0), kirby);

        // The text index follows.
        QCOMPARE(found(QStringLiteral("Kirby")), QList<Id> {second});
        QCOMPARE(found(QStringLiteral("expect")), QList<Id> {m_sentences.at(2)});

        const QList<HistoryEntry> history
            = TestSupport::historyOf(*m_store, QStringLiteral("sentences"), m_sentences.at(2));
        QVERIFY(!history.isEmpty());
        QCOMPARE(history.last().field, QStringLiteral("split"));
        QCOMPARE(history.last().reviewerName, QStringLiteral("Ana"));

        // Undo: exactly the rows there were.
        QVERIFY2(boundaries.restore(*edit), qPrintable(m_store->errorString()));
        QCOMPARE(dump(*m_store), before);
        QCOMPARE(found(QStringLiteral("Kirby")), kirbyBefore);
        QCOMPARE(TestSupport::historyOf(*m_store, QStringLiteral("sentences"), m_sentences.at(2)).last().field,
            QStringLiteral("restored"));

        // A redo asks for the id the second part had: it gets it when it is free, a new one when it is taken.
        const std::optional<BoundaryEdit> again = boundaries.split(m_sentences.at(2), cut, 1000);
        QVERIFY(again);
        QCOMPARE(again->after.at(1), Id(1000));
        QVERIFY(boundaries.restore(*again));
        const std::optional<BoundaryEdit> taken = boundaries.split(m_sentences.at(2), cut, m_sentences.at(0));
        QVERIFY(taken);
        QVERIFY(taken->after.at(1) != m_sentences.at(0));
        QCOMPARE(*m_store->documents().sentenceText(m_sentences.at(0)), Fixture::Lines.at(0));
    }

    void mergeKeepsTheFirstAttributionAndEveryClaim()
    {
        const QStringList before = dump(*m_store);
        const Id kirby = restingSource(m_sentences.at(2));
        const TextSpan nextSpan = m_store->documents().sentence(m_sentences.at(3))->span;

        SentenceBoundaries boundaries(*m_store);
        const std::optional<BoundaryEdit> edit = boundaries.merge(m_sentences.at(2));
        QVERIFY2(edit, qPrintable(m_store->errorString()));
        QCOMPARE(edit->after, QList<Id> {m_sentences.at(2)});
        QCOMPARE(edit->droppedSourceName, QStringLiteral("US official #2"));

        const QList<SentenceRecord> sentences = *m_store->documents().sentences(m_document);
        QCOMPARE(sentences.size(), Fixture::Lines.size() - 1);
        for (qsizetype i = 0; i < sentences.size(); ++i) {
            QCOMPARE(sentences.at(i).ordinal, int(i));
        }
        QVERIFY(!m_store->documents().sentence(m_sentences.at(3)));
        QCOMPARE(sentences.at(2).span.end, nextSpan.end);
        QCOMPARE(restingSource(m_sentences.at(2)), kirby);
        QCOMPARE(m_store->attributions().forSentence(m_sentences.at(2))->size(), 2);

        // The second sentence's claim is on the merged sentence, still about its own words.
        const ClaimRecord moved = *m_store->claims().claim(m_nextClaim);
        QCOMPARE(moved.sentenceId, m_sentences.at(2));
        QCOMPARE(moved.span, nextSpan);
        QCOMPARE(moved.sourceId.value_or(0), kirby);
        QCOMPARE(m_store->claims().forSentence(m_sentences.at(2))->size(), 3);
        QCOMPARE(found(QStringLiteral("disputed")), QList<Id> {m_sentences.at(2)});
        QCOMPARE(m_store->fullText().matchingClaims(QStringLiteral("disputed"))->size(), 3);

        QVERIFY2(boundaries.restore(*edit), qPrintable(m_store->errorString()));
        QCOMPARE(dump(*m_store), before);
        QCOMPARE(found(QStringLiteral("disputed")), QList<Id> {m_sentences.at(3)});
        QCOMPARE(m_store->fullText().matchingClaims(QStringLiteral("disputed"))->size(), 1);
    }

    void refusalsChangeNothing_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<int>("offset"); // from the sentence's start; -1: its end
        QTest::newRow("split at the start") << QStringLiteral("split") << 0;
        QTest::newRow("split at the end") << QStringLiteral("split") << -1;
        QTest::newRow("split across claimed words") << QStringLiteral("split") << 2000;
        QTest::newRow("merge the last sentence") << QStringLiteral("merge") << 0;
    }

    void refusalsChangeNothing()
    {
        QFETCH(QString, edit);
        QFETCH(int, offset);
        const QStringList before = dump(*m_store);
        SentenceBoundaries boundaries(*m_store);
        std::optional<BoundaryEdit> result;
        if (edit == QLatin1String("merge")) {
            result = boundaries.merge(m_sentences.last());
        } else if (offset == 2000) {
            result = boundaries.split(m_sentences.at(2), at(QStringLiteral(" said, as quoted")));
        } else {
            const SentenceRecord s = *m_store->documents().sentence(m_sentences.at(1));
            result = boundaries.split(s.id, offset < 0 ? s.span.end : s.span.start + offset);
        }
        QVERIFY(!result);
        QCOMPARE(m_store->error(), ProjectStore::Error::InvalidArgument);
        QVERIFY(!m_store->errorString().isEmpty());
        QCOMPARE(dump(*m_store), before);
    }
};

QTEST_GUILESS_MAIN(SentenceBoundariesTest)
#include "sentenceboundaries_test.moc"
