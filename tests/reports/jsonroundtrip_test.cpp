// The JSON export is lossless: importing a complete export into an empty project and exporting again gives the
// same JSON, for the fixture and for the whole sample library with an analyst's work on it. Bad files change
// nothing.

#include "../acceptsuggestion.h"
#include "codebook.h"
#include "fulltextsearch.h"
#include "jsonprojectimporter.h"
#include "jsonreportwriter.h"
#include "projectimporter.h"
#include "reportfixture.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace Sourcelight;

class JsonRoundTripTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fixtureRoundTrip();
    void sampleLibraryRoundTrip();
    void restoresIntoProjectWithoutDocuments();
    void refusesNonEmptyProject();
    void cancelChangesNothing();
    void bulkReadMatchesPerDocumentRead();
    void refusesBadFiles_data();
    void refusesBadFiles();

private:
    static QJsonObject exportJson(ProjectStore &store);
    void compareRoundTrip(ProjectStore &original, const QString &copyName);

    QTemporaryDir m_dir;
};

void JsonRoundTripTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QJsonObject JsonRoundTripTest::exportJson(ProjectStore &store)
{
    ReportRequest request;
    request.scope.includeSuperseded = true; // a complete export
    ReportBuilder builder(store);
    const std::optional<ReportData> data = builder.build(request);
    if (!data) {
        qWarning("%s", qPrintable(builder.errorString()));
        return {};
    }
    ReportOptions options;
    options.generatedAt = ReportFixture::FixedTime;
    JsonReportWriter writer;
    QJsonObject json = writer.toJson(*data, options);
    // The project's name is its file name, which differs between the two projects by construction.
    json.remove(QStringLiteral("project"));
    return json;
}

void JsonRoundTripTest::compareRoundTrip(ProjectStore &original, const QString &copyName)
{
    const QJsonObject before = exportJson(original);
    QVERIFY(!before.isEmpty());
    QVERIFY(before.value(QStringLiteral("complete")).toBool());

    ProjectStore copy;
    QVERIFY(copy.open(m_dir.filePath(copyName), ProjectStore::OpenMode::CreateIfMissing));
    JsonProjectImporter importer(copy);
    ReportOptions options;
    options.generatedAt = ReportFixture::FixedTime;
    QVERIFY2(importer.import(QJsonDocument(before).toJson(QJsonDocument::Compact)), qPrintable(importer.errorString()));
    QCOMPARE(importer.importedDocuments(), before.value(QStringLiteral("documents")).toArray().size());
    QVERIFY(copy.checkIntegrity());

    const QJsonObject after = exportJson(copy);
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (it.value() != after.value(it.key())) {
            qWarning("section %s differs", qPrintable(it.key()));
            const QJsonArray a = it.value().toArray();
            const QJsonArray b = after.value(it.key()).toArray();
            for (qsizetype i = 0; i < qMin(a.size(), b.size()); ++i) {
                QCOMPARE(QJsonDocument(b.at(i).toObject()).toJson(), QJsonDocument(a.at(i).toObject()).toJson());
            }
            QCOMPARE(b.size(), a.size());
        }
    }
    QCOMPARE(after, before);
    // The full-text index was rebuilt for the imported sentences.
    const QJsonArray documents = before.value(QStringLiteral("documents")).toArray();
    const QJsonObject firstDocument = documents.first().toObject();
    const QString word = firstDocument.value(QStringLiteral("text")).toString().section(QLatin1Char(' '), 1, 1);
    const std::optional<QList<Id>> hits = copy.fullText().matchingSentences(word);
    QVERIFY(hits && !hits->isEmpty());
}

void JsonRoundTripTest::fixtureRoundTrip()
{
    ProjectStore store;
    QVERIFY(ReportFixture::create(store, m_dir.filePath(QStringLiteral("fixture.sourcelight"))));
    // A superseded version, an affiliation pointing to a later id, a removed claim's history: all must survive.
    SourceRecord late;
    late.name = QStringLiteral("Later Agency");
    late.kind = SourceKind::OfficialBody;
    const Id lateId = ReportFixture::must(store.sources().addSource(late), store);
    QVERIFY(store.sources().setParent(1, lateId));
    DocumentMetadata m;
    m.title = QStringLiteral("Escorts for grain ships to continue, officials say");
    const ReportFixture::Article v2 = ReportFixture::addArticle(store, m, {QStringLiteral("An updated version.")});
    QVERIFY(store.documents().setSupersededBy(1, v2.id));
    compareRoundTrip(store, QStringLiteral("fixture-copy.sourcelight"));
}

