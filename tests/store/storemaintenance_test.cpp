// The upkeep that runs off the UI thread: a checkpoint copies the write-ahead log into the project file, and one that
// fails is logged (sourcelight.store) and reported, not dropped without a word.
#include "codebook.h"
#include "projectstore.h"
#include "storemaintenance.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Sourcelight;

class StoreMaintenanceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void checkpointCopiesTheLogIntoTheFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("p.sourcelight"));
        ProjectStore store;
        QVERIFY2(store.open(file, ProjectStore::OpenMode::CreateIfMissing), qPrintable(store.errorString()));
        QVERIFY(store.setAutoCheckpoint(0));
        TagRecord tag;
        tag.name = QStringLiteral("economy");
        QVERIFY(store.codebook().addTag(tag));
        QVERIFY(QFileInfo(file + QStringLiteral("-wal")).size() > 0);
        QVERIFY2(StoreMaintenance::checkpoint(store, StoreMaintenance::CheckpointMode::Truncate),
            qPrintable(store.errorString()));
        QCOMPARE(QFileInfo(file + QStringLiteral("-wal")).size(), 0);
    }

    void failedCheckpointIsLogged()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.sourcelight")), ProjectStore::OpenMode::CreateIfMissing));
        store.close();
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("^checkpoint of .*p\\.sourcelight failed")));
        QVERIFY(!StoreMaintenance::checkpoint(store));
        QVERIFY(!store.errorString().isEmpty());
    }

    void failedBackgroundCheckpointIsLoggedAndReported()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("gone.sourcelight"));
        StoreMaintenance maintenance;
        QSignalSpy failed(&maintenance, &StoreMaintenance::checkpointFailed);
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("^checkpoint of .*gone\\.sourcelight failed")));
        maintenance.checkpointInBackground(missing);
        maintenance.waitForCheckpoints();
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).toString(), missing);
        QVERIFY(!failed.first().at(1).toString().isEmpty());
    }

    void integrityCheckReportsDamage()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("p.sourcelight"));
        {
            ProjectStore store;
            QVERIFY(store.open(file, ProjectStore::OpenMode::CreateIfMissing));
        }
        QCOMPARE(StoreMaintenance::checkIntegrity(file).result, StoreMaintenance::IntegrityReport::Result::Sound);
        QFile garbage(dir.filePath(QStringLiteral("not.sourcelight")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'x'));
        garbage.close();
        const StoreMaintenance::IntegrityReport report = StoreMaintenance::checkIntegrity(garbage.fileName());
        QCOMPARE(report.result, StoreMaintenance::IntegrityReport::Result::Damaged);
        QVERIFY(!report.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(StoreMaintenanceTest)
#include "storemaintenance_test.moc"
