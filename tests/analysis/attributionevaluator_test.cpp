// AttributionEvaluator and GoldCorpus: the gold reader converts code points and refuses spans that do not match
// the text; the evaluator counts a found source, a missed one and a false alarm each where they belong.
#include "attributionevaluator.h"
#include "goldcorpus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Sourcelight;
using namespace Qt::StringLiterals;

namespace {

/// A span object over text (code points) for the string needle, found by its first occurrence.
QJsonObject span(const QString &text, const QString &needle)
{
    const qsizetype at = text.indexOf(needle);
    Q_ASSERT(at >= 0);
    const qsizetype start = text.left(at).toUcs4().size();
    return {{u"start"_s, start}, {u"end"_s, start + needle.toUcs4().size()}, {u"text"_s, needle}};
}

QJsonObject relation(int id, const QString &text, const QString &source, const QString &cue, const QString &content,
    const char *cls, const char *kind)
{
    return {{u"id"_s, id}, {u"cue"_s, span(text, cue)},
        {u"source"_s, source.isEmpty() ? QJsonValue() : QJsonValue(span(text, source))},
        {u"content"_s, span(text, content)}, {u"cueClass"_s, QString::fromLatin1(cls)},
        {u"sourceKind"_s, source.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(kind))}};
}

QByteArray line(const QString &id, const QString &split, const QString &text, const QJsonArray &relations)
{
    const QJsonObject o {{u"id"_s, id}, {u"language"_s, u"en"_s}, {u"style"_s, u"wire"_s}, {u"split"_s, split},
        {u"title"_s, u"t"_s}, {u"text"_s, text}, {u"relations"_s, relations}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

class AttributionEvaluatorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsCodePointsIntoUtf16();
    void refusesBadSpans_data();
    void refusesBadSpans();
    void countsFoundMissedAndFalseAlarms();
    void jsonIsVersioned();
};

void AttributionEvaluatorTest::readsCodePointsIntoUtf16()
{
    // The emoji is one code point and two UTF-16 units: the source starts at code point 2, UTF-16 offset 3.
    const QString text = u"🙂 Maria Lopez said the talks had failed."_s;
    QList<GoldArticle> articles;
    QString error;
    QVERIFY2(GoldCorpus::parse(
                 line(u"en-01"_s, u"dev"_s, text,
                     {relation(1, text, u"Maria Lopez"_s, u"said"_s, u"the talks had failed"_s, "speech", "person")}),
                 u"gold.jsonl"_s, articles, &error),
        qPrintable(error));
    QCOMPARE(articles.size(), 1);
    const GoldRelation &r = articles.first().relations.first();
    QVERIFY(r.source);
    QCOMPARE(r.source->span.start, 3);
    QCOMPARE(r.source->text, u"Maria Lopez"_s);
    QCOMPARE(r.cue.text, u"said"_s);
}

void AttributionEvaluatorTest::refusesBadSpans_data()
{
    QTest::addColumn<QByteArray>("jsonl");
    QTest::addColumn<QString>("message");
    const QString text = u"Maria Lopez said the talks had failed."_s;
    QJsonObject wrongText = relation(1, text, u"Maria Lopez"_s, u"said"_s, u"the talks"_s, "speech", "person");
    QJsonObject cue = wrongText.value(u"cue"_s).toObject();
    cue.insert(u"text"_s, u"told"_s);
    wrongText.insert(u"cue"_s, cue);
    QJsonObject outside = relation(1, text, u"Maria Lopez"_s, u"said"_s, u"the talks"_s, "speech", "person");
    outside.insert(u"content"_s, QJsonObject {{u"start"_s, 20}, {u"end"_s, 400}});
    QTest::newRow("text does not match") << line(u"en-01"_s, u"dev"_s, text, {wrongText}) << u"line 1"_s;
    QTest::newRow("span past the end") << line(u"en-01"_s, u"dev"_s, text, {outside}) << u"line 1"_s;
    QTest::newRow("not json") << QByteArray("\n{\"id\": \"en-01\",") << u"line 2"_s;
    QTest::newRow("no relations") << QByteArray("{\"id\":\"en-01\",\"text\":\"x\"}") << u"line 1"_s;
}

void AttributionEvaluatorTest::refusesBadSpans()
{
    QFETCH(QByteArray, jsonl);
    QFETCH(QString, message);
    QList<GoldArticle> articles;
    QString error;
    QVERIFY(!GoldCorpus::parse(jsonl, u"gold.jsonl"_s, articles, &error));
    QVERIFY2(error.startsWith(u"gold.jsonl, "_s + message), qPrintable(error));
}

void AttributionEvaluatorTest::countsFoundMissedAndFalseAlarms()
{
    // dev: a plain "said" the suggester finds, and a relation no cue marks (the gold is deliberately beyond any
    // rule: a miss). test: no relations at all, but a sentence the suggester attributes (a false alarm).
    const QString dev = u"Maria Lopez said the talks had failed. The harbour stayed quiet all week."_s;
    const QString test = u"Tom Reyes said the ships would wait."_s;
    QList<GoldArticle> articles;
    QString error;
    const QByteArray jsonl
        = line(u"en-01"_s, u"dev"_s, dev,
              {relation(1, dev, u"Maria Lopez"_s, u"said"_s, u"the talks had failed"_s, "speech", "person"),
                  relation(2, dev, u"The harbour"_s, u"stayed"_s, u"quiet all week"_s, "evidence", "document")})
        + line(u"en-02"_s, u"test"_s, test, {});
    QVERIFY2(GoldCorpus::parse(jsonl, u"gold.jsonl"_s, articles, &error), qPrintable(error));
    AttributionEvaluator evaluator;
    for (const GoldArticle &a : std::as_const(articles)) {
        evaluator.add(a);
    }
    const EvaluationPart devPart = evaluator.parts().value(u"dev"_s);
    QCOMPARE(devPart.articles, 1);
    QCOMPARE(devPart.sources.gold, 2);
    QCOMPARE(devPart.sources.found, 1);
    QCOMPARE(devPart.sources.predicted, 1);
    QCOMPARE(devPart.sources.correct, 1);
    QCOMPARE(devPart.byCueClass.value(u"speech"_s).found, 1);
    QCOMPARE(devPart.byCueClass.value(u"evidence"_s).found, 0);
    QCOMPARE(devPart.misses.size(), 1);
    QCOMPARE(devPart.misses.first().source, u"The harbour"_s);
    QCOMPARE(devPart.sentences.gold, 2);
    QCOMPARE(devPart.sentences.found, 1);

    const EvaluationPart testPart = evaluator.parts().value(u"test"_s);
    QCOMPARE(testPart.sources.gold, 0);
    QCOMPARE(testPart.sources.predicted, 1);
    QCOMPARE(testPart.sources.correct, 0);
    QCOMPARE(testPart.falseAlarms.size(), 1);
    QCOMPARE(testPart.falseAlarms.first().source, u"Tom Reyes"_s);

    const EvaluationPart all = evaluator.parts().value(u"all"_s);
    QCOMPARE(all.articles, 2);
    QCOMPARE(all.sources.predicted, 2);
    QCOMPARE(all.sources.precision(), 0.5);
    QCOMPARE(all.sources.recall(), 0.5);
}

void AttributionEvaluatorTest::jsonIsVersioned()
{
    const QString text = u"Maria Lopez said the talks had failed."_s;
    QList<GoldArticle> articles;
    QVERIFY(GoldCorpus::parse(
        line(u"en-01"_s, u"dev"_s, text,
            {relation(1, text, u"Maria Lopez"_s, u"said"_s, u"the talks had failed"_s, "speech", "person")}),
        u"g"_s, articles, nullptr));
    AttributionEvaluator evaluator;
    evaluator.add(articles.first());
    const QByteArray json = evaluator.toJson();
    QVERIFY(json.endsWith('\n'));
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(u"version"_s).toInt(), AttributionEvaluator::FormatVersion);
    const QJsonObject all = root.value(u"splits"_s).toObject().value(u"all"_s).toObject();
    QCOMPARE(all.value(u"sources"_s).toObject().value(u"f1"_s).toDouble(), 1.0);
    QCOMPARE(all.value(u"bySourceKind"_s).toObject().value(u"person"_s).toObject().value(u"found"_s).toInt(), 1);
}

QTEST_GUILESS_MAIN(AttributionEvaluatorTest)
#include "attributionevaluator_test.moc"
