// Schema versions: a new project gets the latest schema; a file of every older version opens upgraded, its data
// intact; a failing step leaves the file at its previous version. Also run on a PostgreSQL server (its own
// migrations, the same versions).
#include "attributiontable.h"
#include "claimtable.h"
#include "documenttable.h"
#include "fulltextsearch.h"
#include "projectqueries.h"
#include "projectstore_p.h"
#include "schemamigrator.h"
#include "sourcetable.h"
#include "storetest.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Sourcelight;

namespace {

using StoreTest::findClaims;

int userVersion(ProjectStore &store)
{
    QSqlQuery query(StoreAccess::database(store));
    if (!query.exec(store.onServer() ? QStringLiteral("SELECT version FROM sourcelight_schema")
                                     : QStringLiteral("PRAGMA user_version"))
        || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

QStringList tables(ProjectStore &store)
{
    QSqlQuery query(StoreAccess::database(store));
    QStringList names;
    if (query.exec(store.onServer()
                ? QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = "
                                 "current_schema() ORDER BY tablename")
                : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
        while (query.next()) {
            names.append(query.value(0).toString());
        }
    }
    return names;
}

// A project at `version` with one document (with a non-BMP character before the sentence that will be searched,
// so a UTF-16 / code point mix-up in the index would cut the wrong text), one claim with a note and one without.
bool makeProject(const QString &path, int version)
{
    ProjectStore store;
    if (!store.open(path, ProjectStore::OpenMode::CreateIfMissing, version)) {
        qWarning() << store.errorString();
        return false;
    }
    if (store.schemaVersion() != version) {
        return false;
    }
    DocumentRecord document;
    document.metadata.title = QStringLiteral("Harbour");
    document.body = QStringLiteral("\U0001F6A2 Ships wait. Customs officers inspected the trawler overnight.");
    const qsizetype second = document.body.indexOf(QLatin1String("Customs"));
    QList<Id> sentences;
    if (!store.documents().addDocument(document, {{0, second - 1}, {second, document.body.size()}}, &sentences)) {
        return false;
    }
    // The second sentence rests on the customs service (a suggestion), so the upgrade has a source to copy.
    QList<AttributionSuggestion> suggestions(2);
    SourceMention customs;
    customs.name = QStringLiteral("Customs service");
    customs.kind = SourceKind::OfficialBody;
    suggestions[1].source = customs;
    suggestions[1].cueText = QStringLiteral("inspected");
    suggestions[1].scope = AttributionScope::Explicit;
    if (!store.attributions().storeSuggestions(sentences, suggestions)) {
        return false;
    }
    ClaimRecord claim;
    claim.sentenceId = sentences.at(1);
    claim.note = QStringLiteral("Confirm with the coastguard log");
    ClaimRecord bare;
    bare.sentenceId = sentences.at(0);
    return store.claims().addClaim(claim).has_value() && store.claims().addClaim(bare).has_value();
}

} // namespace

class SchemaMigratorTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void newProjectHasLatestSchema()
    {
        ProjectStore store;
        QVERIFY(store.open(TestProjects::newProject(m_dir, QStringLiteral("new.sourcelight")),
            ProjectStore::OpenMode::CreateIfMissing));
        QCOMPARE(userVersion(store), SchemaMigrator::latestVersion());
        QVERIFY(SchemaMigrator::latestVersion() >= 2);
        // Both engines know every version: a project moves between them at any.
        QCOMPARE(SchemaMigrator::latestServerVersion(), SchemaMigrator::latestVersion());
        const QStringList names = tables(store);
        for (const char *table :
            {"documents", "sentences", "sources", "source_aliases", "attributions", "attribution_hops", "claims",
                "tags", "claim_tags", "evidence", "reviewers", "history", "sentence_fts", "claim_fts"}) {
            QVERIFY2(names.contains(QLatin1String(table)), table);
        }
        QVERIFY(store.fullText().isAvailable());
    }

    void upgradesEveryOlderVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version < SchemaMigrator::latestVersion(); ++version) {
            QTest::addRow("from v%d", version) << version;
        }
    }

    void upgradesEveryOlderVersion()
    {
        QFETCH(int, version);
        const QString path = TestProjects::newProject(m_dir, QStringLiteral("v%1.sourcelight").arg(version));
        QVERIFY(makeProject(path, version));
        {
            ProjectStore old;
            QVERIFY(old.open(path, ProjectStore::OpenMode::OpenExisting, version));
            QCOMPARE(userVersion(old), version);
        }
        ProjectStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QVERIFY(!store.isReadOnly());
        QCOMPARE(store.schemaVersion(), SchemaMigrator::latestVersion());
        QCOMPARE(userVersion(store), SchemaMigrator::latestVersion());
        QCOMPARE(store.documents().count().value_or(-1), 1);
        QVERIFY(store.checkIntegrity());
        // The index built by the upgrade finds both the sentence text and the note.
        const auto sentences = store.fullText().matchingSentences(QStringLiteral("trawler"));
        QVERIFY(sentences);
        QCOMPARE(sentences->size(), 1);
        QCOMPARE(store.documents().sentenceText(sentences->first()).value_or(QString()),
            QStringLiteral("Customs officers inspected the trawler overnight."));
        QVERIFY(store.fullText().matchingSentences(QStringLiteral("Ships"))->size() == 1);
        QCOMPARE(store.fullText().matchingClaims(QStringLiteral("coastguard"))->size(), 1);
        // Version 4: the claim carries its sentence's source, and the claim index holds the sentence text too.
        const std::optional<Id> customs
            = store.sources().find(QStringLiteral("Customs service"), SourceKind::OfficialBody);
        QVERIFY(customs);
        ClaimFilter bySource;
        bySource.sourceId = customs;
        QCOMPARE(findClaims(store, bySource).value_or(QList<Id> {}).size(), 1);
        ClaimFilter byText;
        byText.text = QStringLiteral("trawler");
        QCOMPARE(findClaims(store, byText).value_or(QList<Id> {}).size(), 1);
        // The claim without a note is found through its sentence's text; terms must all be in one claim.
        byText.text = QStringLiteral("ships");
        const QList<Id> bare = findClaims(store, byText).value_or(QList<Id> {});
        QCOMPARE(bare.size(), 1);
        QVERIFY(store.claims().claim(bare.first())->note.isEmpty());
        byText.text = QStringLiteral("coastguard trawler"); // note and sentence of the same claim
        QCOMPARE(findClaims(store, byText).value_or(QList<Id> {}).size(), 1);
        byText.text = QStringLiteral("coastguard ships"); // a note and another claim's sentence
        QCOMPARE(findClaims(store, byText).value_or(QList<Id> {}).size(), 0);
    }

    void failedStepLeavesPreviousVersion()
    {
        const QString path = TestProjects::newProject(m_dir, QStringLiteral("blocked.sourcelight"));
        QVERIFY(makeProject(path, 1));
        {
            // Something in the v1 project collides with what the v2 step creates after sentence_fts.
            ProjectStore old;
            QVERIFY(old.open(path, ProjectStore::OpenMode::OpenExisting, 1));
            QVERIFY(StoreAccess::execDirect(old,
                old.onServer() ? QStringLiteral("CREATE TABLE claims_note_words (x INTEGER)")
                               : QStringLiteral("CREATE TABLE claim_note_fts (x)")));
        }
        {
            ProjectStore store;
            QVERIFY(!store.open(path));
            QCOMPARE(store.error(), ProjectStore::Error::Migration);
            QVERIFY2(store.errorString().contains(QStringLiteral("version 2")), qPrintable(store.errorString()));
        }
        ProjectStore old;
        QVERIFY(old.open(path, ProjectStore::OpenMode::OpenExisting, 1));
        QCOMPARE(userVersion(old), 1);
        QVERIFY(!tables(old).contains(QStringLiteral("sentence_fts"))); // the step's first statements were undone
        QCOMPARE(old.documents().count().value_or(-1), 1);
    }

    void splitsStatementsKeepingTriggers()
    {
        const QStringList statements = SchemaMigrator::splitStatements(QStringLiteral(
            "-- comment\nCREATE TABLE a (x);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n  DELETE FROM b;\n"
            "  DELETE FROM c;\nEND;\nCREATE INDEX i ON a(x);\n"));
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements.at(1).startsWith(QLatin1String("CREATE TRIGGER")));
        QVERIFY(statements.at(1).endsWith(QLatin1String("END;")));
    }

    void splitsStatementsKeepingFunctionBodies()
    {
        // PostgreSQL's trigger functions: the body between $$ … $$ holds semicolons of its own.
        const QStringList statements = SchemaMigrator::splitStatements(QStringLiteral(
            "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  DELETE FROM b;\n  RETURN NULL;\n"
            "END\n$$;\nCREATE TRIGGER t AFTER INSERT ON a FOR EACH ROW EXECUTE FUNCTION f();\n"
            "CREATE FUNCTION g() RETURNS void LANGUAGE sql AS $$ DELETE FROM c; $$;\n"));
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements.at(0).endsWith(QLatin1String("$$;")));
        QVERIFY(statements.at(0).contains(QLatin1String("RETURN NULL;")));
        QVERIFY(statements.at(1).startsWith(QLatin1String("CREATE TRIGGER t")));
        QVERIFY(statements.at(2).endsWith(QLatin1String("$$;")));
    }
};

QTEST_GUILESS_MAIN(SchemaMigratorTest)
#include "schemamigrator_test.moc"
