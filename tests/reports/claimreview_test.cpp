// The ClaimReview export against resources/schemas/claimreview.schema.json (checked by a validator for the
// subset of JSON Schema that file uses, itself tested to reject what it must), and the rules the schema cannot
// say: one review per claim with a verdict, the verdict only in reviewRating, the right author and appearance.

#include "claimreviewwriter.h"
#include "reportfixture.h"
#include "reporttext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>

using namespace Sourcelight;

namespace {

/// Validates against the JSON Schema keywords the ClaimReview schema uses: $ref (local), type, const, enum,
/// required, properties, additionalProperties (boolean), items, anyOf, minLength, maxLength, minimum, maximum,
/// format (date, uri, iri). Unknown keywords fail loudly, so the schema cannot silently outgrow the validator.
class SchemaValidator
{
public:
    explicit SchemaValidator(const QJsonObject &root)
        : m_root(root)
    {
    }

    bool validate(const QJsonValue &value, QString *error) { return check(value, m_root, QStringLiteral("$"), error); }

private:
    bool check(const QJsonValue &value, const QJsonObject &schema, const QString &path, QString *error)
    {
        static const QStringList known = {QStringLiteral("$schema"), QStringLiteral("$id"), QStringLiteral("$defs"),
            QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("$ref"), QStringLiteral("type"),
            QStringLiteral("const"), QStringLiteral("enum"), QStringLiteral("required"), QStringLiteral("properties"),
            QStringLiteral("additionalProperties"), QStringLiteral("items"), QStringLiteral("anyOf"),
            QStringLiteral("minLength"), QStringLiteral("maxLength"), QStringLiteral("minimum"),
            QStringLiteral("maximum"), QStringLiteral("format")};
        const auto fail = [&](const QString &why) {
            *error = path + QStringLiteral(": ") + why;
            return false;
        };
        for (auto it = schema.begin(); it != schema.end(); ++it) {
            if (!known.contains(it.key())) {
                return fail(QStringLiteral("unsupported keyword ") + it.key());
            }
        }
        if (schema.contains(QStringLiteral("$ref"))) {
            const QString ref = schema.value(QStringLiteral("$ref")).toString();
            if (!ref.startsWith(QLatin1String("#/$defs/"))) {
                return fail(QStringLiteral("unsupported $ref ") + ref);
            }
            const QJsonObject target = m_root.value(QStringLiteral("$defs")).toObject().value(ref.mid(8)).toObject();
            if (target.isEmpty() || !check(value, target, path, error)) {
                return target.isEmpty() ? fail(QStringLiteral("dangling $ref ") + ref) : false;
            }
        }
        if (schema.contains(QStringLiteral("type"))) {
            const QString type = schema.value(QStringLiteral("type")).toString();
            const bool ok = (type == QLatin1String("object") && value.isObject())
                || (type == QLatin1String("array") && value.isArray())
                || (type == QLatin1String("string") && value.isString())
                || (type == QLatin1String("boolean") && value.isBool())
                || (type == QLatin1String("number") && value.isDouble())
                || (type == QLatin1String("integer") && value.isDouble()
                    && value.toDouble() == std::floor(value.toDouble()));
            if (!ok) {
                return fail(QStringLiteral("not of type ") + type);
            }
        }
        if (schema.contains(QStringLiteral("const")) && value != schema.value(QStringLiteral("const"))) {
            return fail(QStringLiteral("not the constant"));
        }
        if (schema.contains(QStringLiteral("enum"))
            && !schema.value(QStringLiteral("enum")).toArray().contains(value)) {
            return fail(QStringLiteral("not in the enumeration"));
        }
        if (value.isString()) {
            const qsizetype length = value.toString().toUcs4().size();
            if (schema.contains(QStringLiteral("minLength"))
                && length < schema.value(QStringLiteral("minLength")).toInt()) {
                return fail(QStringLiteral("too short"));
            }
            if (schema.contains(QStringLiteral("maxLength"))
                && length > schema.value(QStringLiteral("maxLength")).toInt()) {
                return fail(QStringLiteral("too long"));
            }
            const QString format = schema.value(QStringLiteral("format")).toString();
            if (format == QLatin1String("date") && !QDate::fromString(value.toString(), Qt::ISODate).isValid()) {
                return fail(QStringLiteral("not a date"));
            }
            if (format == QLatin1String("uri") || format == QLatin1String("iri")) {
                const QUrl url(value.toString(), QUrl::StrictMode);
                if (!url.isValid() || url.scheme().isEmpty() || value.toString().contains(QLatin1Char(' '))) {
                    return fail(QStringLiteral("not an absolute IRI"));
                }
            }
        }
        if (value.isDouble()) {
            if (schema.contains(QStringLiteral("minimum"))
                && value.toDouble() < schema.value(QStringLiteral("minimum")).toDouble()) {
                return fail(QStringLiteral("below the minimum"));
            }
            if (schema.contains(QStringLiteral("maximum"))
                && value.toDouble() > schema.value(QStringLiteral("maximum")).toDouble()) {
                return fail(QStringLiteral("above the maximum"));
            }
        }
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (const QJsonValue &name : schema.value(QStringLiteral("required")).toArray()) {
                if (!object.contains(name.toString())) {
                    return fail(QStringLiteral("missing ") + name.toString());
                }
            }
            const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (properties.contains(it.key())) {
                    if (!check(it.value(), properties.value(it.key()).toObject(), path + QLatin1Char('.') + it.key(),
                            error)) {
                        return false;
                    }
                } else if (schema.value(QStringLiteral("additionalProperties")) == QJsonValue(false)) {
                    return fail(QStringLiteral("unexpected property ") + it.key());
                }
            }
        }
        if (value.isArray() && schema.contains(QStringLiteral("items"))) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (!check(array.at(i), schema.value(QStringLiteral("items")).toObject(),
                        path + QStringLiteral("[%1]").arg(i), error)) {
                    return false;
                }
            }
        }
        if (schema.contains(QStringLiteral("anyOf"))) {
            bool any = false;
            QString ignored;
            for (const QJsonValue &option : schema.value(QStringLiteral("anyOf")).toArray()) {
                any = any || check(value, option.toObject(), path, &ignored);
            }
            if (!any) {
                return fail(QStringLiteral("matches none of anyOf"));
            }
        }
        return true;
    }

    QJsonObject m_root;
};

