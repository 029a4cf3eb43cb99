// A full disk: the project lives on a small tmpfs mounted in a private mount namespace of this test process. Writes
// fail cleanly with the store's "disk is full" error (the message the user sees), nothing committed before is
// lost, the file stays sound, and once space is freed the project takes edits again. Needs root (CLONE_NEWNS and
// mount); skipped with a message where that is not allowed.
#include "../testmounts.h"
#include "batchimporter.h"
#include "documenttable.h"
#include "projectimporter.h"
#include "projectstore_p.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Sourcelight;

class DiskFullTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (const QString why = m_disk.tmpfs(m_dir.path(), "1536k"); !why.isEmpty()) {
            QSKIP(qPrintable(why + QStringLiteral(": the disk-full test needs root")));
        }
    }

    void writesFailCleanlyAndNothingIsLost()
    {
        const QString path = m_dir.filePath(QStringLiteral("full.sourcelight"));
        // Ballast, freed later to show the project recovers once there is room.
        QFile ballast(m_dir.filePath(QStringLiteral("ballast")));
        QVERIFY(ballast.open(QIODevice::WriteOnly));
        QVERIFY(ballast.write(QByteArray(256 * 1024, 'x')) == 256 * 1024);
        ballast.close();

        ProjectStore store;
        QVERIFY2(store.open(path, ProjectStore::OpenMode::CreateIfMissing), qPrintable(store.errorString()));
        const QString paragraph = QStringLiteral("The ferry did not sail, the port authority said. ").repeated(400);
        QStringList committed;
        bool full = false;
        for (int i = 0; i < 400 && !full; ++i) {
            DocumentRecord document;
            document.metadata.title = QStringLiteral("Article %1").arg(i);
            document.body = QString::number(i) + QLatin1Char(' ') + paragraph;
            if (store.documents().addDocument(document, {{0, 10}})) {
                committed.append(document.metadata.title);
            } else {
                full = true;
            }
        }
        QVERIFY2(full, "the tmpfs never filled up");
        QVERIFY2(committed.size() > 2, "the project should have taken some documents first");
        QCOMPARE(int(store.error()), int(ProjectStore::Error::DiskFull));
        QVERIFY(store.errorString().contains(QLatin1String("full")));

        // Still usable for reading, and consistent, while the disk is full.
        const auto titles = [&store] {
            QStringList result;
            for (const DocumentSummary &summary : store.documents().summaries().value_or(QList<DocumentSummary> {})) {
                result.append(summary.metadata.title);
            }
            result.sort();
            return result;
        };
        QStringList expected = committed;
        expected.sort();
        QCOMPARE(titles(), expected);
        QVERIFY2(store.checkIntegrity(), qPrintable(store.errorString()));

        // Reopened (a restart on the same full disk): everything committed is there.
        store.close();
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(titles(), expected);

        // Room again: the next edit is saved.
        QVERIFY(QFile::remove(ballast.fileName()));
        DocumentRecord after;
        after.metadata.title = QStringLiteral("After");
        after.body = QStringLiteral("Space was freed.");
        QVERIFY2(store.documents().addDocument(after, {{0, 16}}), qPrintable(store.errorString()));
        QVERIFY2(store.checkIntegrity(), qPrintable(store.errorString()));
    }

    void folderImportStopsOnAFullDisk()
    {
        // A folder import writes in bulk, many files per transaction; the disk fills in the middle of one.
        const QDir dir(m_dir.path());
        for (const QString &name : dir.entryList(QDir::Files)) {
            QVERIFY(QFile::remove(dir.filePath(name)));
        }
        QTemporaryDir articles;
        QStringList files;
        for (int i = 0; i < 60; ++i) {
            QString text = QStringLiteral("# Report %1\n\n").arg(i);
            for (int j = 0; j < 60; ++j) {
                text += QStringLiteral("Harbour official %1 said the ferry %2 would not sail on day %3. ")
                            .arg(i)
                            .arg(j)
                            .arg(j * i);
            }
            const QString file = articles.filePath(QStringLiteral("a%1.md").arg(i));
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly) && out.write(text.toUtf8()) > 0);
            files.append(file);
        }
        const QString path = m_dir.filePath(QStringLiteral("import.sourcelight"));
        QFuture<ImportResult> future = BatchImporter::start(path, files);
        future.waitForFinished();
        int imported = 0;
        int failed = 0;
        for (const ImportResult &result : future.results()) {
            if (result.status == ImportStatus::Imported) {
                ++imported;
            } else {
                ++failed;
                QVERIFY2(result.message.contains(QLatin1String("full")), qPrintable(result.message));
            }
        }
        QVERIFY2(failed > 0, "the tmpfs never filled up");

        // What was reported imported is there, complete, and nothing of the failed group is; no bulk write is left
        // half done (its marker would leave the triggers standing aside).
        ProjectStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.documents().count().value_or(-1), imported);
        QVERIFY2(store.checkIntegrity(), qPrintable(store.errorString()));
        QSqlQuery query(StoreAccess::database(store));
        QVERIFY(
            query.exec(QStringLiteral("SELECT (SELECT count(*) FROM bulk_import), (SELECT count(*) FROM sentences), "
                                      "(SELECT count(*) FROM sentence_fts), (SELECT count(*) FROM claims), "
                                      "(SELECT count(*) FROM claim_fts_docsize)"))
            && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QCOMPARE(query.value(1).toInt(), query.value(2).toInt());
        QCOMPARE(query.value(3).toInt(), query.value(4).toInt());
    }

private:
    QTemporaryDir m_dir;
    TestMounts::Mount m_disk; ///< on m_dir
};

QTEST_GUILESS_MAIN(DiskFullTest)
#include "diskfull_test.moc"
