// Opening, creating and refusing project files: every failure a user can cause ends in a clear message, and a
// file that cannot be used as it is stays untouched.
#include "../testfiles.h"
#include "../testmounts.h"
#include "batchimporter.h"
#include "claimtable.h"
#include "documentlistmodel.h"
#include "documenttable.h"
#include "fulltextsearch.h"
#include "project.h"
#include "projectstore_p.h"
#include "schemamigrator.h"
#include "sourcetable.h"
#include "sqltransaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <QTimeZone>

using namespace Sourcelight;

namespace {

Id addSampleDocument(ProjectStore &store, const QString &body)
{
    DocumentRecord document;
    document.metadata.title = QStringLiteral("Sample");
    document.body = body;
    const std::optional<Id> id = store.documents().addDocument(document, {{0, body.size()}});
    if (!id) {
        qWarning() << "addDocument:" << store.errorString();
    }
    return id.value_or(0);
}

// A new project (at schemaVersion, -1 for the latest) holding one sample document.
bool createWithSample(const QString &file, const QString &body, int schemaVersion = -1)
{
    ProjectStore store;
    return store.open(file, ProjectStore::OpenMode::CreateIfMissing, schemaVersion)
        && addSampleDocument(store, body) > 0;
}

// A project with one long document whose text runs over many pages, then the page holding its middle broken (the
// overflow chain of the text): nothing that opening the project reads goes through it, but a full read does.
bool makeDamagedInTheMiddle(const QString &file, int schemaVersion = -1)
{
    const QByteArray marker("MARKER-IN-THE-MIDDLE");
    {
        ProjectStore store;
        const QString filler(100000, QLatin1Char('z'));
        if (!store.open(file, ProjectStore::OpenMode::CreateIfMissing, schemaVersion)
            || addSampleDocument(store, filler + QString::fromLatin1(marker) + filler) == 0
            || !StoreAccess::execDirect(store, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
            return false;
        }
    }
    QFile f(file);
    if (!f.open(QIODevice::ReadWrite)) {
        return false;
    }
    const qint64 at = f.readAll().indexOf(marker);
    return at > 0 && f.seek(at / 4096 * 4096) && f.write(QByteArray(4, '\xFF')) == 4;
}

// A project holding one document with body, all of it in the main file (the write-ahead log checkpointed), then
// cut short to newSize(its size).
bool createTruncated(const QString &file, const QString &body, const std::function<qint64(qint64)> &newSize)
{
    {
        ProjectStore store;
        if (!store.open(file, ProjectStore::OpenMode::CreateIfMissing) || addSampleDocument(store, body) == 0
            || !StoreAccess::execDirect(store, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
            return false;
        }
    }
    QFile f(file);
    return f.open(QIODevice::ReadWrite) && f.resize(newSize(f.size()));
}

} // namespace

class ProjectStoreTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createsAndReopens()
    {
        const QString file = path(QStringLiteral("new.sourcelight"));
        {
            ProjectStore store;
            QVERIFY2(store.open(file, ProjectStore::OpenMode::CreateIfMissing), qPrintable(store.errorString()));
            QVERIFY(!store.isReadOnly());
            QCOMPARE(store.schemaVersion(), ProjectStore::latestSchemaVersion());
            QVERIFY(addSampleDocument(store, QStringLiteral("Officials said the talks would resume.")) > 0);
        }
        ProjectStore store;
        QVERIFY2(store.open(file), qPrintable(store.errorString()));
        QCOMPARE(store.documents().count().value_or(-1), 1);
        QSqlQuery pragma(StoreAccess::database(store));
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA journal_mode")) && pragma.next());
        QCOMPARE(pragma.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA foreign_keys")) && pragma.next());
        QCOMPARE(pragma.value(0).toInt(), 1);
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA synchronous")) && pragma.next());
        QCOMPARE(pragma.value(0).toInt(), 2); // FULL
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA application_id")) && pragma.next());
        QCOMPARE(pragma.value(0).toInt(), SchemaMigrator::ApplicationId);
        QVERIFY(store.checkIntegrity());
    }

    void twoStoresUseSeparateConnections()
    {
        const QString file = path(QStringLiteral("shared.sourcelight"));
        ProjectStore first;
        QVERIFY(first.open(file, ProjectStore::OpenMode::CreateIfMissing));
        ProjectStore second;
        QVERIFY(second.open(file));
        QVERIFY(StoreAccess::database(first).connectionName() != StoreAccess::database(second).connectionName());
        QVERIFY(addSampleDocument(first, QStringLiteral("One.")) > 0);
        QCOMPARE(second.documents().count().value_or(-1), 1); // committed at once, visible to the other
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("message");

        QTest::newRow("text file") << QByteArray("Hello, this is not a database at all.\n")
                                   << int(ProjectStore::Error::NotSqlite) << QStringLiteral("not an SQLite database");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << int(ProjectStore::Error::NotSqlite)
                             << QStringLiteral("not a Sourcelight project");
        QTest::newRow("empty") << QByteArray() << int(ProjectStore::Error::NotAProject) << QStringLiteral("empty file");
        QTest::newRow("header only") << QByteArray("SQLite format 3\0", 16) << int(ProjectStore::Error::Corrupt)
                                     << QStringLiteral("truncated");
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, error);
        QFETCH(QString, message);
        const QString file
            = path(QStringLiteral("bad-%1.sourcelight").arg(QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY(TestFiles::write(file, content));
        ProjectStore store;
        QVERIFY(!store.open(file));
        QCOMPARE(int(store.error()), error);
        QVERIFY2(store.errorString().contains(message), qPrintable(store.errorString()));
        QVERIFY(!store.isOpen());
        QCOMPARE(TestFiles::sha256(file), QCryptographicHash::hash(content, QCryptographicHash::Sha256));
    }

    void refusesMissingFileWithoutCreate()
    {
        ProjectStore store;
        const QString file = path(QStringLiteral("missing.sourcelight"));
        QVERIFY(!store.open(file));
        QCOMPARE(store.error(), ProjectStore::Error::NotFound);
        QVERIFY(store.errorString().contains(QStringLiteral("does not exist")));
        QVERIFY(!QFile::exists(file));
    }

    void refusesForeignSqliteDatabase()
    {
        const QString file = path(QStringLiteral("foreign.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE bookmarks (url TEXT)")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const QByteArray before = TestFiles::sha256(file);
        ProjectStore store;
        QVERIFY(!store.open(file, ProjectStore::OpenMode::CreateIfMissing));
        QCOMPARE(store.error(), ProjectStore::Error::NotAProject);
        QVERIFY(store.errorString().contains(QStringLiteral("not a Sourcelight project")));
        QCOMPARE(TestFiles::sha256(file), before);
    }

    void detectsCorruption()
    {
        const QString file = path(QStringLiteral("corrupt.sourcelight"));
        {
            ProjectStore store;
            QVERIFY(store.open(file, ProjectStore::OpenMode::CreateIfMissing));
            QString body;
            for (int i = 0; i < 400; ++i) {
                body += QStringLiteral("Sentence number %1 says officials met again. ").arg(i);
            }
            for (int i = 0; i < 20; ++i) {
                QVERIFY(addSampleDocument(store, body + QString::number(i)) > 0);
            }
            QVERIFY(StoreAccess::execDirect(store, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 8 * 4096);
        // Scribble over b-tree pages in the middle of the file (not the header, so it still looks like SQLite).
        for (qint64 page = 2; page * 4096 < size; page += 2) {
            f.seek(page * 4096);
            f.write(QByteArray(64, '\xA5'));
        }
        f.close();
        ProjectStore store;
        QVERIFY(!store.open(file));
        QCOMPARE(store.error(), ProjectStore::Error::Corrupt);
        QVERIFY2(store.errorString().contains(QStringLiteral("damaged")), qPrintable(store.errorString()));
    }

    void detectsTruncation()
    {
        const QString file = path(QStringLiteral("truncated.sourcelight"));
        QVERIFY(createTruncated(file, QString(20000, QLatin1Char('x')), [](qint64 size) { return size / 2; }));
        ProjectStore store;
        QVERIFY(!store.open(file));
        QCOMPARE(store.error(), ProjectStore::Error::Corrupt);
    }

    void truncationSeenFromHeaderWithoutReading()
    {
        // The header's page count says how long the file is; a large file that is cut short fails at once even
        // when its full read is left to a worker.
        const QString file = path(QStringLiteral("cut-large.sourcelight"));
        QVERIFY(createTruncated(file, QString(200000, QLatin1Char('y')), [](qint64 size) { return size - 4096; }));
        ProjectStore store;
        store.setDeferLargeFileCheck(0);
        QVERIFY(!store.open(file));
        QCOMPARE(store.error(), ProjectStore::Error::Corrupt);
        QVERIFY2(store.errorString().contains(QStringLiteral("truncated")), qPrintable(store.errorString()));
    }

    // A large project opens without reading every page (the 1 s budget at 300 MB); the read happens on a worker,
    // and a damaged file is then closed with a message. (The threshold is lowered to 0 here.)
    void largeFileIsCheckedAfterOpening()
    {
        const QString file = path(QStringLiteral("damaged-large.sourcelight"));
        QVERIFY(makeDamagedInTheMiddle(file));

        {
            ProjectStore checked;
            QVERIFY(!checked.open(file));
            QCOMPARE(checked.error(), ProjectStore::Error::Corrupt);
        }
        ProjectStore deferred;
        deferred.setDeferLargeFileCheck(0);
        QVERIFY2(deferred.open(file), qPrintable(deferred.errorString()));
        QVERIFY(deferred.integrityCheckDeferred());
        deferred.close();

        Project project;
        project.store().setDeferLargeFileCheck(0);
        QSignalSpy errors(&project, &Project::errorOccurred);
        QSignalSpy checked(&project, &Project::integrityChecked);
        QVERIFY2(project.open(file), qPrintable(project.errorString()));
        QVERIFY(project.isOpen());
        QVERIFY(checked.wait(20000));
        QCOMPARE(checked.first().first().value<Project::IntegrityCheck>(), Project::IntegrityCheck::Damaged);
        QVERIFY(!project.isOpen());
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().first().toString().contains(QStringLiteral("damaged")),
            qPrintable(errors.first().first().toString()));

        // A sound large file stays open.
        const QString sound = path(QStringLiteral("sound-large.sourcelight"));
        {
            ProjectStore store;
            QVERIFY(store.open(sound, ProjectStore::OpenMode::CreateIfMissing));
            QVERIFY(addSampleDocument(store, QString(100000, QLatin1Char('w'))) > 0);
        }
        Project other;
        other.store().setDeferLargeFileCheck(0);
        QSignalSpy otherErrors(&other, &Project::errorOccurred);
        QSignalSpy otherChecked(&other, &Project::integrityChecked);
        QVERIFY(other.open(sound));
        QVERIFY(otherChecked.wait(20000));
        QCOMPARE(otherChecked.first().first().value<Project::IntegrityCheck>(), Project::IntegrityCheck::Sound);
        QVERIFY(other.isOpen());
        QCOMPARE(otherErrors.size(), 0);
    }

    void largeOldFileIsReadBeforeItsUpgrade()
    {
        // An upgrade rewrites much of the file, so a large file in an older format is read through before it.
        const QString file = path(QStringLiteral("damaged-old.sourcelight"));
        QVERIFY(makeDamagedInTheMiddle(file, ProjectStore::latestSchemaVersion() - 1));
        const QByteArray before = TestFiles::sha256(file);

        ProjectStore deferred;
        deferred.setDeferLargeFileCheck(0);
        QVERIFY(!deferred.open(file));
        QCOMPARE(deferred.error(), ProjectStore::Error::Corrupt);
        deferred.close();
        QVERIFY2(TestFiles::sha256(file) == before, "the damaged file was changed");
    }

    void newerVersionOpensReadOnly()
    {
        const QString file = path(QStringLiteral("newer.sourcelight"));
        {
            ProjectStore store;
            QVERIFY(store.open(file, ProjectStore::OpenMode::CreateIfMissing));
            QVERIFY(addSampleDocument(store, QStringLiteral("Kept as it is.")) > 0);
            QVERIFY(StoreAccess::execDirect(
                store, QStringLiteral("PRAGMA user_version = %1").arg(ProjectStore::latestSchemaVersion() + 1)));
        }
        ProjectStore store;
        QVERIFY2(store.open(file), qPrintable(store.errorString()));
        QVERIFY(store.isReadOnly());
        QVERIFY2(store.readOnlyReason().contains(QStringLiteral("newer version")), qPrintable(store.readOnlyReason()));
        QCOMPARE(store.documents().count().value_or(-1), 1);
        QVERIFY(!addSampleDocument(store, QStringLiteral("Refused.")));
        QCOMPARE(store.error(), ProjectStore::Error::ReadOnly);
        QVERIFY(store.errorString().contains(QStringLiteral("newer version")));
    }

    void explicitReadOnly()
    {
        const QString file = path(QStringLiteral("ro.sourcelight"));
        QVERIFY(createWithSample(file, QStringLiteral("Read me.")));
        ProjectStore store;
        QVERIFY(store.open(file, ProjectStore::OpenMode::ReadOnly));
        QVERIFY(store.isReadOnly());
        QCOMPARE(store.documents().count().value_or(-1), 1);
        QVERIFY(!store.setReviewer(QStringLiteral("ana")));
        QCOMPARE(store.error(), ProjectStore::Error::ReadOnly);
    }

    void olderProjectOpenedForReadingIsUpgradedFirst()
    {
        // The command line's stats and export open projects for reading; one from an earlier version is upgraded
        // first when the file can be written (this version reads only its own format), as the window would.
        const QString file = path(QStringLiteral("older-ro.sourcelight"));
        QVERIFY(createWithSample(file, QStringLiteral("Read me later."), ProjectStore::latestSchemaVersion() - 1));
        ProjectStore store;
        QVERIFY2(store.open(file, ProjectStore::OpenMode::ReadOnly), qPrintable(store.errorString()));
        QVERIFY(store.isReadOnly());
        QCOMPARE(store.schemaVersion(), ProjectStore::latestSchemaVersion());
        QCOMPARE(store.documents().count().value_or(-1), 1);
        QCOMPARE(store.fullText().matchingSentences(QStringLiteral("later"))->size(), 1);
    }

    void windowCopiesTheLogIntoTheFileOnAWorker()
    {
        const QString file = path(QStringLiteral("checkpoint.sourcelight"));
        QVERIFY(createWithSample(file, QStringLiteral("First.")));
        Project project;
        QVERIFY(project.open(file));
        const qint64 before = QFileInfo(file).size();
        // Far more than SQLite's 1,000 pages through the window's connection: had it kept its automatic checkpoint,
        // the file would have grown at one of these commits, on this thread.
        const QString filler = QStringLiteral("The harbour master said the ferry would sail at dawn. ").repeated(2000);
        Id document = 0;
        for (int i = 0; i < 60; ++i) {
            document = addSampleDocument(project.store(), QString::number(i) + filler);
            QVERIFY(document > 0);
        }
        QCOMPARE(QFileInfo(file).size(), before);
        // The refresh after an edit copies the log on a worker.
        const std::optional<Id> source
            = project.store().sources().findOrCreate(QStringLiteral("Harbour master"), SourceKind::Person);
        QVERIFY(source);
        project.setSource(project.store().documents().sentences(document)->constFirst().id, *source);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(file).size() > before + 4 * 1024 * 1024, 10000);
    }

    void bothInsertPathsWriteTheSame()
    {
        // insertRows() binds through SQLite's own interface where it can, else through QSqlQuery: the same rows,
        // ids and errors either way.
        QList<QList<QVariantList>> written;
        QList<QList<Id>> ids;
        for (const bool qtOnly : {false, true}) {
            const QString file
                = path(qtOnly ? QStringLiteral("qt-binds.sourcelight") : QStringLiteral("native.sourcelight"));
            QVERIFY(createWithSample(file, QStringLiteral("First.")));
            ProjectStore store;
            QVERIFY(store.open(file));
            QVERIFY(StoreAccess::usesNativeInserts(
                store)); // the Debian Qt driver uses the system SQLite, as this program does
            StoreAccess::setQtInsertsOnly(store, qtOnly);
            QCOMPARE(StoreAccess::usesNativeInserts(store), !qtOnly);
            QList<QVariantList> rows;
            for (int i = 0; i < 300; ++i) { // more than one statement: 256 + 16 + 16 + 4 + 4 + 4
                rows.append({i % 3 == 0 ? QVariant() : QVariant(QMetaType::fromType<qint64>()),
                    QStringLiteral("2026-11-26T07:00:00.000Z"), QStringLiteral("claims"), i, QStringLiteral("créé 😀"),
                    i % 2 == 0 ? QVariant(QString()) : QVariant(QStringLiteral("a\u0000b")),
                    QVariant(i * 0.5)}); // (an embedded NUL)
            }
            SqlTransaction transaction(store);
            const std::optional<QList<Id>> added = StoreAccess::insertRows(store, QStringLiteral("history"),
                {QStringLiteral("reviewer_id"), QStringLiteral("changed_at"), QStringLiteral("entity"),
                    QStringLiteral("entity_id"), QStringLiteral("field"), QStringLiteral("old_value"),
                    QStringLiteral("new_value")},
                rows, true);
            QVERIFY2(added, qPrintable(store.errorString()));
            QCOMPARE(added->size(), rows.size());
            // Values SQLite's interface is not given (a date, a float) send the call through QSqlQuery.
            QVERIFY(StoreAccess::insertRows(store, QStringLiteral("history"),
                {QStringLiteral("changed_at"), QStringLiteral("entity"), QStringLiteral("entity_id"),
                    QStringLiteral("field"), QStringLiteral("new_value")},
                {{QDateTime(QDate(2026, 11, 26), QTime(7, 0), QTimeZone::UTC), QStringLiteral("claims"), 1,
                    QStringLiteral("float"), QVariant(1.5F)}},
                false));
            // A row that breaks a constraint: nothing of its statement is written, and the error is the store's.
            const std::optional<QList<Id>> broken = StoreAccess::insertRows(store, QStringLiteral("claims"),
                {QStringLiteral("sentence_id"), QStringLiteral("created_at"), QStringLiteral("updated_at")},
                {{987654, QStringLiteral("x"), QStringLiteral("x")}}, true);
            QVERIFY(!broken);
            QCOMPARE(store.error(), ProjectStore::Error::Query);
            QVERIFY2(store.errorString().contains(QStringLiteral("FOREIGN KEY")), qPrintable(store.errorString()));
            QVERIFY(transaction.commit());
            QSqlQuery query(StoreAccess::database(store));
            QVERIFY(query.exec(QStringLiteral("SELECT id, reviewer_id, changed_at, entity, entity_id, field, "
                                              "typeof(old_value), old_value, new_value FROM history WHERE field <> "
                                              "'imported' ORDER BY id")));
            QList<QVariantList> read;
            while (query.next()) {
                QVariantList row;
                for (int c = 0; c < 9; ++c) {
                    row.append(query.value(c));
                }
                read.append(row);
            }
            written.append(read);
            ids.append(*added);
            QCOMPARE(read.size(), rows.size() + 1);
            QVERIFY(read.last().at(2).toString().startsWith(QStringLiteral("2026-11-26T07:00:00")));
            QCOMPARE(read.last().at(8).toString(), QStringLiteral("1.5"));
            QCOMPARE(read.at(2).at(6).toString(), QStringLiteral("null"));
            QCOMPARE(read.at(1).at(7).toString(), QStringLiteral("a\u0000b"));
            QCOMPARE(read.at(5).at(5).toString(), QStringLiteral("créé 😀"));
            QVERIFY(read.at(3).at(1).isNull());
        }
        QCOMPARE(written.at(0), written.at(1));
        QCOMPARE(ids.at(0), ids.at(1));
    }

    void folderImportLeavesTheLogToTheWindowsWorker()
    {
        // A folder import writes through a connection of its own while the window has the project open; it does
        // not stop to copy the log into the file (nothing needs that to be durable); the window has it copied on
        // a worker once the import has finished.
        const QString file = path(QStringLiteral("imported.sourcelight"));
        QVERIFY(createWithSample(file, QStringLiteral("First.")));
        Project project;
        QVERIFY(project.open(file));
        QCOMPARE(project.documents()->rowCount(), 1);
        const qint64 before = QFileInfo(file).size();
        QStringList files;
        const QString paragraph
            = QStringLiteral("Port director Ilse Marten said the ferry would sail at dawn, Reuters reported. ");
        for (int i = 0; i < 40; ++i) {
            const QString name = path(QStringLiteral("wire%1.txt").arg(i));
            QFile out(name);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write((QStringLiteral("Dispatch %1. ").arg(i) + paragraph.repeated(1200)).toUtf8());
            files.append(name);
        }
        QFuture<ImportResult> future = BatchImporter::start(file, files);
        future.waitForFinished();
        for (const ImportResult &result : future.results()) {
            QVERIFY2(result.status == ImportStatus::Imported, qPrintable(result.message));
        }
        QCOMPARE(QFileInfo(file).size(), before); // all of it still in the log
        project.importFinished();
        QCOMPARE(project.documents()->rowCount(), 41);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(file).size() > before + 4 * 1024 * 1024, 10000);
    }

    void readOnlyFileOpensReadOnly()
    {
        const QString file = path(QStringLiteral("perm.sourcelight"));
        QVERIFY(createWithSample(file, QStringLiteral("Read me.")));
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const auto restore = qScopeGuard([&] { QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner); });
        TestMounts::Mount readOnly; // goes before restore: the permissions are set again on the file itself
        // Running as root (as CI does), the permissions alone do not stop a write: then the file is made as
        // unwritable for root as the permissions make it for anyone else.
        if (QFileInfo(file).isWritable()) {
            const QString error = readOnly.bindReadOnly(file);
            QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("cannot make the file read-only for root: ") + error));
        }
        QVERIFY(!QFileInfo(file).isWritable());
        QVERIFY(QFileInfo(QFileInfo(file).absolutePath()).isWritable()); // only the file is read-only
        {
            ProjectStore store;
            QVERIFY2(store.open(file), qPrintable(store.errorString()));
            QVERIFY(store.isReadOnly());
            QVERIFY2(store.readOnlyReason().contains(QStringLiteral("cannot be written")),
                qPrintable(store.readOnlyReason()));
            QCOMPARE(store.documents().count().value_or(-1), 1);
            // A write is refused with the read-only error, and the file keeps what it had.
            QVERIFY(!addSampleDocument(store, QStringLiteral("Not stored.")));
            QCOMPARE(store.error(), ProjectStore::Error::ReadOnly);
            QCOMPARE(store.documents().count().value_or(-1), 1);
        }
    }

