// The W3C Web Annotation export checked by the W3C's own assertions: the MUST assertions of the public
// web-annotation-tests suite (tests/data/w3c-annotation), applied by tests/reports/w3c_annotation_check.py to the
// collection, every page and every annotation of the fixture project's export. The checker is also shown to reject
// exports broken in the ways the suite forbids, so a pass means something.

#include "reportfixture.h"
#include "webannotationwriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <functional>

using namespace Sourcelight;

namespace {

struct CheckerRun
{
    int exitCode = -1;
    QString output;
};

/// Writes json to a file in dir and runs the W3C assertion checker on it.
CheckerRun runChecker(const QTemporaryDir &dir, const QJsonObject &json)
{
    CheckerRun run;
    const QString path = dir.filePath(QStringLiteral("export.jsonld"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        run.output = file.errorString();
        return run;
    }
    file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    file.close();

    QProcess checker;
    checker.setProcessChannelMode(QProcess::MergedChannels);
    checker.start(QStringLiteral(SOURCELIGHT_PYTHON3),
        {QStringLiteral(SOURCELIGHT_W3C_CHECKER), path, QStringLiteral(SOURCELIGHT_TEST_DATA "/w3c-annotation")});
    // A generous bound so a hung interpreter fails the test instead of blocking the suite; not a timing check.
    if (!checker.waitForFinished(120'000)) {
        run.output = QStringLiteral("the checker did not finish: ") + checker.errorString();
        return run;
    }
    run.output = QString::fromUtf8(checker.readAll());
    run.exitCode = checker.exitStatus() == QProcess::NormalExit ? checker.exitCode() : -1;
    return run;
}

QJsonObject firstAnnotation(const QJsonObject &collection)
{
    return collection.value(QStringLiteral("first"))
        .toObject()
        .value(QStringLiteral("items"))
        .toArray()
        .first()
        .toObject();
}

/// collection with its first annotation replaced by what change makes of it.
QJsonObject withFirstAnnotation(QJsonObject collection, const std::function<void(QJsonObject &)> &change)
{
    QJsonObject page = collection.value(QStringLiteral("first")).toObject();
    QJsonArray items = page.value(QStringLiteral("items")).toArray();
    QJsonObject annotation = items.first().toObject();
    change(annotation);
    items.replace(0, annotation);
    page.insert(QStringLiteral("items"), items);
    collection.insert(QStringLiteral("first"), page);
    return collection;
}

} // namespace

class W3cAssertionsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportPassesEveryMust_data();
    void exportPassesEveryMust();
    void checkerRejectsViolations_data();
    void checkerRejectsViolations();

private:
    QJsonObject exportWith(int annotationsPerPage) const;

    ReportFixture::TempProject m_fixture;
};

void W3cAssertionsTest::initTestCase()
{
    QVERIFY(m_fixture.create(QStringLiteral("w3c.sourcelight")));
}

QJsonObject W3cAssertionsTest::exportWith(int annotationsPerPage) const
{
    ReportOptions options;
    options.generatedAt = ReportFixture::FixedTime;
    options.annotationsPerPage = annotationsPerPage;
    options.creator = QStringLiteral("Fact desk");
    WebAnnotationWriter writer;
    return writer.toJson(m_fixture.data, options);
}

void W3cAssertionsTest::exportPassesEveryMust_data()
{
    QTest::addColumn<int>("annotationsPerPage");
    QTest::addColumn<bool>("empty");
    QTest::addColumn<int>("annotations");
    // 6 annotations: 5 claims and 1 attributed sentence without a claim.
    QTest::newRow("one page") << 100 << false << 6;
    QTest::newRow("pages in @included") << 2 << false << 6;
    QTest::newRow("a page per annotation") << 1 << false << 6;
    QTest::newRow("empty project") << 10 << true << 0;
}

void W3cAssertionsTest::exportPassesEveryMust()
{
    QFETCH(int, annotationsPerPage);
    QFETCH(bool, empty);
    QFETCH(int, annotations);
    QJsonObject collection;
    if (empty) {
        ReportData data;
        data.projectPath = QStringLiteral("/projects/empty.sourcelight");
        WebAnnotationWriter writer;
        collection = writer.toJson(data, {});
    } else {
        collection = exportWith(annotationsPerPage);
    }
    const CheckerRun run = runChecker(m_fixture.dir, collection);
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    // The checker saw every annotation, in the embedded page and in @included.
    QVERIFY2(run.output.contains(QStringLiteral(" %1 annotations:").arg(annotations)), qPrintable(run.output));
}

void W3cAssertionsTest::checkerRejectsViolations_data()
{
    QTest::addColumn<QString>("violation");
    QTest::addColumn<QString>("assertion");
    QTest::newRow("annotation without @context")
        << QStringLiteral("annotationContext") << QStringLiteral("annotations/3.1-annotationContextValidated.json");
    QTest::newRow("body with id and purpose")
        << QStringLiteral("bodyIdPurpose") << QStringLiteral("bodiesTargets/3.3.5-bodyEWRNoPurpose.json");
    QTest::newRow("target typed TextualBody")
        << QStringLiteral("targetTextualBody") << QStringLiteral("bodiesTargets/3.2.4-targNoTypeTextualBody.json");
    QTest::newRow("page without @context")
        << QStringLiteral("pageContext") << QStringLiteral("collections/pages/5.2-pageContextValidated.json");
    QTest::newRow("partOf as a bare IRI")
        << QStringLiteral("partOfString") << QStringLiteral("collections/pages/5.2-pageLabelValidated.json");
    QTest::newRow("negative total") << QStringLiteral("negativeTotal")
                                    << QStringLiteral("collections/5.1-collectionTotalValidated.json");
    QTest::newRow("annotation in @included without @context")
        << QStringLiteral("includedContext") << QStringLiteral("annotations/3.1-annotationContextValidated.json");
}

void W3cAssertionsTest::checkerRejectsViolations()
{
    QFETCH(QString, violation);
    QFETCH(QString, assertion);
    QJsonObject collection = exportWith(2);
    QString where = QStringLiteral("annotation ") + firstAnnotation(collection).value(QStringLiteral("id")).toString();
    if (violation == QLatin1String("annotationContext")) {
        collection = withFirstAnnotation(collection, [](QJsonObject &a) { a.remove(QStringLiteral("@context")); });
    } else if (violation == QLatin1String("bodyIdPurpose")) {
        // The shape the export used to have: the source as a TextualBody with both an id and a purpose.
        collection = withFirstAnnotation(collection, [](QJsonObject &a) {
            a.insert(QStringLiteral("body"),
                QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("urn:example:source:1")},
                    {QStringLiteral("type"), QStringLiteral("TextualBody")},
                    {QStringLiteral("purpose"), QStringLiteral("identifying")},
                    {QStringLiteral("value"), QStringLiteral("A source")}}});
        });
    } else if (violation == QLatin1String("targetTextualBody")) {
        collection = withFirstAnnotation(collection, [](QJsonObject &a) {
            a.insert(QStringLiteral("target"),
                QJsonObject {{QStringLiteral("type"), QStringLiteral("TextualBody")},
                    {QStringLiteral("value"), QStringLiteral("not a target")}});
        });
    } else if (violation == QLatin1String("pageContext") || violation == QLatin1String("partOfString")) {
        QJsonObject page = collection.value(QStringLiteral("first")).toObject();
        if (violation == QLatin1String("pageContext")) {
            page.remove(QStringLiteral("@context"));
        } else {
            page.insert(QStringLiteral("partOf"), collection.value(QStringLiteral("id")));
        }
        collection.insert(QStringLiteral("first"), page);
        where = QStringLiteral("page ") + page.value(QStringLiteral("id")).toString();
    } else if (violation == QLatin1String("negativeTotal")) {
        collection.insert(QStringLiteral("total"), -1);
        where = QStringLiteral("collection ") + collection.value(QStringLiteral("id")).toString();
    } else if (violation == QLatin1String("includedContext")) {
        QJsonArray included = collection.value(QStringLiteral("@included")).toArray();
        QVERIFY(!included.isEmpty());
        QJsonObject page = included.last().toObject();
        QJsonArray items = page.value(QStringLiteral("items")).toArray();
        QJsonObject annotation = items.last().toObject();
        annotation.remove(QStringLiteral("@context"));
        where = QStringLiteral("annotation ") + annotation.value(QStringLiteral("id")).toString();
        items.replace(items.size() - 1, annotation);
        page.insert(QStringLiteral("items"), items);
        included.replace(included.size() - 1, page);
        collection.insert(QStringLiteral("@included"), included);
    } else {
        QFAIL("unknown violation");
    }
    const CheckerRun run = runChecker(m_fixture.dir, collection);
    QVERIFY2(run.exitCode == 1, qPrintable(run.output));
    QVERIFY2(run.output.contains(where + QStringLiteral(": ") + assertion), qPrintable(run.output));
}

QTEST_MAIN(W3cAssertionsTest)
#include "w3cassertions_test.moc"