QJsonObject loadSchema()
{
    QFile file(QStringLiteral(SOURCELIGHT_TEST_DATA "/../../resources/schemas/claimreview.schema.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class ClaimReviewTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchesSchema();
    void validatorRejects_data();
    void validatorRejects();
    void rules();
    void shortensLongClaims();

private:
    ReportFixture::TempProject m_fixture;
    ReportOptions m_options;
    QJsonArray m_reviews;
    QJsonObject m_schema;
};

void ClaimReviewTest::initTestCase()
{
    m_schema = loadSchema();
    QVERIFY(!m_schema.isEmpty());
    QVERIFY(m_fixture.create(QStringLiteral("cr.sourcelight")));
    m_options.organisation = QStringLiteral("Example Fact Check");
    m_options.organisationUrl = QStringLiteral("https://factcheck.example.org/reviews");
    ClaimReviewWriter writer;
    m_reviews = writer.toJson(m_fixture.data, m_options);
}

void ClaimReviewTest::matchesSchema()
{
    QVERIFY(!m_reviews.isEmpty());
    SchemaValidator validator(m_schema);
    QString error;
    QVERIFY2(validator.validate(m_reviews, &error), qPrintable(error));
}

void ClaimReviewTest::validatorRejects_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("remove");
    QTest::newRow("no rating") << QStringLiteral("reviewRating") << QJsonValue() << true;
    QTest::newRow("rating out of range") << QStringLiteral("reviewRating")
                                         << QJsonValue(QJsonObject {{QStringLiteral("@type"), QStringLiteral("Rating")},
                                                {QStringLiteral("ratingValue"), 7}, {QStringLiteral("bestRating"), 5},
                                                {QStringLiteral("worstRating"), 1},
                                                {QStringLiteral("alternateName"), QStringLiteral("False")}})
                                         << false;
    QTest::newRow("long claim") << QStringLiteral("claimReviewed") << QJsonValue(QString(200, QLatin1Char('x')))
                                << false;
    QTest::newRow("bad date") << QStringLiteral("datePublished") << QJsonValue(QStringLiteral("yesterday")) << false;
    QTest::newRow("extra property") << QStringLiteral("verdict") << QJsonValue(QStringLiteral("false")) << false;
    QTest::newRow("wrong type") << QStringLiteral("@type") << QJsonValue(QStringLiteral("Review")) << false;
    QTest::newRow("relative url") << QStringLiteral("url") << QJsonValue(QStringLiteral("reviews/1")) << false;
    QTest::newRow("no author") << QStringLiteral("author") << QJsonValue() << true;
}

void ClaimReviewTest::validatorRejects()
{
    QFETCH(QString, pointer);
    QFETCH(QJsonValue, value);
    QFETCH(bool, remove);
    QJsonObject review = m_reviews.first().toObject();
    if (remove) {
        review.remove(pointer);
    } else {
        review.insert(pointer, value);
    }
    SchemaValidator validator(m_schema);
    QString error;
    QVERIFY(!validator.validate(QJsonArray {review}, &error));
    QVERIFY(!error.isEmpty());
}

void ClaimReviewTest::rules()
{
    // One review per claim that has a verdict (the fixture's opinion claim is unverified).
    qsizetype withVerdict = 0;
    for (const ReportDocument &d : m_fixture.data.documents) {
        for (const ReportClaim &c : d.claims) {
            withVerdict += c.record.verdict != Verdict::Unverified ? 1 : 0;
        }
    }
    QCOMPARE(m_reviews.size(), withVerdict);
    QCOMPARE(withVerdict, 4);

    const QJsonObject first = m_reviews.first().toObject();
    const ReportDocument &article = m_fixture.data.documents.first();
    const ReportClaim &claim = article.claims.first();
    QCOMPARE(first.value(QStringLiteral("claimReviewed")).toString(), article.claimText(claim.record).simplified());
    const QJsonObject rating = first.value(QStringLiteral("reviewRating")).toObject();
    QCOMPARE(rating.value(QStringLiteral("alternateName")).toString(), ReportText::verdictLabel(Verdict::Supported));
    QCOMPARE(rating.value(QStringLiteral("ratingValue")).toInt(), 5);
    const QJsonObject item = first.value(QStringLiteral("itemReviewed")).toObject();
    QCOMPARE(item.value(QStringLiteral("author")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("John Kirby"));
    QCOMPARE(item.value(QStringLiteral("author")).toObject().value(QStringLiteral("@type")).toString(),
        QStringLiteral("Person"));
    const QJsonObject appearance = item.value(QStringLiteral("appearance")).toObject();
    QCOMPARE(appearance.value(QStringLiteral("url")).toString(), article.record.metadata.url);
    QCOMPARE(appearance.value(QStringLiteral("datePublished")).toString(), article.record.metadata.published);
    QCOMPARE(first.value(QStringLiteral("author")).toObject().value(QStringLiteral("name")).toString(),
        m_options.organisation);
    QCOMPARE(first.value(QStringLiteral("datePublished")).toString(),
        claim.record.updatedAt.toUTC().date().toString(Qt::ISODate));
    QVERIFY(first.value(QStringLiteral("url")).toString().startsWith(m_options.organisationUrl));

    const QStringList verdictWords = {QStringLiteral("supported"), QStringLiteral("disputed"),
        QStringLiteral("misleading"), QStringLiteral("false"), QStringLiteral("unverifiable")};
    QSet<QString> urls;
    for (const QJsonValue &v : std::as_const(m_reviews)) {
        const QJsonObject review = v.toObject();
        const QString reviewed = review.value(QStringLiteral("claimReviewed")).toString().toLower();
        for (const QString &word : verdictWords) {
            QVERIFY2(!reviewed.contains(QRegularExpression(QStringLiteral("\\b") + word + QStringLiteral("\\b"))),
                qPrintable(reviewed));
        }
        urls.insert(review.value(QStringLiteral("url")).toString());
    }
    QCOMPARE(urls.size(), m_reviews.size()); // every review has its own address

    // The Ukrainian article has no web address: its appearance names it by headline instead.
    const QJsonObject last = m_reviews.last().toObject();
    const QJsonObject lastAppearance
        = last.value(QStringLiteral("itemReviewed")).toObject().value(QStringLiteral("appearance")).toObject();
    QVERIFY(!lastAppearance.contains(QStringLiteral("url")));
    QCOMPARE(lastAppearance.value(QStringLiteral("headline")).toString(), QStringLiteral("Удари тривали всю ніч"));
    QCOMPARE(last.value(QStringLiteral("reviewRating")).toObject().value(QStringLiteral("ratingValue")).toInt(), 1);
}

void ClaimReviewTest::shortensLongClaims()
{
    const QString words = QStringLiteral("word ").repeated(60);
    const QString shortened = ClaimReviewWriter::shortened(words);
    QVERIFY(shortened.size() <= ClaimReviewWriter::MaxClaimLength);
    QVERIFY(shortened.endsWith(QChar(0x2026)));
    QVERIFY(shortened.chopped(1).endsWith(QStringLiteral("word")));
    QCOMPARE(ClaimReviewWriter::shortened(QStringLiteral("  short\n claim ")), QStringLiteral("short claim"));
}

QTEST_MAIN(ClaimReviewTest)
#include "claimreview_test.moc"
