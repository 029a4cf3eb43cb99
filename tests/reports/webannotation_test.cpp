// The W3C Web Annotation export checked against the MUSTs of the Web Annotation Data Model (each check below
// names its section), plus what makes the selectors useful: TextQuoteSelector and TextPositionSelector (in code
// points) select the same text, and every annotation is reachable through the pages.

#include "reportfixture.h"
#include "reporttext.h"
#include "webannotationwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>

using namespace Sourcelight;

namespace {

bool isIri(const QJsonValue &value)
{
    if (!value.isString()) {
        return false;
    }
    const QString text = value.toString();
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.scheme().isEmpty() && !text.contains(QLatin1Char(' '));
}

bool isUtcDateTime(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() && value.toString().endsWith(QLatin1Char('Z'));
}

bool isNonNegativeInteger(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() >= 0 && value.toDouble() == std::floor(value.toDouble());
}

bool hasType(const QJsonObject &object, const QString &type)
{
    const QJsonValue value = object.value(QStringLiteral("type"));
    return value == QJsonValue(type) || value.toArray().contains(type);
}

/// Code points [start, end) of text.
QString codePoints(const QString &text, qsizetype start, qsizetype end)
{
    const QList<uint> ucs4 = text.toUcs4();
    if (start < 0 || end > ucs4.size() || start > end) {
        return QStringLiteral("<out of range>");
    }
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData() + start), end - start);
}

} // namespace

class WebAnnotationTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void collectionMusts();
    void pageMusts();
    void annotationMusts();
    void selectorsSelectTheSameText();
    void bodies();
    void emptyCollection();

private:
    QList<QJsonObject> pages() const;
    QList<QJsonObject> annotations() const;

    ReportFixture::TempProject m_fixture;
    QJsonObject m_collection;
};

void WebAnnotationTest::initTestCase()
{
    QVERIFY(m_fixture.create(QStringLiteral("w3c.sourcelight")));
    ReportOptions options;
    options.annotationsPerPage = 2;
    options.creator = QStringLiteral("Fact desk");
    WebAnnotationWriter writer;
    m_collection = writer.toJson(m_fixture.data, options);
}

QList<QJsonObject> WebAnnotationTest::pages() const
{
    // Follow "next" from the embedded first page through the pages in @included.
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &page : m_collection.value(QStringLiteral("@included")).toArray()) {
        byId.insert(page.toObject().value(QStringLiteral("id")).toString(), page.toObject());
    }
    QList<QJsonObject> list;
    QJsonObject page = m_collection.value(QStringLiteral("first")).toObject();
    while (!page.isEmpty() && list.size() < 1000) {
        list.append(page);
        page = byId.value(page.value(QStringLiteral("next")).toString());
    }
    return list;
}

QList<QJsonObject> WebAnnotationTest::annotations() const
{
    QList<QJsonObject> list;
    for (const QJsonObject &page : pages()) {
        for (const QJsonValue &item : page.value(QStringLiteral("items")).toArray()) {
            list.append(item.toObject());
        }
    }
    return list;
}

void WebAnnotationTest::collectionMusts()
{
    // 5.1 Annotation Collection: @context including anno.jsonld, an IRI id, type AnnotationCollection.
    const QJsonValue context = m_collection.value(QStringLiteral("@context"));
    QVERIFY(context == QJsonValue(QStringLiteral("http://www.w3.org/ns/anno.jsonld"))
        || context.toArray().contains(QStringLiteral("http://www.w3.org/ns/anno.jsonld")));
    QVERIFY(isIri(m_collection.value(QStringLiteral("id"))));
    QVERIFY(hasType(m_collection, QStringLiteral("AnnotationCollection")));
    // total: a non-negative integer, equal to the annotations in the pages.
    QVERIFY(isNonNegativeInteger(m_collection.value(QStringLiteral("total"))));
    QCOMPARE(m_collection.value(QStringLiteral("total")).toInteger(), annotations().size());
    // first: the first page (embedded), last: its IRI.
    QVERIFY(m_collection.value(QStringLiteral("first")).isObject());
    QVERIFY(isIri(m_collection.value(QStringLiteral("last"))));
    QCOMPARE(
        m_collection.value(QStringLiteral("last")).toString(), pages().last().value(QStringLiteral("id")).toString());
    QVERIFY(m_collection.value(QStringLiteral("label")).isString());
}

