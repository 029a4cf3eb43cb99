// SuggestionScore: the cue class of a stored suggestion is recovered from its cue words and the lexicon (so
// projects reviewed before cue classes existed are scored too), and every reviewed sentence is counted once as
// kept, another source, a missed source or a source where the article speaks itself — in total, by cue class and
// by the kind of source suggested.
#include "suggestionscore.h"

#include <QTest>

using namespace Sourcelight;
using namespace Qt::StringLiterals;

class SuggestionScoreTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cueClass_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("cue");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("expected");
        QTest::newRow("speech") << u"en"_s << u"said"_s << u"explicit"_s << u"speech"_s;
        QTest::newRow("speech with auxiliary") << u"en"_s << u"has said"_s << u"explicit"_s << u"speech"_s;
        QTest::newRow("stance") << u"en"_s << u"criticised"_s << u"explicit"_s << u"stance"_s;
        QTest::newRow("belief") << u"en"_s << u"believe"_s << u"explicit"_s << u"belief"_s;
        QTest::newRow("phrase") << u"en"_s << u"according to"_s << u"explicit"_s << u"phrase"_s;
        QTest::newRow("naming verb") << u"en"_s << u"called"_s << u"explicit"_s << u"speech"_s;
        QTest::newRow("attribution noun") << u"en"_s << u"claim"_s << u"explicit"_s << u"noun"_s;
        QTest::newRow("noun frame") << u"en"_s << u"in a statement"_s << u"explicit"_s << u"noun"_s;
        QTest::newRow("colon") << u"en"_s << u":"_s << u"explicit"_s << u"punct"_s;
        QTest::newRow("russian noun frame") << u"ru"_s << u"в заявлении"_s << u"explicit"_s << u"noun"_s;
        QTest::newRow("russian speech") << u"ru"_s << u"заявил"_s << u"explicit"_s << u"speech"_s;
        QTest::newRow("russian phrase") << u"ru"_s << u"по словам"_s << u"explicit"_s << u"phrase"_s;
        QTest::newRow("carried") << u"en"_s << u""_s << u"carried"_s << u"carried"_s;
        QTest::newRow("backward") << u"en"_s << u"writes"_s << u"backward"_s << u"backward"_s;
        QTest::newRow("own voice") << u"en"_s << u""_s << u"author"_s << u"none"_s;
    }

    void cueClass()
    {
        QFETCH(QString, language);
        QFETCH(QString, cue);
        QFETCH(QString, scope);
        QFETCH(QString, expected);
        QCOMPARE(
            SuggestionScore::cueClassOf(cue, scopeFromString(scope).value(), languageFromCode(language)), expected);
    }

    void tallies()
    {
        const auto reviewed = [](const char *cue, AttributionScope scope, qint64 suggested,
                                  std::optional<SourceKind> kind, qint64 decided) {
            ReviewedSuggestion r;
            r.cueText = QString::fromUtf8(cue);
            r.scope = scope;
            r.suggestedSource = suggested;
            r.suggestedKind = kind;
            r.reviewedSource = decided;
            return r;
        };
        SuggestionScore score;
        score.add(reviewed("said", AttributionScope::Explicit, 7, SourceKind::Person, 7));             // kept
        score.add(reviewed("said", AttributionScope::Explicit, 7, SourceKind::Person, 9));             // another source
        score.add(reviewed("criticised", AttributionScope::Explicit, 3, SourceKind::OfficialBody, 0)); // none there
        score.add(reviewed("", AttributionScope::Author, 0, std::nullopt, 5));                         // missed
        score.add(reviewed("", AttributionScope::Author, 0, std::nullopt, 0));                         // own voice kept

        QCOMPARE(score.total().reviewed, 5);
        QCOMPARE(score.total().accepted, 2);
        QCOMPARE(score.total().wrongSource, 1);
        QCOMPARE(score.total().falseAlarm, 1);
        QCOMPARE(score.total().missed, 1);
        QCOMPARE(score.total().acceptanceRate(), 0.4);

        QCOMPARE(score.byCueClass().keys(), (QStringList {u"none"_s, u"speech"_s, u"stance"_s}));
        QCOMPARE(score.byCueClass().value(u"speech"_s).reviewed, 2);
        QCOMPARE(score.byCueClass().value(u"speech"_s).accepted, 1);
        QCOMPARE(score.byCueClass().value(u"stance"_s).falseAlarm, 1);
        QCOMPARE(score.byCueClass().value(u"none"_s).missed, 1);
        QCOMPARE(score.byCueClass().value(u"none"_s).accepted, 1);

        QCOMPARE(score.bySourceKind().keys(), (QStringList {u"none"_s, u"official_body"_s, u"person"_s}));
        QCOMPARE(score.bySourceKind().value(u"person"_s).acceptanceRate(), 0.5);
        QCOMPARE(score.bySourceKind().value(u"official_body"_s).acceptanceRate(), 0.0);
        QCOMPARE(score.bySourceKind().value(u"none"_s).reviewed, 2);
    }

    void nothingReviewed()
    {
        const SuggestionScore score;
        QCOMPARE(score.total().reviewed, 0);
        QCOMPARE(score.total().acceptanceRate(), 0.0);
        QVERIFY(score.byCueClass().isEmpty());
    }
};

QTEST_MAIN(SuggestionScoreTest)
#include "suggestionscore_test.moc"
