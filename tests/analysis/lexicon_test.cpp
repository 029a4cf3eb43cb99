// The lexicon files are data the GUI and the analysis share: each must parse, and the matcher must find
// whole phrases, stems and the longest match.
#include "lexicon.h"
#include "wordtokenizer.h"

#include <QTest>

using namespace Sourcelight;

class LexiconTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resourcesLoad_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ru") << QStringLiteral("ru");
        QTest::newRow("uk") << QStringLiteral("uk");
    }

    void resourcesLoad()
    {
        QFETCH(QString, code);
        const auto lexicon = Lexicon::forLanguage(languageFromCode(code));
        QVERIFY2(lexicon->errorString().isEmpty(), qPrintable(lexicon->errorString()));
        for (int i = 0; i < LexiconCategoryCount; ++i) {
            const auto category = LexiconCategory(i);
            const QStringList phrases = lexicon->phrases(category);
            QVERIFY2(!phrases.isEmpty(), qPrintable(code + QLatin1Char(' ') + Lexicon::categoryKey(category)));
            for (const QString &phrase : phrases) {
                QCOMPARE(phrase, phrase.toLower());
                QCOMPARE(phrase, phrase.simplified());
            }
        }
        // Loaded once and shared.
        QCOMPARE(Lexicon::forLanguage(languageFromCode(code)).get(), lexicon.get());
    }

    void matching_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("token");
        QTest::addColumn<QString>("category");
        QTest::addColumn<int>("length");

        QTest::newRow("single verb") << QStringLiteral("en") << QStringLiteral("Officials said so") << 1
                                     << QStringLiteral("reportingVerbs") << 1;
        QTest::newRow("case-insensitive phrase") << QStringLiteral("en") << QStringLiteral("According to Reuters") << 0
                                                 << QStringLiteral("sourcePrepositions") << 2;
        QTest::newRow("longest phrase wins")
            << QStringLiteral("en") << QStringLiteral("as quoted by Reuters") << 0 << QStringLiteral("viaPhrases") << 3;
        QTest::newRow("multi-word verb") << QStringLiteral("en") << QStringLiteral("They expressed the opinion that")
                                         << 1 << QStringLiteral("reportingVerbs") << 3;
        QTest::newRow("acronym with dots") << QStringLiteral("en") << QStringLiteral("one U.S. official said") << 1
                                           << QStringLiteral("modifiers") << 1;
        QTest::newRow("no partial word") << QStringLiteral("en") << QStringLiteral("Officials sayings") << 1
                                         << QStringLiteral("reportingVerbs") << 0;
        QTest::newRow("stem matches an inflection")
            << QStringLiteral("ru") << QStringLiteral("два чиновников") << 1 << QStringLiteral("groupNouns") << 1;
        QTest::newRow("phrase with a comma") << QStringLiteral("ru") << QStringLiteral("источник, знакомый с ситуацией")
                                             << 0 << QStringLiteral("anonymityPhrases") << 4;
        QTest::newRow("uk citing") << QStringLiteral("uk") << QStringLiteral("з посиланням на джерела") << 0
                                   << QStringLiteral("citingPhrases") << 3;
        // Forms the files do not list, made from the ones they do (see verbforms.h).
        QTest::newRow("ru first person of a listed present")
            << QStringLiteral("ru") << QStringLiteral("Я утверждаю") << 1 << QStringLiteral("reportingVerbs") << 1;
        QTest::newRow("ru plural of a listed past")
            << QStringLiteral("ru") << QStringLiteral("Они утверждали") << 1 << QStringLiteral("reportingVerbs") << 1;
        QTest::newRow("ru feminine of a listed past") << QStringLiteral("ru") << QStringLiteral("Она спрогнозировала")
                                                      << 1 << QStringLiteral("reportingVerbs") << 1;
        QTest::newRow("uk first person of a listed present")
            << QStringLiteral("uk") << QStringLiteral("Я повідомляю") << 1 << QStringLiteral("reportingVerbs") << 1;
        QTest::newRow("uk plural of a listed past") << QStringLiteral("uk") << QStringLiteral("Вони стверджували") << 1
                                                    << QStringLiteral("reportingVerbs") << 1;
        QTest::newRow("no forms for English")
            << QStringLiteral("en") << QStringLiteral("Officials saidla") << 1 << QStringLiteral("reportingVerbs") << 0;
    }

    void matching()
    {
        QFETCH(QString, code);
        QFETCH(QString, text);
        QFETCH(int, token);
        QFETCH(QString, category);
        QFETCH(int, length);

        const auto lexicon = Lexicon::forLanguage(languageFromCode(code));
        int index = -1;
        for (int i = 0; i < LexiconCategoryCount; ++i) {
            if (Lexicon::categoryKey(LexiconCategory(i)) == category) {
                index = i;
            }
        }
        QVERIFY(index >= 0);
        const QList<Token> tokens = WordTokenizer::tokenize(text);
        QCOMPARE(lexicon->matchAt(LexiconCategory(index), tokens, token), length);
    }

    void quotedTokensDoNotMatch()
    {
        const auto lexicon = Lexicon::forLanguage(Language::English);
        QList<Token> tokens = WordTokenizer::tokenize(u"officials said");
        tokens[1].inQuote = true;
        QCOMPARE(lexicon->matchAt(LexiconCategory::ReportingVerbs, tokens, 1), 0);
        QCOMPARE(lexicon->matchAt(LexiconCategory::ReportingVerbs, tokens, 1, true), 1);
    }

    void verbFormsFollowTheFilesLanguage()
    {
        // The same word list inflects only when the file says it is Russian.
        const QByteArray ru = R"({"language": "ru", "reportingVerbs": ["заявил о"]})";
        const QByteArray en = R"({"language": "en", "reportingVerbs": ["заявил о"]})";
        const QList<Token> tokens = WordTokenizer::tokenize(u"она заявила о планах");
        QCOMPARE(Lexicon::fromJson(ru)->matchAt(LexiconCategory::ReportingVerbs, tokens, 1), 2);
        QCOMPARE(Lexicon::fromJson(en)->matchAt(LexiconCategory::ReportingVerbs, tokens, 1), 0);
    }

    void badJson()
    {
        QString error;
        const auto lexicon = Lexicon::fromJson("{ not json", &error);
        QVERIFY(!error.isEmpty());
        QVERIFY(lexicon->isEmpty());
        QVERIFY(Lexicon::fromJson(R"({"reportingVerbs": ["said"], "aliases": {"u.s.": "US"}})")
                    ->alias(QStringLiteral("u.s."))
            == QStringLiteral("US"));
    }

    void tokenizer_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tokens");
        QTest::newRow("acronym and title") << QStringLiteral("Gen. Smith and the U.S. Navy said.")
                                           << QStringList {QStringLiteral("gen."), QStringLiteral("smith"),
                                                  QStringLiteral("and"), QStringLiteral("the"), QStringLiteral("u.s."),
                                                  QStringLiteral("navy"), QStringLiteral("said"), QStringLiteral(".")};
        QTest::newRow("numbers, apostrophes, hyphens")
            << QStringLiteral("Russia's 8,000 high-ranking 1.5")
            << QStringList {QStringLiteral("russia's"), QStringLiteral("8,000"), QStringLiteral("high-ranking"),
                   QStringLiteral("1.5")};
        QTest::newRow("quotes") << QStringLiteral("«Да», — сказал он.")
                                << QStringList {QStringLiteral("«"), QStringLiteral("да"), QStringLiteral("»"),
                                       QStringLiteral(","), QStringLiteral("—"), QStringLiteral("сказал"),
                                       QStringLiteral("он"), QStringLiteral(".")};
    }

    void tokenizer()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tokens);
        QStringList actual;
        for (const Token &token : WordTokenizer::tokenize(text)) {
            actual.append(token.lower);
            QCOMPARE(text.mid(token.start, token.end - token.start).toLower(), token.lower);
        }
        QCOMPARE(actual, tokens);
    }

    void quoteDirection()
    {
        // “…“ typed with two opening marks still pairs: the second one closes.
        const QList<Token> tokens = WordTokenizer::tokenize(u"that “with efforts“ in");
        QCOMPARE(tokens[1].kind, Token::Kind::OpenQuote);
        QCOMPARE(tokens[4].kind, Token::Kind::CloseQuote);
    }
};

QTEST_GUILESS_MAIN(LexiconTest)
#include "lexicon_test.moc"