    void lockedProject()
    {
        const QString file = path(QStringLiteral("locked.sourcelight"));
        {
            ProjectStore store;
            QVERIFY(store.open(file, ProjectStore::OpenMode::CreateIfMissing));
        }
        // Another program holds the file exclusively (as a tool in exclusive locking mode does).
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        other.setDatabaseName(file);
        QVERIFY(other.open());
        QSqlQuery hold(other);
        QVERIFY(hold.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        QVERIFY(hold.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(hold.exec(QStringLiteral("CREATE TABLE scratch (x)")));
        {
            ProjectStore store;
            store.setBusyTimeout(200);
            QVERIFY(!store.open(file));
            QCOMPARE(store.error(), ProjectStore::Error::Locked);
            QVERIFY2(store.errorString().contains(QStringLiteral("locked")), qPrintable(store.errorString()));
        }
        QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
        hold.finish();
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        ProjectStore store;
        QVERIFY2(store.open(file), qPrintable(store.errorString()));
    }

    void writerWaitsThenReportsLock()
    {
        const QString file = path(QStringLiteral("busy.sourcelight"));
        ProjectStore first;
        QVERIFY(first.open(file, ProjectStore::OpenMode::CreateIfMissing));
        ProjectStore second;
        second.setBusyTimeout(100);
        QVERIFY(second.open(file));
        QVERIFY(StoreAccess::execDirect(first, QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(!second.setReviewer(QStringLiteral("blocked")));
        QCOMPARE(second.error(), ProjectStore::Error::Locked);
        QVERIFY(StoreAccess::execDirect(first, QStringLiteral("ROLLBACK")));
        QVERIFY2(second.setReviewer(QStringLiteral("unblocked")), qPrintable(second.errorString()));
    }

    void diskFullKeepsWhatWasSaved()
    {
        const QString file = path(QStringLiteral("full.sourcelight"));
        ProjectStore store;
        QVERIFY(store.open(file, ProjectStore::OpenMode::CreateIfMissing));
        const Id kept = addSampleDocument(store, QStringLiteral("Saved before the disk filled up."));
        QVERIFY(kept > 0);
        // The file may not grow any more: SQLite reports exactly what a full disk reports (SQLITE_FULL).
        QSqlQuery pages(StoreAccess::database(store));
        QVERIFY(pages.exec(QStringLiteral("PRAGMA page_count")) && pages.next());
        const int pageCount = pages.value(0).toInt();
        pages.finish();
        QVERIFY(StoreAccess::execDirect(store, QStringLiteral("PRAGMA max_page_count = %1").arg(pageCount)));
        QVERIFY(!addSampleDocument(store, QString(200000, QLatin1Char('y'))));
        QCOMPARE(store.error(), ProjectStore::Error::DiskFull);
        QVERIFY2(store.errorString().contains(QStringLiteral("full")), qPrintable(store.errorString()));
        QVERIFY(store.errorString().contains(QStringLiteral("intact")));
        // The store is still usable, nothing before was lost.
        QCOMPARE(store.documents().count().value_or(-1), 1);
        QVERIFY(store.documents().document(kept).has_value());
        QVERIFY(store.checkIntegrity());
    }

    void folderNotCreatable()
    {
        QFile blocker(path(QStringLiteral("plainfile")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ProjectStore store;
        QVERIFY(
            !store.open(path(QStringLiteral("plainfile/sub/p.sourcelight")), ProjectStore::OpenMode::CreateIfMissing));
        QCOMPARE(store.error(), ProjectStore::Error::CannotCreate);
    }

    void transactionRollsBackOnScopeExit()
    {
        const QString file = path(QStringLiteral("rollback.sourcelight"));
        ProjectStore store;
        QVERIFY(store.open(file, ProjectStore::OpenMode::CreateIfMissing));
        // A sentence outside the text is refused before anything is written; a bad sentence id in a claim fails
        // inside the transaction and must leave nothing behind.
        QVERIFY(!store.documents().addDocument({}, {{0, 10}}));
        QCOMPARE(store.error(), ProjectStore::Error::InvalidArgument);
        ClaimRecord claim;
        claim.sentenceId = 999;
        QVERIFY(!store.claims().addClaim(claim));
        QCOMPARE(store.documents().count().value_or(-1), 0);
        QSqlQuery count(StoreAccess::database(store));
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM history")) && count.next());
        QCOMPARE(count.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(ProjectStoreTest)
#include "projectstore_test.moc"