void JsonRoundTripTest::sampleLibraryRoundTrip()
{
    const QDir samples(QStringLiteral(SOURCELIGHT_TEST_DATA "/../../resources/samples"));
    const QStringList files = samples.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 3);
    ProjectStore store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("library.sourcelight")), ProjectStore::OpenMode::CreateIfMissing));
    QVERIFY(store.setReviewer(QStringLiteral("Sample Reviewer")));
    ProjectImporter importer(store);
    for (const QString &file : files) {
        const ImportResult result = importer.importFile(samples.filePath(file));
        QVERIFY2(result.status == ImportStatus::Imported, qPrintable(result.message));
    }
    // An analyst's afternoon: confirm some suggestions, review claims with notes, tags and evidence.
    const Id tag = ReportFixture::must(store.codebook().addTag({0, QStringLiteral("check"), QStringLiteral("#009e73"),
                                           QStringLiteral("Ctrl+2"), QStringLiteral("to check")}),
        store);
    const std::optional<QList<DocumentSummary>> library = store.documents().summaries();
    QVERIFY(library && library->size() == files.size());
    int n = 0;
    for (const DocumentSummary &document : *library) {
        const std::optional<QList<SentenceRecord>> sentences = store.documents().sentences(document.id);
        QVERIFY(sentences && !sentences->isEmpty());
        for (const SentenceRecord &sentence : *sentences) {
            ++n;
            if (n % 3 == 0) {
                TestSupport::acceptSuggestion(store, sentence.id); // nothing where there is none
            }
            if (n % 4 == 0) {
                ClaimRecord claim;
                claim.sentenceId = sentence.id;
                claim.type = n % 8 == 0 ? ClaimType::Statistic : ClaimType::Fact;
                claim.note = QStringLiteral("Checked against the ministry's statement, item %1.").arg(n);
                claim.tagIds = {tag};
                const Id id = ReportFixture::must(store.claims().addClaim(claim), store);
                QVERIFY(store.claims().setVerdict(id, n % 8 == 0 ? Verdict::Disputed : Verdict::Supported));
                EvidenceRecord evidence;
                evidence.claimId = id;
                evidence.url = QStringLiteral("https://archive.example.net/%1").arg(n);
                ReportFixture::must(store.claims().addEvidence(evidence), store);
            }
        }
    }
    compareRoundTrip(store, QStringLiteral("library-copy.sourcelight"));
}

void JsonRoundTripTest::restoresIntoProjectWithoutDocuments()
{
    // What a window writes into a project on opening it: the reviewer's name and a codebook (with its history).
    // The backup's take their place, ids and all.
    {
        ProjectStore waiting;
        QVERIFY(waiting.open(
            m_dir.filePath(QStringLiteral("waiting.sourcelight")), ProjectStore::OpenMode::CreateIfMissing));
        QVERIFY(waiting.setReviewer(QStringLiteral("Someone Else")));
        QVERIFY(waiting.codebook().addTag({0, QStringLiteral("numbers"), QStringLiteral("#0072b2"),
            QStringLiteral("Alt+3"), QStringLiteral("a figure to check")}));
        QVERIFY(waiting.codebook().addTag({0, QStringLiteral("later"), {}, {}, {}}));
    }
    ProjectStore store;
    QVERIFY(ReportFixture::create(store, m_dir.filePath(QStringLiteral("fixture-again.sourcelight"))));
    compareRoundTrip(store, QStringLiteral("waiting.sourcelight"));
}

void JsonRoundTripTest::cancelChangesNothing()
{
    ProjectStore store;
    QVERIFY(ReportFixture::create(store, m_dir.filePath(QStringLiteral("cancel.sourcelight"))));
    const QByteArray json = QJsonDocument(exportJson(store)).toJson();
    ProjectStore copy;
    QVERIFY(
        copy.open(m_dir.filePath(QStringLiteral("cancel-copy.sourcelight")), ProjectStore::OpenMode::CreateIfMissing));
    QVERIFY(copy.setReviewer(QStringLiteral("Someone Else")));
    QVERIFY(copy.codebook().addTag({0, QStringLiteral("later"), {}, {}, {}}));
    const QJsonObject before = exportJson(copy);
    JsonProjectImporter importer(copy);
    QList<qsizetype> reported;
    importer.setProgress([&reported](qsizetype done, qsizetype total) {
        reported.append(done);
        return done < total; // cancel once the last document is written
    });
    QVERIFY(!importer.import(json));
    QVERIFY(importer.wasCancelled());
    QCOMPARE(reported, (QList<qsizetype> {1, 2}));
    QCOMPARE(copy.documents().count(true).value_or(-1), 0);
    QCOMPARE(exportJson(copy), before); // its reviewer, tag and history as they were
}

