// The suggester's reasons ("stance cue 'blasted' after 'the senator'") are looked up under the context lupdate
// files them in, so the committed translations reach the panel. A reason looked up under any other context would
// stay English in every language; this test fails then, naming the string.

#include "../translationlookups.h"
#include "attributionsuggester.h"
#include "sentencesegmenter.h"

#include <QTest>

using namespace Sourcelight;
using TranslationLookups::Message;

class SuggesterReasonsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reasonsUseTheirFiledContext()
    {
        const QSet<Message> filed = TranslationLookups::filedMessages(
            QStringLiteral(SOURCELIGHT_TEST_DATA "/../../translations/sourcelight_de.ts"));
        QVERIFY(filed.size() > 100);
        // One sentence per kind of reason: speech, stance, belief, evidence, a pronoun, a continuation, own voice.
        const QString text = QStringLiteral(
            "The mayor said the bridge would reopen in May. The council criticised the plan. "
            "Engineers believe the repairs will take longer. Records show the contract was signed twice. "
            "He said the budget was final. The river rose overnight.");
        TranslationLookups::RecordingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QList<AttributionSuggestion> suggestions
            = AttributionSuggester(Language::English).suggest(text, SentenceSegmenter().segment(text));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(suggestions.size(), 6);
        // Every string the suggester asked for must be filed under the context it was asked under; a reason
        // missing from the file, or filed elsewhere, stays English in every language.
        QSet<QString> asked;
        for (const Message &m : std::as_const(translator.m_asked)) {
            QVERIFY2(filed.contains(m),
                qPrintable(QStringLiteral("“%1” is looked up under %2, but lupdate did not file it there")
                        .arg(m.second, m.first)));
            asked.insert(m.second);
        }
        // The text holds a speech, a stance and a belief cue and own-voice sentences; their reasons were asked for.
        for (const char *reason : {"cue '%1' after '%2'", "stance cue '%1' after '%2'", "belief cue '%1' after '%2'",
                 "no attribution cue: the article's own voice"}) {
            QVERIFY2(asked.contains(QString::fromUtf8(reason)), reason);
        }
    }
};

QTEST_MAIN(SuggesterReasonsTest)
#include "suggesterreasons_test.moc"