void WebAnnotationTest::pageMusts()
{
    // 5.2 Annotation Page: IRI id, type AnnotationPage, items; partOf the collection, startIndex, next/prev IRIs.
    const QList<QJsonObject> list = pages();
    QCOMPARE(list.size(), 3); // 6 annotations (5 claims, 1 attributed sentence without one), 2 per page
    qint64 index = 0;
    QSet<QString> ids;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject &page = list.at(i);
        QVERIFY(isIri(page.value(QStringLiteral("id"))));
        ids.insert(page.value(QStringLiteral("id")).toString());
        QVERIFY(hasType(page, QStringLiteral("AnnotationPage")));
        QVERIFY(page.value(QStringLiteral("items")).isArray());
        QVERIFY(!page.value(QStringLiteral("items")).toArray().isEmpty());
        QCOMPARE(page.value(QStringLiteral("@context")).toString(), QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
        const QJsonObject partOf = page.value(QStringLiteral("partOf")).toObject();
        QCOMPARE(partOf.value(QStringLiteral("id")).toString(), m_collection.value(QStringLiteral("id")).toString());
        QCOMPARE(partOf.value(QStringLiteral("total")), m_collection.value(QStringLiteral("total")));
        QVERIFY(isNonNegativeInteger(page.value(QStringLiteral("startIndex"))));
        QCOMPARE(page.value(QStringLiteral("startIndex")).toInteger(), index);
        index += page.value(QStringLiteral("items")).toArray().size();
        QCOMPARE(page.contains(QStringLiteral("next")), i + 1 < list.size());
        QCOMPARE(page.contains(QStringLiteral("prev")), i > 0);
        if (i > 0) {
            QVERIFY(isIri(page.value(QStringLiteral("prev"))));
            QCOMPARE(
                page.value(QStringLiteral("prev")).toString(), list.at(i - 1).value(QStringLiteral("id")).toString());
        }
    }
    QCOMPARE(ids.size(), list.size());
}