void JsonRoundTripTest::bulkReadMatchesPerDocumentRead()
{
    // Large reports read table by table, small ones document by document: both must give the same documents.
    ProjectStore store;
    QVERIFY(ReportFixture::create(store, m_dir.filePath(QStringLiteral("bulk.sourcelight"))));
    for (int i = 0; i < 60; ++i) {
        DocumentMetadata m;
        m.title = QStringLiteral("Filler %1").arg(i);
        const ReportFixture::Article article = ReportFixture::addArticle(store, m,
            {QStringLiteral("Officials said talks resume on day %1.").arg(i), QStringLiteral("No more was said.")});
        AttributionRecord a;
        a.hops = {ReportFixture::hop(4, {}, true)};
        a.scope = AttributionScope::Explicit;
        ReportFixture::must(store.attributions().setSuggestion(article.sentenceIds.first(), a), store);
        ClaimRecord c;
        c.sentenceId = article.sentenceIds.first();
        c.tagIds = {2, 1};
        ReportFixture::must(store.claims().addClaim(c), store);
    }
    ReportBuilder builder(store);
    const std::optional<ReportData> whole = builder.build({});
    QVERIFY(whole && whole->documents.size() == 62);
    JsonReportWriter writer;
    const QJsonArray bulk = writer.toJson(*whole, {}).value(QStringLiteral("documents")).toArray();
    QJsonArray perDocument;
    for (qsizetype from = 0; from < whole->documents.size(); from += 20) {
        ReportRequest request;
        for (qsizetype i = from; i < qMin(from + 20, whole->documents.size()); ++i) {
            request.scope.documentIds.append(whole->documents.at(i).record.id);
        }
        const std::optional<ReportData> part = builder.build(request);
        QVERIFY(part);
        for (const QJsonValue &d : writer.toJson(*part, {}).value(QStringLiteral("documents")).toArray()) {
            perDocument.append(d);
        }
    }
    // The compact writer streams the documents instead of building QJsonObjects: the same JSON.
    QByteArray compact;
    QBuffer buffer(&compact);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    ReportOptions options;
    options.indentJson = false;
    QVERIFY(writer.write(*whole, options, buffer));
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(compact, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject expected = writer.toJson(*whole, options);
    const QJsonArray streamed = parsed.object().value(QStringLiteral("documents")).toArray();
    QCOMPARE(streamed.size(), bulk.size());
    for (qsizetype i = 0; i < streamed.size(); ++i) {
        QCOMPARE(streamed.at(i), bulk.at(i));
    }
    QCOMPARE(parsed.object(), expected);

    QCOMPARE(perDocument.size(), bulk.size());
    for (qsizetype i = 0; i < bulk.size(); ++i) {
        QCOMPARE(perDocument.at(i), bulk.at(i));
    }
}

void JsonRoundTripTest::refusesNonEmptyProject()
{
    ProjectStore store;
    QVERIFY(ReportFixture::create(store, m_dir.filePath(QStringLiteral("busy.sourcelight"))));
    const QByteArray json = QJsonDocument(exportJson(store)).toJson();
    JsonProjectImporter importer(store);
    const QJsonObject before = exportJson(store);
    QVERIFY(!importer.import(json));
    QVERIFY(importer.refusedNonEmptyProject());
    QVERIFY2(importer.errorString().contains(QStringLiteral("new project")), qPrintable(importer.errorString()));
    QCOMPARE(store.documents().count().value_or(-1), 2);
    QCOMPARE(exportJson(store), before);
}

void JsonRoundTripTest::refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("{\"format\": ");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("other format") << QByteArray(R"({"format": "something-else", "version": 1})");
    QTest::newRow("newer version") << QByteArray(R"({"format": "sourcelight-project", "version": 99})");
    // Valid up to a claim with an unknown verdict: nothing of it may stay.
    QTest::newRow("partial") << QByteArray(R"({"format": "sourcelight-project", "version": 1, "complete": false})");
    QTest::newRow("bad verdict") << QByteArray(R"({"format": "sourcelight-project", "version": 1, "complete": true,
        "sources": [{"id": 1, "name": "Reuters", "kind": "outlet", "aliases": []}],
        "documents": [{"id": 1, "text": "Reuters said so.", "contentHash": "x", "importedAt": "2026-01-01T00:00:00.000Z",
            "sentences": [{"id": 1, "ordinal": 0, "start": 0, "end": 16}],
            "claims": [{"id": 1, "sentence": 1, "span": null, "type": "fact", "verdict": "bogus"}]}]})");
    QTest::newRow("dangling source") << QByteArray(R"({"format": "sourcelight-project", "version": 1, "complete": true,
        "documents": [{"id": 1, "text": "Reuters said so.", "contentHash": "x", "importedAt": "2026-01-01T00:00:00.000Z",
            "sentences": [{"id": 1, "ordinal": 0, "start": 0, "end": 16}],
            "attributions": [{"id": 1, "sentence": 1, "origin": "suggested", "quote": "none", "scope": "explicit",
                "cue": {"text": "said", "span": null}, "chain": [{"source": 42, "count": "one"}]}]}]})");
}

void JsonRoundTripTest::refusesBadFiles()
{
    QFETCH(QByteArray, json);
    ProjectStore store;
    QVERIFY(store.open(
        m_dir.filePath(QStringLiteral("empty-%1.sourcelight").arg(QString::fromLatin1(QTest::currentDataTag()))),
        ProjectStore::OpenMode::CreateIfMissing));
    JsonProjectImporter importer(store);
    QVERIFY(!importer.import(json));
    QVERIFY(!importer.errorString().isEmpty());
    QCOMPARE(store.documents().count().value_or(-1), 0);
    QCOMPARE(store.sources().sources().value_or(QList<SourceRecord> {{}}).size(), 0);
}

QTEST_MAIN(JsonRoundTripTest)
#include "jsonroundtrip_test.moc"
