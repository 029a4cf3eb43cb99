// DurableSync, the worker that flushes a project's files to disk after each commit. What it proves: a request is
// answered only by a flush that began after it (a commit made while a flush ran is not called saved by that
// flush), a burst of requests costs at most two flushes, a failed flush is reported with its message and never as
// synced, waitForIdle() delivers the answers at once, and the real fsync() of existing files works while a file
// that cannot be opened is named in the message.
#include "durablesync.h"

#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Sourcelight;

class DurableSyncTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncsExistingFiles()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("p.sourcelight"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("data") == 4);
        f.close();
        // A write-ahead log that is gone (the last connection closed) is nothing to flush.
        QCOMPARE(DurableSync::syncFiles({file + QStringLiteral("-wal"), file}), QString());
        // A path under a file cannot be opened: the message names it.
        const QString bad = file + QStringLiteral("/inside");
        const QString message = DurableSync::syncFiles({bad});
        QVERIFY(!message.isEmpty());
        QVERIFY2(message.contains(QStringLiteral("inside")), qPrintable(message));
    }

    void requestIsAnswered()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("p"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        DurableSync sync;
        sync.setFiles({file});
        QSignalSpy synced(&sync, &DurableSync::synced);
        QSignalSpy failed(&sync, &DurableSync::failed);
        QCOMPARE(sync.request(), quint64(1));
        QVERIFY(sync.isPending());
        QVERIFY(synced.wait(5000));
        QCOMPARE(synced.constFirst().constFirst().value<quint64>(), quint64(1));
        QCOMPARE(sync.lastSynced(), quint64(1));
        QVERIFY(!sync.isPending());
        QCOMPARE(failed.count(), 0);
    }

    void laterRequestNeedsLaterFlush()
    {
        DurableSync sync;
        QSemaphore entered;
        QSemaphore release;
        std::atomic<int> flushes = 0;
        sync.setSyncFunction([&](const QStringList &) {
            ++flushes;
            entered.release();
            release.acquire();
            return QString();
        });
        QSignalSpy synced(&sync, &DurableSync::synced);
        sync.request(); // 1: its flush starts and blocks
        QVERIFY(entered.tryAcquire(1, 5000));
        sync.request(); // 2, 3, 4: committed while flush 1 runs
        sync.request();
        sync.request();
        release.release(2);
        QTRY_COMPARE_WITH_TIMEOUT(sync.lastAnswered(), quint64(4), 5000);
        // Flush 1 answered request 1 only; one more flush answered 2–4 together.
        QCOMPARE(flushes.load(), 2);
        QCOMPARE(synced.count(), 2);
        QCOMPARE(synced.at(0).constFirst().value<quint64>(), quint64(1));
        QCOMPARE(synced.at(1).constFirst().value<quint64>(), quint64(4));
    }

    void failureIsReported()
    {
        DurableSync sync;
        sync.setSyncFunction([](const QStringList &) { return QStringLiteral("the disk went away"); });
        QSignalSpy synced(&sync, &DurableSync::synced);
        QSignalSpy failed(&sync, &DurableSync::failed);
        sync.request();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.constFirst().at(0).value<quint64>(), quint64(1));
        QCOMPARE(failed.constFirst().at(1).toString(), QStringLiteral("the disk went away"));
        QCOMPARE(synced.count(), 0);
        QCOMPARE(sync.lastSynced(), quint64(0));
        QVERIFY(!sync.isPending());

        // The disk is back: the next request is saved again.
        sync.setSyncFunction({});
        sync.request();
        QVERIFY(synced.wait(5000));
        QCOMPARE(sync.lastSynced(), quint64(2));
    }

    void waitForIdleDelivers()
    {
        DurableSync sync;
        sync.setSyncFunction([](const QStringList &) {
            QThread::msleep(50);
            return QString();
        });
        QSignalSpy synced(&sync, &DurableSync::synced);
        sync.request();
        sync.waitForIdle(); // no event loop runs: the answer comes within the call
        QCOMPARE(synced.count(), 1);
        QVERIFY(!sync.isPending());
    }
};

QTEST_GUILESS_MAIN(DurableSyncTest)
#include "durablesync_test.moc"