void WebAnnotationTest::annotationMusts()
{
    static const QStringList motivations = {QStringLiteral("assessing"), QStringLiteral("bookmarking"),
        QStringLiteral("classifying"), QStringLiteral("commenting"), QStringLiteral("describing"),
        QStringLiteral("editing"), QStringLiteral("highlighting"), QStringLiteral("identifying"),
        QStringLiteral("linking"), QStringLiteral("moderating"), QStringLiteral("questioning"),
        QStringLiteral("replying"), QStringLiteral("tagging")};
    QSet<QString> ids;
    const QList<QJsonObject> list = annotations();
    QVERIFY(!list.isEmpty());
    for (const QJsonObject &annotation : list) {
        // 3.1: its own @context (an annotation may be read apart from the collection), exactly one IRI id, type
        // Annotation, one or more targets.
        QCOMPARE(annotation.value(QStringLiteral("@context")).toString(),
            QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
        QVERIFY(isIri(annotation.value(QStringLiteral("id"))));
        ids.insert(annotation.value(QStringLiteral("id")).toString());
        QVERIFY(hasType(annotation, QStringLiteral("Annotation")));
        QVERIFY(annotation.contains(QStringLiteral("target")));
        QVERIFY(motivations.contains(annotation.value(QStringLiteral("motivation")).toString()));
        // 3.3.5: created, modified, generated are xsd:dateTime (in UTC).
        for (const char *key : {"created", "modified", "generated"}) {
            if (annotation.contains(QLatin1String(key))) {
                QVERIFY2(isUtcDateTime(annotation.value(QLatin1String(key))), key);
            }
        }
        // 3.3.4: agents are typed (Person, Organization or Software).
        for (const char *key : {"creator", "generator"}) {
            const QJsonObject agent = annotation.value(QLatin1String(key)).toObject();
            QVERIFY(hasType(agent, QStringLiteral("Person")) || hasType(agent, QStringLiteral("Organization"))
                || hasType(agent, QStringLiteral("Software")));
            QVERIFY(agent.value(QStringLiteral("name")).isString());
        }
        // 3.2.4 Textual bodies: exactly one value; purposes are motivations.
        for (const QJsonValue &b : annotation.value(QStringLiteral("body")).toArray()) {
            const QJsonObject body = b.toObject();
            QVERIFY(motivations.contains(body.value(QStringLiteral("purpose")).toString()));
            if (hasType(body, QStringLiteral("TextualBody"))) {
                QVERIFY(body.value(QStringLiteral("value")).isString());
                // 3.2.4 / 3.3.5: a body with an id is an External Web Resource, which must not have a purpose.
                QVERIFY(!body.contains(QStringLiteral("id")));
            } else {
                // 4.1: a Specific Resource has exactly one source.
                QVERIFY(hasType(body, QStringLiteral("SpecificResource")));
                QVERIFY(isIri(body.value(QStringLiteral("source"))));
            }
        }
        // 4.1 / 4.2.4 / 4.2.5: the target's source and its selectors.
        const QJsonObject target = annotation.value(QStringLiteral("target")).toObject();
        QVERIFY(isIri(target.value(QStringLiteral("source"))));
        const QJsonArray selectors = target.value(QStringLiteral("selector")).toArray();
        QCOMPARE(selectors.size(), 2);
        for (const QJsonValue &s : selectors) {
            const QJsonObject selector = s.toObject();
            if (hasType(selector, QStringLiteral("TextQuoteSelector"))) {
                QVERIFY(selector.value(QStringLiteral("exact")).isString());
                QVERIFY(!selector.value(QStringLiteral("exact")).toString().isEmpty());
                for (const char *key : {"prefix", "suffix"}) {
                    QVERIFY(!selector.contains(QLatin1String(key)) || selector.value(QLatin1String(key)).isString());
                }
            } else {
                QVERIFY(hasType(selector, QStringLiteral("TextPositionSelector")));
                QVERIFY(isNonNegativeInteger(selector.value(QStringLiteral("start"))));
                QVERIFY(isNonNegativeInteger(selector.value(QStringLiteral("end"))));
                QVERIFY(selector.value(QStringLiteral("start")).toInteger()
                    <= selector.value(QStringLiteral("end")).toInteger());
            }
        }
    }
    QCOMPARE(ids.size(), list.size()); // identifiers are unique
}

void WebAnnotationTest::selectorsSelectTheSameText()
{
    QHash<QString, QString> texts;
    for (const ReportDocument &d : m_fixture.data.documents) {
        texts.insert(WebAnnotationWriter::documentIri(d, ReportText::baseIri(m_fixture.data, {})), d.record.body);
    }
    bool sawAstralPlane = false;
    for (const QJsonObject &annotation : annotations()) {
        const QJsonObject target = annotation.value(QStringLiteral("target")).toObject();
        const QString body = texts.value(target.value(QStringLiteral("source")).toString());
        QVERIFY(!body.isEmpty());
        const QJsonArray selectors = target.value(QStringLiteral("selector")).toArray();
        const QJsonObject quote = selectors.at(0).toObject();
        const QJsonObject position = selectors.at(1).toObject();
        const qsizetype start = position.value(QStringLiteral("start")).toInteger();
        const qsizetype end = position.value(QStringLiteral("end")).toInteger();
        const QString exact = quote.value(QStringLiteral("exact")).toString();
        QCOMPARE(codePoints(body, start, end), exact);
        QCOMPARE(
            codePoints(body, qMax<qsizetype>(0, start - 32), start), quote.value(QStringLiteral("prefix")).toString());
        QCOMPARE(codePoints(body, end, qMin<qsizetype>(body.toUcs4().size(), end + 32)),
            quote.value(QStringLiteral("suffix")).toString());
        // Sentences after the emoji only match when positions count code points, not UTF-16 units.
        sawAstralPlane = sawAstralPlane || exact.contains(QStringLiteral("\U0001F6A2"));
    }
    QVERIFY(sawAstralPlane);
}

void WebAnnotationTest::bodies()
{
    // The claim on Kirby's sentence: source (with its via chain), verdict, type, note, tag.
    QJsonObject kirby;
    for (const QJsonObject &annotation : annotations()) {
        if (annotation.value(QStringLiteral("motivation")).toString() == QLatin1String("assessing")) {
            kirby = annotation;
            break;
        }
    }
    QVERIFY(!kirby.isEmpty());
    QHash<QString, QStringList> byPurpose;
    for (const QJsonValue &b : kirby.value(QStringLiteral("body")).toArray()) {
        const QJsonObject body = b.toObject();
        byPurpose[body.value(QStringLiteral("purpose")).toString()].append(body.contains(QStringLiteral("value"))
                ? body.value(QStringLiteral("value")).toString()
                : body.value(QStringLiteral("source")).toString());
    }
    // The source twice: as a SpecificResource around its IRI and by its name.
    const QStringList identifying = byPurpose.value(QStringLiteral("identifying"));
    QCOMPARE(identifying.size(), 2);
    QVERIFY2(identifying.at(0).contains(QStringLiteral(":source:")), qPrintable(identifying.at(0)));
    QCOMPARE(identifying.at(1), QStringLiteral("John Kirby"));
    QCOMPARE(byPurpose.value(QStringLiteral("describing")), QStringList {QStringLiteral("via Reuters")});
    QCOMPARE(byPurpose.value(QStringLiteral("assessing")), QStringList {QStringLiteral("supported")});
    QCOMPARE(byPurpose.value(QStringLiteral("classifying")), QStringList {QStringLiteral("quote")});
    QCOMPARE(byPurpose.value(QStringLiteral("tagging")), QStringList {QStringLiteral("follow-up")});
    QCOMPARE(byPurpose.value(QStringLiteral("commenting")).size(), 1);
    QCOMPARE(byPurpose.value(QStringLiteral("linking")),
        QStringList {QStringLiteral("https://www.example.gov/briefing-room/2026/03/04")});
    QCOMPARE(kirby.value(QStringLiteral("creator")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("Dana Analyst"));
    QCOMPARE(kirby.value(QStringLiteral("target")).toObject().value(QStringLiteral("source")).toString(),
        QStringLiteral("https://news.example.org/world/grain-escorts?id=7&lang=en"));
}

void WebAnnotationTest::emptyCollection()
{
    ReportData empty;
    empty.projectPath = QStringLiteral("/projects/empty.sourcelight");
    WebAnnotationWriter writer;
    const QJsonObject collection = writer.toJson(empty, {});
    QCOMPARE(collection.value(QStringLiteral("total")).toInt(-1), 0);
    QVERIFY(!collection.contains(QStringLiteral("first")));
    QVERIFY(isIri(collection.value(QStringLiteral("id"))));
}

QTEST_MAIN(WebAnnotationTest)
#include "webannotation_test.moc"
