// The public output format of `sourcelight analyze`: offsets in code points, text equal to the slice, nulls.
#include "analysisjson.h"
#include "documentanalyzer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Sourcelight;

class AnalysisJsonTest : public QObject
{
    Q_OBJECT

private:
    static QString slice(const QList<uint> &codePoints, qsizetype start, qsizetype end)
    {
        const QList<uint> part = codePoints.mid(start, end - start);
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(part.constData()), part.size());
    }

    static QString span(const QList<uint> &codePoints, const QJsonValue &value)
    {
        const QJsonArray array = value.toArray();
        return slice(codePoints, array.at(0).toInteger(), array.at(1).toInteger());
    }

    static QJsonObject parse(const QByteArray &json)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError) {
            qWarning() << error.errorString() << json;
        }
        return document.object();
    }

private Q_SLOTS:
    void offsetsAreCodePoints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expectedMention");

        QTest::newRow("emoji before the source")
            << QStringLiteral("Markets fell 😀😀 on Monday.\nJohn Kirby said the 🚀 launch failed.")
            << QStringLiteral("en") << QStringLiteral("John Kirby");
        QTest::newRow("emoji inside the cue sentence")
            << QStringLiteral("The 👍 plan is ready, one U.S. official said.\nIt 🎉 is noted that talks continue.")
            << QStringLiteral("en") << QStringLiteral("one U.S. official");
        QTest::newRow("combining marks") << QStringLiteral(
            "Cafe\u0301 owners protested.\nZoe\u0308 Martin said the re\u0301gime fell.")
                                         << QStringLiteral("en") << QStringLiteral("Zoe\u0308 Martin");
        QTest::newRow("cyrillic") << QStringLiteral(
            "Пожар удалось потушить. Об этом сообщает ТАСС со ссылкой на местные власти.")
                                  << QStringLiteral("ru") << QStringLiteral("местные власти");
        QTest::newRow("cyrillic and emoji") << QStringLiteral(
            "🇺🇦 Водночас ситуація стабільна.\nМіністр оборони Денис Гаврилюк заявив, що 🛡 батарея прибуде.")
                                            << QStringLiteral("uk") << QStringLiteral("Міністр оборони Денис Гаврилюк");
    }

    void offsetsAreCodePoints()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(QString, expectedMention);

        const DocumentAnalysis analysis = analyzeDocument(text, languageFromCode(language));
        const QByteArray json = AnalysisJson::toJson(text, analysis);
        const QJsonObject root = parse(json);
        const QList<uint> codePoints = text.toUcs4();
        const QJsonArray sentences = root.value(QLatin1String("sentences")).toArray();
        QVERIFY(sentences.size() >= 2);
        bool sawMention = false;
        qsizetype previousEnd = 0;
        for (const QJsonValue &value : sentences) {
            const QJsonObject sentence = value.toObject();
            const qsizetype start = sentence.value(QLatin1String("start")).toInteger();
            const qsizetype end = sentence.value(QLatin1String("end")).toInteger();
            QVERIFY(start >= previousEnd);
            QVERIFY(end <= codePoints.size());
            previousEnd = end;
            QCOMPARE(slice(codePoints, start, end), sentence.value(QLatin1String("text")).toString());
            const QJsonObject attribution = sentence.value(QLatin1String("attribution")).toObject();
            const QJsonValue cue = attribution.value(QLatin1String("cue"));
            if (cue.isObject()) {
                QCOMPARE(span(codePoints, cue.toObject().value(QLatin1String("span"))),
                    cue.toObject().value(QLatin1String("text")).toString());
            }
            const QJsonValue source = attribution.value(QLatin1String("source"));
            if (source.isObject() && source.toObject().value(QLatin1String("mention")).isArray()) {
                const QString mention = span(codePoints, source.toObject().value(QLatin1String("mention")));
                sawMention = sawMention || mention == expectedMention;
            }
        }
        QVERIFY2(sawMention, json.constData());
    }

    void documentShape()
    {
        const QString text = QStringLiteral("Prices rose.\nThis is what Bloomberg writes, citing US officials.\n"
                                            "\"We will respond,\" said Kirby. \"Soon.\"");
        const DocumentAnalysis analysis = analyzeDocument(text, Language::English);
        const QByteArray json = AnalysisJson::toJson(text, analysis);
        QVERIFY(json.endsWith("}\n"));
        QCOMPARE(json.count('\n'), 1); // compact: one line
        QVERIFY(json.startsWith("{\"version\":1,\"language\":\"en\",\"sentences\":["));
        const QJsonObject root = parse(json);
        QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
        const QJsonArray sentences = root.value(QLatin1String("sentences")).toArray();
        QCOMPARE(sentences.size(), analysis.sentences.size());
        for (qsizetype i = 0; i < sentences.size(); ++i) {
            const QJsonObject sentence = sentences.at(i).toObject();
            QCOMPARE(sentence.value(QLatin1String("index")).toInteger(), i);
            const QJsonObject attribution = sentence.value(QLatin1String("attribution")).toObject();
            for (const char *key : {"source", "via", "cue", "quote", "scope", "confidence", "reason"}) {
                QVERIFY2(attribution.contains(QLatin1String(key)), key);
            }
            const double confidence = attribution.value(QLatin1String("confidence")).toDouble();
            QVERIFY(confidence >= 0.0 && confidence <= 1.0);
            QVERIFY(!attribution.value(QLatin1String("reason")).toString().isEmpty());
        }
        // "Prices rose." is covered by the backward attribution of the last sentence: a source, no mention of it.
        const QJsonObject first = sentences.at(0).toObject().value(QLatin1String("attribution")).toObject();
        QCOMPARE(first.value(QLatin1String("scope")).toString(), QStringLiteral("backward"));
        const QJsonObject firstSource = first.value(QLatin1String("source")).toObject();
        QCOMPARE(firstSource.value(QLatin1String("name")).toString(), QStringLiteral("US officials"));
        QVERIFY(firstSource.value(QLatin1String("mention")).isNull());
        QVERIFY(first.value(QLatin1String("cue")).isNull());
        QCOMPARE(first.value(QLatin1String("via")).toArray().at(0).toObject().value(QLatin1String("name")).toString(),
            QStringLiteral("Bloomberg"));
        // Author voice: no source at all, never a silent guess.
        const QString plain = QStringLiteral("Prices rose sharply.");
        const QJsonObject author = parse(AnalysisJson::toJson(plain, analyzeDocument(plain, Language::English)))
                                       .value(QLatin1String("sentences"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QLatin1String("attribution"))
                                       .toObject();
        QCOMPARE(author.value(QLatin1String("scope")).toString(), QStringLiteral("author"));
        QVERIFY(author.value(QLatin1String("source")).isNull());
        QVERIFY(author.value(QLatin1String("cue")).isNull());
        QCOMPARE(author.value(QLatin1String("quote")).toString(), QStringLiteral("none"));
    }

    void escaping()
    {
        const QString text = QStringLiteral("He wrote \"C:\\temp\"\tand left.\u2028Next\u0001 line.");
        const DocumentAnalysis analysis = analyzeDocument(text, Language::English);
        const QJsonObject root = parse(AnalysisJson::toJson(text, analysis));
        const QJsonArray sentences = root.value(QLatin1String("sentences")).toArray();
        QVERIFY(!sentences.isEmpty());
        QString joined;
        for (const QJsonValue &value : sentences) {
            joined += value.toObject().value(QLatin1String("text")).toString();
        }
        QVERIFY(joined.contains(QStringLiteral("\"C:\\temp\"\tand")));
        QVERIFY(joined.contains(QChar(u'\u0001')));
    }

    void tsv()
    {
        const QString text = QStringLiteral("Officials said the plan 😀 was ready.\nPrices\trose.");
        const DocumentAnalysis analysis = analyzeDocument(text, Language::English);
        const QStringList lines = QString::fromUtf8(AnalysisJson::toTsv(text, analysis)).split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), analysis.sentences.size() + 2); // header, one per sentence, final newline
        QVERIFY(lines.first().startsWith(QStringLiteral("index\tstart\tend\tsource\tkind\t")));
        QVERIFY(lines.last().isEmpty());
        const int columns = int(lines.first().split(QLatin1Char('\t')).size());
        for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
            QCOMPARE(lines[i].split(QLatin1Char('\t')).size(), columns);
        }
        const QStringList first = lines[1].split(QLatin1Char('\t'));
        QCOMPARE(first.at(3), QStringLiteral("officials"));
        QCOMPARE(first.at(4), QStringLiteral("anonymous"));
        QCOMPARE(first.at(9), QStringLiteral("said"));
        QCOMPARE(first.at(10), QStringLiteral("10"));
        QCOMPARE(lines[2].split(QLatin1Char('\t')).at(1), QStringLiteral("37")); // after the emoji: code points
    }
};

QTEST_GUILESS_MAIN(AnalysisJsonTest)
#include "analysisjson_test.moc"
