// SuggestionReview reads, for every sentence an analyst has reviewed, the suggestion it had and the analyst's
// decision — and only those sentences: an unreviewed suggestion, a rejected one (own voice) and a corrected one
// must each come out as they are, in document order, filtered by document on request.
#include "attributiontable.h"
#include "documenttable.h"
#include "projectstore.h"
#include "sourcetable.h"
#include "suggestionreview.h"

#include "../testprojects.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Sourcelight;
using namespace Qt::StringLiterals;

class SuggestionReviewTest final : public QObject
{
    Q_OBJECT

private:
    static AttributionSuggestion suggestion(const QString &name, SourceKind kind, const QString &cue)
    {
        AttributionSuggestion s;
        if (!name.isEmpty()) {
            SourceMention mention;
            mention.name = name;
            mention.kind = kind;
            s.source = mention;
            s.scope = AttributionScope::Explicit;
            s.cueText = cue;
        }
        return s;
    }

    static bool decide(ProjectStore &store, Id sentence, Id source)
    {
        AttributionRecord human;
        human.origin = AttributionOrigin::Edited;
        human.scope = source != 0 ? AttributionScope::Explicit : AttributionScope::Author;
        if (source != 0) {
            AttributionHop hop;
            hop.sourceId = source;
            human.hops = {hop};
        }
        return store.attributions().setHumanAttribution(sentence, human).has_value();
    }

private Q_SLOTS:
    void readsTheReviewedSentences()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QVERIFY(store.open(TestProjects::newProject(dir, u"p.sourcelight"_s), ProjectStore::OpenMode::CreateIfMissing));
        DocumentRecord first;
        first.metadata.title = u"Depot"_s;
        first.metadata.language = Language::English;
        first.body = u"The mayor said it burned. The union criticised the plan. Rain fell. Trains stopped."_s;
        QList<Id> sentences;
        QVERIFY(store.documents().addDocument(first, {{0, 25}, {26, 56}, {57, 67}, {68, 82}}, &sentences));
        QVERIFY(store.attributions().storeSuggestions(sentences,
            {suggestion(u"mayor"_s, SourceKind::Person, u"said"_s),
                suggestion(u"the union"_s, SourceKind::OfficialBody, u"criticised"_s), suggestion({}, {}, {}),
                suggestion({}, {}, {})}));
        const Id mayor = store.sources().find(u"mayor"_s, SourceKind::Person).value_or(0);
        const Id union_ = store.sources().find(u"the union"_s, SourceKind::OfficialBody).value_or(0);
        QVERIFY(mayor > 0 && union_ > 0);

        DocumentRecord second;
        second.metadata.title = u"Port"_s;
        second.metadata.language = Language::Russian;
        second.body = u"Порт закрыт, заявил мэр."_s;
        QList<Id> secondSentences;
        const std::optional<Id> secondId
            = store.documents().addDocument(second, {{0, second.body.size()}}, &secondSentences);
        QVERIFY(secondId);
        QVERIFY(store.attributions().storeSuggestions(
            secondSentences, {suggestion(u"мэр"_s, SourceKind::Person, u"заявил"_s)}));

        // Nothing reviewed yet: nothing to score, though every sentence has a suggestion.
        QCOMPARE(SuggestionReview::reviewedSuggestions(store).value().size(), 0);

        QVERIFY(decide(store, sentences[0], mayor));       // kept
        QVERIFY(decide(store, sentences[1], 0));           // rejected: the article's own voice
        QVERIFY(decide(store, sentences[2], union_));      // a source the suggester missed
        QVERIFY(decide(store, secondSentences[0], mayor)); // another source
        // sentences[3] stays unreviewed.

        const QList<ReviewedSuggestion> rows = SuggestionReview::reviewedSuggestions(store).value();
        QCOMPARE(rows.size(), 4);
        QVERIFY(rows[0].language == Language::English);
        QCOMPARE(rows[0].cueText, u"said"_s);
        QVERIFY(rows[0].scope == AttributionScope::Explicit);
        QCOMPARE(rows[0].suggestedSource, mayor);
        QVERIFY(rows[0].suggestedKind == std::optional<SourceKind>(SourceKind::Person));
        QCOMPARE(rows[0].reviewedSource, mayor);
        QCOMPARE(rows[1].suggestedSource, union_);
        QCOMPARE(rows[1].reviewedSource, Id(0));
        QCOMPARE(rows[2].suggestedSource, Id(0));
        QVERIFY(!rows[2].suggestedKind.has_value());
        QVERIFY(rows[2].scope == AttributionScope::Author);
        QCOMPARE(rows[2].reviewedSource, union_);
        QVERIFY(rows[3].language == Language::Russian);
        QCOMPARE(rows[3].cueText, u"заявил"_s);
        QVERIFY(rows[3].suggestedSource != mayor);

        const QList<ReviewedSuggestion> onlySecond = SuggestionReview::reviewedSuggestions(store, *secondId).value();
        QCOMPARE(onlySecond.size(), 1);
        QVERIFY(onlySecond[0].language == Language::Russian);

        const SuggestionScore score = SuggestionReview::score(store).value();
        QCOMPARE(score.total().reviewed, 4);
        QCOMPARE(score.total().accepted, 1);
        QCOMPARE(score.total().falseAlarm, 1);
        QCOMPARE(score.total().missed, 1);
        QCOMPARE(score.total().wrongSource, 1);
        QCOMPARE(score.byCueClass().value(u"speech"_s).reviewed, 2);
        QCOMPARE(score.byCueClass().value(u"stance"_s).falseAlarm, 1);
    }
};

QTEST_MAIN(SuggestionReviewTest)
#include "suggestionreview_test.moc"
